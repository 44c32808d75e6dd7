using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class LineBreakScannerTests
{
    [Fact]
    public void Finds_what_the_runtime_search_finds_when_walked_line_by_line()
    {
        foreach (string text in Texts())
        {
            // As the segmenter walks: from one past each break, two past a CR LF.
            var scanner = new LineBreakScanner(text);
            int position = 0;
            while (position <= text.Length)
            {
                int expected = Plain(text, position);
                Assert.Equal(expected, scanner.IndexFrom(position));
                if (expected < 0)
                {
                    break;
                }

                position = expected + (text[expected] == '\r' && expected + 1 < text.Length && text[expected + 1] == '\n' ? 2 : 1);
            }
        }
    }

    [Fact]
    public void Finds_what_the_runtime_search_finds_from_any_rising_positions()
    {
        var random = new Random(11);
        foreach (string text in Texts())
        {
            for (int round = 0; round < 20; round++)
            {
                var scanner = new LineBreakScanner(text);
                int position = 0;
                while (position <= text.Length)
                {
                    Assert.Equal(Plain(text, position), scanner.IndexFrom(position));
                    // Now and then the same place again, or a jump past several chunks.
                    position += random.Next(4) switch { 0 => 0, 1 => 1, 2 => random.Next(1, 17), _ => random.Next(1, 70) };
                }
            }
        }
    }

    private static int Plain(string text, int from)
    {
        int at = text.AsSpan(from).IndexOfAny(CharSets.LineBreaks);
        return at < 0 ? -1 : from + at;
    }

    private static IEnumerable<string> Texts()
    {
        yield return "";
        yield return "\n";
        yield return "\r\n";
        yield return "no break at all";
        yield return "exactly sixteen!";
        yield return "exactly sixteen!\n";
        yield return "fifteen chars..\nand after";
        yield return "exactly thirty-two characters!!!";
        yield return "exactly thirty-two characters!!!\n";
        yield return "thirty-one characters, then a..\nbreak at the chunk's last place";
        yield return "a break at the first place of the second chunk:\u2029";
        yield return "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n";
        yield return "line\u2028separated\u2029paragraphs\u2028";
        // Neighbours of the breaks that a careless range test would take: U+2027, U+202A, U+0A0A, U+0D0D, U+200A.
        yield return "\u2027\u202A\u0A0A\u0D0D\u200A\u000B\u000C\u0085 not breaks \u2027\u202A\u0A0A\u0D0D plain text here";
        yield return "Überschrift\r\nZweite Zeile – mit “Zitat”\rDritte\n\nЧетвёртая строка\n";

        var random = new Random(2026);
        char[] alphabet = ['a', 'B', ' ', '\n', '\r', '\u2028', '\u2029', 'é', '“', '\u00A0', '.', '7', '\u2027', '\u0A0A'];
        for (int n = 0; n < 300; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++)
            {
                // Mostly text, so that breaks come one or none to a chunk as well as several.
                chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('a' + random.Next(26));
            }

            yield return new string(chars);
        }
    }
}
