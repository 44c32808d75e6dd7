using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class CommentSectionHeadingTests
{
    [Theory]
    [InlineData("12 thoughts on “The Headline”", true)]
    [InlineData("One response to \"The Headline\"", true)]
    [InlineData("3\u00A0Comments on ‘The Headline’", true)]
    [InlineData("1 REPLY TO «The Headline»", true)]
    [InlineData("12 March 2019", false)]
    [InlineData("12 thoughts on the headline", false)]
    [InlineData("One thing to know", false)]
    public void Reads_the_heading_over_the_comments(string block, bool heading) =>
        Assert.Equal(heading, CommentSectionHeading.Is(block));

    /// <summary>The letter after the count is looked at before the phrases: it turns nothing away that they took.</summary>
    [Fact]
    public void Agrees_with_the_plain_rule_on_many_lines()
    {
        string[] counts = ["", "1", "12", "One", "ONE", "one", "O", "x", "1234567"];
        string[] gaps = ["", " ", "\u00A0", "\t", "  ", "x"];
        string[] words = ["thoughts on ", "thought on ", "responses to ", "response to ", "comments on ", "comment on ", "replies to ",
            "reply to ", "THOUGHTS ON ", "Comments On ", "tho", "March 2019", "Responses", "things to know", "κ", "ţhoughts on ", "Ｔhoughts on ", ""];
        string[] marks = ["“", "\"", "‘", "'", "«", "„", "(", "", "T"];
        var lines = new List<string>();
        foreach (string count in counts)
        {
            foreach (string gap in gaps)
            {
                foreach (string word in words)
                {
                    foreach (string mark in marks)
                    {
                        lines.Add(count + gap + word + mark + "The Headline");
                        lines.Add(count + gap + word + mark);
                    }
                }
            }
        }

        lines.Add(new string('1', 301));
        foreach (string line in lines)
        {
            Assert.True(Plain(line) == CommentSectionHeading.Is(line), line);
        }
    }

    /// <summary>The rule as it read before the precheck.</summary>
    private static bool Plain(ReadOnlySpan<char> block)
    {
        string[] counted = [" thoughts on ", " thought on ", " responses to ", " response to ", " comments on ", " comment on ", " replies to ", " reply to "];
        if (block.Length > 300 || block.IsEmpty || !(char.IsAsciiDigit(block[0]) || (block[0] | 0x20) == 'o'))
        {
            return false;
        }

        int count = 0;
        while (count < block.Length && char.IsAsciiDigit(block[count]))
        {
            count++;
        }

        if (count == 0 && !block.StartsWith("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> rest = block[(count == 0 ? 3 : count)..];
        foreach (string words in counted)
        {
            bool starts = rest.Length > words.Length;
            for (int i = 0; starts && i < words.Length; i++)
            {
                starts = words[i] == ' ' ? char.IsWhiteSpace(rest[i]) : char.ToLowerInvariant(rest[i]) == words[i];
            }

            if (starts)
            {
                return rest.Length > words.Length && rest[words.Length] is '“' or '"' or '‘' or '\'' or '«' or '„';
            }
        }

        return false;
    }
}
