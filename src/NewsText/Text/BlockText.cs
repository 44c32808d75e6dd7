using System.Text;

namespace NewsText.Text;

/// <summary>Builds the text of a block for the result model.</summary>
internal static class BlockText
{
    /// <summary>
    /// The block's substring; for a block of several hard-wrapped lines, each line break and the white space around it
    /// becomes one space, as <see cref="TextSegment"/> documents.
    /// </summary>
    public static string Of(string text, Block block)
    {
        if (block.LineCount == 1)
        {
            return text.Substring(block.Start, block.Length);
        }

        ReadOnlySpan<char> span = block.Slice(text);
        var builder = new StringBuilder(span.Length);
        int i = 0;
        while (i < span.Length)
        {
            int breakAt = span[i..].IndexOfAny(CharSets.LineBreaks);
            if (breakAt < 0)
            {
                builder.Append(span[i..]);
                break;
            }

            ReadOnlySpan<char> line = span.Slice(i, breakAt).TrimEnd();
            builder.Append(line).Append(' ');
            i += breakAt;
            while (i < span.Length && CharSets.IsBlank(span[i]))
            {
                i++;
            }
        }

        return builder.ToString();
    }

    public static TextSegment Segment(string text, Block block) => new(Of(text, block), block.Start, block.Length);
}
