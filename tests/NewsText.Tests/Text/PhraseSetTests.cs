using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class PhraseSetTests
{
    private static readonly PhraseSet Phrases = new("photo by", "(photo", "cookies to ", "privacy", "pr", "/afp");

    [Theory]
    [InlineData("")]
    [InlineData("p")]
    [InlineData("Photo By Jane")]
    [InlineData("(PHOTO: Getty) privacy")]
    [InlineData("We use cookies to track you — and /AFP")]
    [InlineData("Prıvacy and ſhop: dotless i and long s are not ASCII letters")]
    [InlineData("A long paragraph, well past the length of a label, that mentions a photo by someone and the privacy policy near its end.")]
    [InlineData("Pr")]
    [InlineData("ends in pr")]
    [InlineData("«PHOTO BY» – “privacy”: phrases between marks outside ASCII, and a text that ends on a pair: pR")]
    [InlineData("Photo bö and photø by are not the phrase; neither is (ph oto, cookies t or /af")]
    // The search starts afresh after every place that hits the table: hits on neighbouring places, a phrase right
    // after another one, and a two-character phrase on the last place.
    [InlineData("prprivacy")]
    [InlineData("ppr")]
    [InlineData("xpr")]
    [InlineData("/afpr(photo by")]
    [InlineData("privacy/afp")]
    [InlineData("éprivacy ü/afp é pr")]
    // The third character of a place, outside ASCII or past the end, leaves only the two-character phrase.
    [InlineData("prö (phöto")]
    [InlineData("/aé")]
    // Eight characters from a place are compared at once when they are ASCII: phrases longer and shorter than eight,
    // a difference in the eighth character or past it, a place too near the end for eight, and characters outside
    // ASCII among the eight or after them.
    [InlineData("cookies toX cookies t")]
    [InlineData("COOKIES TO the end")]
    [InlineData("a cookies to")]
    [InlineData("cookies to ")]
    [InlineData("cookies\u00A0to and cookies to ")]
    [InlineData("cookies tö cookies to é")]
    [InlineData("cookieſ to ")]
    [InlineData("photo bY")]
    [InlineData("photo b and photo bz")]
    [InlineData("xphoto byé")]
    [InlineData("PHOTO B\u0178 photo-by")]
    [InlineData("privacé privac privacyé")]
    [InlineData("/afpé and (photé (photo")]
    [InlineData("privac\u00A0 pr\u00A0")]
    public void Finds_exactly_the_phrases_that_occur_ignoring_ASCII_case(string text)
    {
        ulong expected = 0;
        string[] phrases = ["photo by", "(photo", "cookies to ", "privacy", "pr", "/afp"];
        for (int i = 0; i < phrases.Length; i++)
        {
            if (text.Contains(phrases[i], StringComparison.OrdinalIgnoreCase))
            {
                expected |= 1UL << i;
            }
        }

        Assert.Equal(expected, Phrases.Find(text));
        Assert.Equal(expected != 0, Phrases.ContainsAny(text));
    }

    /// <summary>
    /// A set of phrases of three characters or more is first looked at eight places at a time where AVX2 is, and the
    /// last place but one, where no such phrase fits, is not looked at again: phrases at every place of texts of every
    /// length, ending with the text too, are found as a plain comparison finds them.
    /// </summary>
    [Fact]
    public void Finds_phrases_of_three_characters_or_more_at_every_place_as_a_plain_comparison_does()
    {
        string[] phrases = ["abc", "privacy", "/afp", "cookies to ", "xyz", "all rights reserved"];
        var set = new PhraseSet(phrases);
        var random = new Random(3);
        char[] alphabet = ['a', 'b', 'c', 'x', 'y', 'z', 'A', 'B', 'C', 'X', 'Y', 'Z', '/', ' ', 'é', 'p', 'r'];
        for (int n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            if (n % 3 == 0)
            {
                // A phrase placed anywhere, the very end included.
                string phrase = phrases[random.Next(phrases.Length)];
                text = text[..random.Next(text.Length + 1)] + (n % 2 == 0 ? phrase.ToUpperInvariant() : phrase);
                text += n % 9 == 0 ? "" : new string('q', random.Next(3));
            }

            ulong expected = 0;
            for (int i = 0; i < phrases.Length; i++)
            {
                expected |= PlainContains(text, phrases[i]) ? 1UL << i : 0;
            }

            Assert.Equal(expected, set.Find(text));
            Assert.Equal(expected != 0, set.ContainsAny(text));
        }
    }

    /// <summary>
    /// A set whose phrases all have four characters or more is first looked at sixteen places and four characters at a
    /// time where 512-bit vectors are fast, eight places and three characters where only AVX2 is, and one place at a
    /// time elsewhere: on texts of every length around the looks' reach, with phrases in any case at the very start
    /// and end, cut short, and next to characters outside ASCII (some of which fold to ASCII letters in other rules or
    /// share an ASCII letter's low byte), every answer is a plain comparison's.
    /// </summary>
    [Fact]
    public void Finds_phrases_of_four_characters_or_more_as_a_plain_comparison_does()
    {
        string[] phrases = ["all rights reserved", "use cookies", "uses cookies", "cookies to ", "/afp", "/ap photo", "your browser", "join our", "newsletter", "privacy policy"];
        var set = new PhraseSet(phrases);
        var random = new Random(11);
        string[] pieces =
        [
            "all", "ALL ", "use", "Uses ", "cookie", "COOKIES TO", "cookies t", "/af", "/AP", "/ap photo", "your", "join", "JOIN OUR", "news",
            "privacy", "Privacy Policy", "prıvacy", "ſ", "\u212A", "\u0141", "\u0150", "\u0161", "é", "—", "\u00A0", " ", "x", "/", "“",
        ];
        for (int n = 0; n < 6000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(0, 12);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string phrase = phrases[random.Next(phrases.Length)];
            phrase = n % 2 == 0 ? phrase.ToUpperInvariant() : phrase;
            string body = text.ToString();
            string sample = (n % 4) switch
            {
                0 => phrase + body,
                1 => body + phrase,
                2 => body.Insert(random.Next(body.Length + 1), phrase),
                _ => body,
            };

            ulong expected = 0;
            for (int i = 0; i < phrases.Length; i++)
            {
                expected |= PlainContains(sample, phrases[i]) ? 1UL << i : 0;
            }

            Assert.True(expected == set.Find(sample), $"\"{sample}\"");
            Assert.Equal(expected != 0, set.ContainsAny(sample));
        }
    }

    /// <summary>Whether <paramref name="phrase"/> (lower case) occurs in <paramref name="text"/>, ASCII capitals taken as small letters.</summary>
    private static bool PlainContains(string text, string phrase)
    {
        for (int at = 0; at + phrase.Length <= text.Length; at++)
        {
            int i = 0;
            while (i < phrase.Length && (char.IsAsciiLetterUpper(text[at + i]) ? (char)(text[at + i] | 0x20) : text[at + i]) == phrase[i])
            {
                i++;
            }

            if (i == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
