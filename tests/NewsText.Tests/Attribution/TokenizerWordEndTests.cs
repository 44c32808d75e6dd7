using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The tokenizer skips a word's plain ASCII letters and digits eight at a time and judges only the character that
/// stops the run: for a word of any length, at any distance from the paragraph's end, the word must end where the
/// character-by-character rule ends it (non-ASCII letters and inner joiners continue it, anything else does not).
/// </summary>
public sealed class TokenizerWordEndTests
{
    // What follows the word, and how many of its characters still belong to it ("Ł", "Ā": letters past ASCII whose
    // low byte is an ASCII letter's).
    private static readonly (string After, int Joined)[] Followers =
    [
        ("", 0), (" next", 0), (",", 0), (". Next", 0), ("!", 0), ("\u00A0x", 0), ("\u200Bx", 0),
        ("\u00E9t\u00E9 x", 3), ("\u0416\u0416", 2), ("'s x", 2), ("\u2019s x", 2), ("-based x", 6), ("- x", 0),
        ("' x", 0), ("&Co x", 3), ("\uD83D\uDE00 x", 0), ("\u00E9", 1), ("\u2019", 0), ("3.5", 3),
        // The characters just outside the ASCII letters and digits, which a test eight at a time must not let in.
        ("/x", 0), (":x", 0), ("@x", 0), ("[x", 0), ("`x", 0), ("{x", 0), ("\u0141x", 2), ("\u0100x", 2),
    ];

    public static TheoryData<int> Lengths => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_word_ends_where_the_character_rule_ends_it(int length)
    {
        string word = Word(length);
        foreach ((string after, int joined) in Followers)
        {
            for (int indent = 0; indent < 10; indent++)
            {
                string text = new string(' ', indent) + word + after;
                Token first = Tokenizer.Tokenize(text, 0, text.Length)[0];

                Assert.True(first.IsWord);
                Assert.Equal((indent, indent + length + joined), (first.Start, first.End));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_paragraph_that_ends_inside_a_word_ends_the_word(int length)
    {
        string text = Word(length) + Word(20);
        Token first = Tokenizer.Tokenize(text, 0, length)[0];

        Assert.Equal((0, length), (first.Start, first.End));
    }

    [Fact]
    public void Random_text_is_split_and_classified_as_the_character_rule_and_the_word_lists_say()
    {
        // Plain letters that spell no title abbreviation, listed words, other scripts, joiners, marks and spaces.
        string[] pieces =
        [
            "a", "B", "z", "Q", "3", "said", "Said", "the", "de", "dE", "declared", "Declared", "rainfall", "officials", "spokeswoman", "\u0416", "\u043D\u0430", "\u00E9",
            "\u0301", "\uD83D\uDE00", "'", "\u2019", "-", ".", "&", " ", " ", " ", "\u00A0", ",", "\u201C", "\u201D", "\u2014",
        ];
        var random = new Random(7);
        for (int round = 0; round < 3000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            int start = random.Next(0, Math.Min(3, text.Length));
            List<Token> tokens = Tokenizer.Tokenize(text, start, text.Length);

            Assert.Equal(PlainTokens(text, start), tokens.Select(t => (t.Start, t.End, t.IsWord)));
            Assert.All(tokens, t => Assert.Equal(t.IsWord ? WordClasses.Of(t.Span(text)) : WordClasses.OfMark(text[t.Start]), t.Classes));
        }
    }

    [Theory]
    [InlineData("Mr")]
    [InlineData("Sen")]
    [InlineData("Prof")]
    [InlineData("Gens")]
    public void A_title_abbreviation_keeps_its_dot_and_another_word_before_a_full_stop_does_not(string title)
    {
        foreach (string word in new[] { title, title.ToLowerInvariant(), title + "x", "Q" + title.ToLowerInvariant() + "xyz" })
        {
            for (int indent = 0; indent < 10; indent++)
            {
                string text = new string(' ', indent) + word + ". Next";
                Token first = Tokenizer.Tokenize(text, 0, text.Length)[0];

                Assert.Equal((indent, indent + word.Length + (word == title ? 1 : 0)), (first.Start, first.End));
                Assert.Equal(WordClasses.Of(first.Span(text)), first.Classes);
            }
        }
    }

    // The tokenizer's rule one character at a time, as its summary states it.
    private static List<(int, int, bool)> PlainTokens(string text, int start)
    {
        var tokens = new List<(int, int, bool)>();
        int i = start;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (!char.IsLetterOrDigit(text[i]))
            {
                tokens.Add((i, i + 1, false));
                i++;
            }
            else
            {
                int wordStart = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
                {
                    i++;
                }

                tokens.Add((wordStart, i, true));
            }
        }

        return tokens;
    }

    private static bool IsInnerJoiner(string text, int i)
    {
        char c = text[i];
        if (c is not ('\'' or '\u2019' or '-' or '.' or '&'))
        {
            return false;
        }

        if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
        {
            return c != '.' || char.IsUpper(text[i - 1]) || char.IsDigit(text[i - 1]);
        }

        return c == '.' && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]) || text[i - 2] == '.');
    }

    // Capitals, small letters and digits, ending in a small letter so that a dot after it ends no initial.
    private static string Word(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(i => "aB3zY9mQ"[i % 8]))[..(length - 1)] + "k";
}
