using System.Text;

namespace NewsText.Text;

/// <summary>Builds the text of a block for the result model.</summary>
internal static class BlockText
{
    /// <summary>The block as a paragraph of the result, its text cut from the input when first read.</summary>
    /// <param name="text">The parsed input.</param>
    /// <param name="block">The block.</param>
    /// <param name="input">The input as the parse's paragraphs refer to it; made at the first of them.</param>
    public static TextSegment Paragraph(string text, Block block, ref ParagraphInput? input) =>
        new(input ??= new ParagraphInput(text), block.Span);

    /// <summary>
    /// The lines of a hard-wrapped paragraph as one: each line break and the white space around it becomes one space,
    /// as <see cref="TextSegment"/> documents.
    /// </summary>
    public static string JoinLines(ReadOnlySpan<char> span)
    {
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
}
