namespace NewsText.Boilerplate;

/// <summary>
/// The credit line that closes a news story: "Reporting by Jane Doe; Editing by John Roe", "Additional reporting by
/// Ann Lee", "Ann Lee contributed to this report." Whatever the story holds above it (a list of dates, a table, a few
/// short lines) belongs to the story, and what follows it (an author's note, the publisher's standards) does not.
/// </summary>
internal static class ClosingCredit
{
    // A story's list runs to a few dozen lines; a credit further on closes some other text.
    private const int ReachAfterBody = 40;

    // The credit closes the story, so it is looked for only among the last blocks the body was found to hold.
    private const int ReachInsideBody = 3;

    private const int MaxLength = 200;

    public const string Reason = "the credit line that closes the story";

    private static readonly string[] Openings = ["reporting by ", "additional reporting by ", "with reporting by ", "with additional reporting by "];

    private static readonly string[] Phrases = [" contributed to this report", " contributed reporting", " contributed to this story", " contributed to this article"];

    /// <summary>What every phrase of <see cref="Phrases"/> starts with.</summary>
    private const string Contributed = " contributed";

    /// <summary>
    /// The last block of the body once it ends at its closing credit: <paramref name="last"/> moved down to a credit
    /// that follows the body past blocks that are no page furniture, or up to one among the body's last blocks.
    /// </summary>
    public static int EndOfBody(string text, Span<BlockInfo> blocks, int first, int last)
    {
        for (int i = last; i >= first && i > last - ReachInsideBody; i--)
        {
            if (Is(text, in blocks[i]))
            {
                return i;
            }
        }

        for (int i = last + 1; i < blocks.Length && i <= last + ReachAfterBody; i++)
        {
            ref BlockInfo block = ref blocks[i];
            if (Is(text, in block))
            {
                return i;
            }

            // Page furniture in between (a share bar, a related list, the footer) means the story had ended.
            if (block.Chrome is not null || block.Byline is not null)
            {
                break;
            }
        }

        return last;
    }

    /// <summary>Whether the block is a closing credit.</summary>
    public static bool Is(string text, in BlockInfo block)
    {
        if (block.Features.Length > MaxLength || block.Chrome is not null)
        {
            return false;
        }

        return IsCredit(block.Block.Slice(text));
    }

    /// <summary>Whether the line opens with a credit's words or holds a contributor's.</summary>
    internal static bool IsCredit(ReadOnlySpan<char> line)
    {
        // The openings start with 'r', 'a' or 'w', which no other character equals ignoring case, and every phrase with
        // " contributed": one look at the first character and one search stand for four comparisons and four searches.
        if (!line.IsEmpty && (line[0] | 0x20) is 'r' or 'a' or 'w')
        {
            foreach (string opening in Openings)
            {
                if (line.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        if (!line.Contains(Contributed, StringComparison.OrdinalIgnoreCase))
        {
            return false;
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
