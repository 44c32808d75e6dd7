using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// The layout of a text browser's dump, which marks headings by where it prints them: lynx indents a page's paragraphs
/// and prints its headings at the margin; elinks and links indent them too and centre the main heading. A line left of
/// the body's first paragraph, or centred over it, is a heading.
/// </summary>
/// <param name="BodyIndent">How many spaces open the body's first paragraph.</param>
/// <param name="Width">How far the body's lines reach, in characters from the margin: the width the text was laid out in.</param>
internal readonly record struct IndentedLayout(int BodyIndent, int Width)
{
    // A text whose paragraphs start at the margin, as a browser's copy does, marks nothing by indentation.
    private const int MinBodyIndent = 2;

    // Centring puts a heading well right of the paragraphs, and leaves it as far from either side, give or take the
    // rounding of the tool.
    private const int MinCentredIndentOverBody = 6;
    private const int CentringSlack = 3;

    // The body's first paragraph and at least one more of the first few start at one column.
    private const int MinAlikeParagraphs = 2;

    // A line whose start is not found this far back counts as indented at least this far.
    private const int MaxIndent = 60;

    /// <summary>The layout of the body that starts at block <paramref name="bodyFirst"/>, read from its first few blocks.</summary>
    public static IndentedLayout Of(string text, ReadOnlySpan<BlockInfo> blocks, int bodyFirst, int bodyBlocks)
    {
        if (bodyFirst < 0 || bodyFirst >= blocks.Length)
        {
            return default;
        }

        int indent = Indent(text, blocks[bodyFirst].Block.Start);
        if (indent < MinBodyIndent || indent >= MaxIndent)
        {
            return default;
        }

        int width = 0;
        int alike = 0;
        foreach (ref readonly BlockInfo block in blocks.Slice(bodyFirst, Math.Min(bodyBlocks, blocks.Length - bodyFirst)))
        {
            alike += Indent(text, block.Block.Start) == indent ? 1 : 0;
            for (int start = block.Block.Start; start < block.Block.End;)
            {
                int lineEnd = LineEnd(text, start, block.Block.End);
                width = Math.Max(width, Indent(text, start) + lineEnd - start);
                start = lineEnd + 1;
                while (start < block.Block.End && CharSets.IsBlank(text[start]))
                {
                    start++;
                }
            }
        }

        // A browser indents every paragraph alike; an HTML parser's text indents each line as deep as its element was.
        return alike >= MinAlikeParagraphs ? new IndentedLayout(indent, width) : default;
    }

    /// <summary>Whether <paramref name="block"/>'s first line stands left of the body's paragraphs or centred over them.</summary>
    public bool SetsApart(string text, Block block)
    {
        if (BodyIndent < MinBodyIndent)
        {
            return false;
        }

        int indent = Indent(text, block.Start);
        if (indent < BodyIndent)
        {
            return true;
        }

        int length = LineEnd(text, block.Start, block.End) - block.Start;
        return indent >= BodyIndent + MinCentredIndentOverBody && Math.Abs(2 * indent + length - Width) <= CentringSlack;
    }

    /// <summary>How many spaces open the line that <paramref name="position"/> is on; a line opened by a tab counts as deep as <see cref="MaxIndent"/>.</summary>
    private static int Indent(string text, int position)
    {
        int lineStart = position;
        while (lineStart > 0 && !CharSets.IsLineBreak(text[lineStart - 1]))
        {
            if (position - lineStart == MaxIndent)
            {
                return MaxIndent;
            }

            lineStart--;
        }

        // Text browsers indent with spaces; a tab is an HTML source's nesting, which says nothing of headings.
        int i = lineStart;
        while (i < position && text[i] == ' ')
        {
            i++;
        }

        return i < position && CharSets.IsBlank(text[i]) ? MaxIndent : i - lineStart;
    }

    /// <summary>Where the line that <paramref name="start"/> is on ends, at <paramref name="end"/> at the latest.</summary>
    private static int LineEnd(string text, int start, int end)
    {
        int lineBreak = text.AsSpan(start, end - start).IndexOfAny(CharSets.LineBreaks);
        return lineBreak < 0 ? end : start + lineBreak;
    }
}
