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

        ReadOnlySpan<char> line = block.Block.Slice(text);
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
