using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class ClosingCreditTests
{
    private static readonly string[] Openings = ["reporting by ", "additional reporting by ", "with reporting by ", "with additional reporting by "];

    private static readonly string[] Phrases = [" contributed to this report", " contributed reporting", " contributed to this story", " contributed to this article"];

    /// <summary>
    /// The first character and one search for " contributed" come before the openings and phrases are compared: they
    /// turn nothing away that the comparisons took.
    /// </summary>
    [Fact]
    public void Agrees_with_the_plain_rule_on_many_lines()
    {
        string[] starts = [.. Openings, .. Openings.Select(o => o.ToUpperInvariant()), "Reporting by", "reporting  by ", "Wıth reporting by ", "ſome ", "", "Ann Lee", "(Reporting by "];
        string[] middles = [.. Phrases, .. Phrases.Select(p => p.ToUpperInvariant()), " contributed", " Contributed To This Report", " contributed\u00A0reporting", " contribute to this report", ""];
        var lines = new List<string>();
        foreach (string start in starts)
        {
            foreach (string middle in middles)
            {
                lines.Add(start + "Jane Doe" + middle);
                lines.Add(start + middle + ".");
                lines.Add(start + middle);
            }
        }

        foreach (string line in lines)
        {
            Assert.True(Plain(line) == ClosingCredit.IsCredit(line), line);
        }
    }

    /// <summary>The first character is compared as the openings' comparison ignoring case compares it.</summary>
    [Fact]
    public void Only_the_two_cases_of_r_a_and_w_open_an_opening()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string first = ((char)c).ToString();
            foreach (string letter in (string[])["r", "a", "w"])
            {
                bool equal = first.Equals(letter, StringComparison.OrdinalIgnoreCase);
                Assert.True(equal == ((c | 0x20) == letter[0]), $"U+{c:X4}");
            }
        }
    }

    private static bool Plain(ReadOnlySpan<char> line)
    {
        foreach (string opening in Openings)
        {
            if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (string phrase in Phrases)
        {
            if (line.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
