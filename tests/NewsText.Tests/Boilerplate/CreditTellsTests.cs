using System.Text.RegularExpressions;
using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class CreditTellsTests
{
    private static readonly PhraseSet Markers = new(CaptionDetector.Credits);

    [Fact]
    public void Tells_what_a_plain_pattern_tells_on_texts_of_every_length()
    {
        var tells = new Regex(@"\(|[pP][hH]|[iI][mM][aA]", RegexOptions.CultureInvariant);
        foreach (string text in Texts())
        {
            Assert.Equal(tells.IsMatch(text), CreditTells.Any(text));
        }
    }

    [Fact]
    public void Turns_away_no_block_that_the_three_searches_and_the_markers_took()
    {
        foreach (string text in Texts())
        {
            bool plain = (text.Contains('(') || text.Contains("photo", StringComparison.OrdinalIgnoreCase)
                || text.Contains("image credit", StringComparison.OrdinalIgnoreCase)) && Markers.ContainsAny(text);
            Assert.Equal(plain, CreditTells.Any(text) && Markers.ContainsAny(text));
        }
    }

    [Fact]
    public void Finds_a_tell_in_every_marker_at_every_place_of_a_text()
    {
        foreach (string credit in CaptionDetector.Credits)
        {
            foreach (string marker in (string[])[credit, credit.ToUpperInvariant(), char.ToUpperInvariant(credit[0]) + credit[1..]])
            {
                for (int before = 0; before < 20; before++)
                {
                    for (int after = 0; after < 12; after += 3)
                    {
                        string text = new string('x', before) + marker + new string('é', after);
                        Assert.True(CreditTells.Any(text), text);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Texts()
    {
        yield return "";
        yield return "(";
        yield return "ph";
        yield return "Ph";
        yield return "im";
        yield return "IMA";
        yield return "xxxxxxxxph";
        yield return "xxxxxxxxxph";
        yield return "xxxxxxxxxxxxxxxxx(";
        yield return "xxxxxxxxxxxxxxxima";
        yield return "Photo: Jane Doe";
        yield return "A caption. (Jane Doe/Reuters)";
        yield return "IMAGE CREDIT: NASA";
        yield return "Image credit Nasa";
        // Characters one bit away from a tell: '\b' and '\u0128' are '(' with a bit changed, 'p' or 'h' with the case bit set
        // are '\u0070' and '\u0068' only, and the dotless i is no ASCII "i" to the markers' search.
        yield return "\u0008 \u0128 \u0050\u00E8 \u0070\u00C8 \u0131ma \u0131MAGE CREDIT iм\u0430 photo";
        yield return "ıMAGE CREDIT: ıma ımage credıt";
        yield return "Фото: Иван Петров (ТАСС)";

        var random = new Random(7);
        char[] alphabet = ['(', ')', 'p', 'P', 'h', 'H', 'i', 'I', 'm', 'M', 'a', 'A', 'o', ' ', 'é', 'ı', '\u0128', 'Ｐ', 'x', 'y'];
        string[] pieces = [.. CaptionDetector.Credits, "PHOTO BY ", "Image Credit", "(Getty"];
        for (int n = 0; n < 2000; n++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(0, 50);
            while (text.Length < length)
            {
                if (random.Next(12) == 0)
                {
                    text.Append(pieces[random.Next(pieces.Length)]);
                }
                else
                {
                    text.Append(random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('b' + random.Next(5)));
                }
            }

            yield return text.ToString();
        }
    }
}
