using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Reads what stands around the body: the standfirst, bylines and dates above it, author lines below it, the
/// dateline opening it, and the reason for every other block.
/// </summary>
internal static class HeaderReader
{
    // How far above the body (or the headline) bylines, dates and the standfirst are looked for.
    private const int HeaderReach = 14;
    private const int FooterReach = 12;

    public static void Read(string text, Span<BlockInfo> blocks, int title, int first, int last, ArticleHeader header)
    {
        int headerStart = Math.Max(0, Math.Min(title >= 0 ? title - 3 : first, first - HeaderReach));
        DateMatch? headerDate = null;
        bool bylineOrDateSeen = false;
        for (int i = headerStart; i < first; i++)
        {
            // The standfirst stands between the headline and the byline or date.
            bylineOrDateSeen |= i > title && (blocks[i].Byline is not null || blocks[i].Date is not null);
            ref BlockInfo block = ref blocks[i];
            if (block.Role != BlockRole.Unknown)
            {
                continue;
            }

            if (ReadAuthorLine(text, blocks, i, headerStart, first, header))
            {
                continue;
            }

            if (block.Date is DateMatch date && headerDate is null && !IsUpdateOnly(text, in block, date))
            {
                headerDate = date;
            }

            if (block.Date is DateMatch line && BodyMarker.IsDateLine(in block, line))
            {
                headerDate ??= line;
                block.Remove(RemovalKind.Date, RemovalReasons.For(RemovalKind.Date));
            }
            else if (header.IsTitleAgain(text, in block))
            {
                block.Remove(RemovalKind.RepeatedTitle, RemovalReasons.For(RemovalKind.RepeatedTitle));
            }
            else if (block.Chrome is null && BodyMarker.IsTeaserOfLater(text, blocks, i, last))
            {
                block.Remove(RemovalKind.Teaser, RemovalReasons.For(RemovalKind.Teaser));
            }
            else if (header.Dek is null && title >= 0 && i > title && i - title <= 4 && !bylineOrDateSeen && IsDekShaped(in block))
            {
                header.Dek = block.Block.Span;
                block.Remove(RemovalKind.Dek, RemovalReasons.For(RemovalKind.Dek));
            }
        }

        for (int i = last + 1; i < blocks.Length && i <= last + FooterReach; i++)
        {
            ref BlockInfo block = ref blocks[i];
            if (block.Chrome is RemovalKind.Related or RemovalKind.Comments)
            {
                // The bylines under "More from …" or in the comments belong to other stories and their readers.
                break;
            }

            if (block.Role == BlockRole.Unknown && block.Byline is { Marked: true } byline)
            {
                header.AddAuthors(text, in block);
                block.Remove(byline.Kind, RemovalReasons.For(byline.Kind));
            }
        }

        header.Published ??= headerDate ?? FirstDate(blocks, first, Math.Min(blocks.Length - 1, last + FooterReach));
        Block opening = blocks[FirstBody(blocks, first, last)].Block;
        header.Dateline = DatelineReader.Read(text, opening.Start, opening.Length);
        LabelTheRest(text, blocks, header);
    }

    private static bool ReadAuthorLine(string text, Span<BlockInfo> blocks, int i, int zoneStart, int zoneEnd, ArticleHeader header)
    {
        ref BlockInfo block = ref blocks[i];
        if (block.Byline is null && i > 0 && blocks[i - 1].Byline is { Marked: true, HasAuthors: false } && IsShortName(text, in block))
        {
            // "By" or "Author:" on a line of its own names the author on the next one.
            header.AddAuthor(text, block.Block.Span);
            block.Remove(RemovalKind.Byline, RemovalReasons.For(RemovalKind.Byline));
            return true;
        }

        if (block.Byline is not BylineSummary byline || (byline.NameOnly && !IsVouchedFor(text, blocks, i, zoneStart, zoneEnd)))
        {
            return false;
        }

        header.AddAuthors(text, in block);
        if (block.Date is DateMatch date)
        {
            header.Published ??= date;
        }

        block.Remove(byline.Kind, RemovalReasons.For(byline.Kind));
        return true;
    }

    /// <summary>
    /// A line that is only a name is a byline when the layout vouches for it: a date or another byline beside it,
    /// or the same name printed twice in the header (avatar caption and byline).
    /// </summary>
    private static bool IsVouchedFor(string text, Span<BlockInfo> blocks, int index, int zoneStart, int zoneEnd)
    {
        ReadOnlySpan<char> name = blocks[index].Block.Slice(text);
        int from = Math.Max(zoneStart, index - 2);
        int to = Math.Min(zoneEnd + 1, index + 3);
        for (int j = from; j < to && j < blocks.Length; j++)
        {
            if (j == index)
            {
                continue;
            }

            ref BlockInfo other = ref blocks[j];
            bool adjacent = Math.Abs(j - index) <= 2;
            if ((adjacent && other.Date is not null && other.Features.Words <= 10 && other.Byline is null)
                || (other.Byline is { NameOnly: true } && LooseText.Equal(name, other.Block.Slice(text))))
            {
                return true;
            }

            // "Senior Contributor" or "@handle" right under the name.
            if (j == index + 1 && (text[other.Block.Start] == '@' || IsRoleLine(text, in other)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line of capitalised words: a name or a byline publisher such as "The Water Coolest".</summary>
    private static bool IsShortName(string text, in BlockInfo block)
    {
        if (block.Chrome is not null || block.Date is not null || block.Features.Words > 5 || block.Features.Length > 60
            || block.Features.CapitalisedShare < 0.6 || block.Role != BlockRole.Unknown)
        {
            return false;
        }

        foreach (char c in block.Block.Slice(text))
        {
            if (!char.IsLetter(c) && c is not (' ' or '.' or '\'' or '’' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Senior Contributor", "Staff Writer": a short line ending in a job title.</summary>
    private static bool IsRoleLine(string text, in BlockInfo block)
    {
        if (block.Features.Words > 3)
        {
            return false;
        }

        ReadOnlySpan<char> line = block.Block.Slice(text);
        int space = line.LastIndexOf(' ');
        return NameWords.IsJobTitle(space < 0 ? line : line[(space + 1)..]);
    }

    /// <summary>
    /// "Updated: Nov. 20, 2019" dates a change, not the story; "Nov. 20, 2019 Updated: Nov. 21" prints the story's
    /// date first, and that is the date read.
    /// </summary>
    private static bool IsUpdateOnly(string text, in BlockInfo block, DateMatch date)
    {
        ReadOnlySpan<char> line = block.Block.Slice(text);
        int update = line.IndexOf("update", StringComparison.OrdinalIgnoreCase);
        return update >= 0 && update < date.Start - block.Block.Start
            && !line.Contains("publish", StringComparison.OrdinalIgnoreCase)
            && !line.Contains("posted", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDekShaped(in BlockInfo block)
    {
        BlockFeatures f = block.Features;
        return block.Chrome is null && block.Byline is null && block.Date is null
            && f.Words is >= 6 and <= 70 && f.Letters * 2 > f.Length && !f.EndsWithEllipsis;
    }

    private static DateMatch? FirstDate(Span<BlockInfo> blocks, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            // A story that prints no date of its own is dated best by a tweet it quotes: it is no older than that.
            if (blocks[i].Date is DateMatch date && (blocks[i].Role != BlockRole.Body || blocks[i].SignsTweet))
            {
                return date;
            }
        }

        return null;
    }

    private static int FirstBody(Span<BlockInfo> blocks, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (blocks[i].Role == BlockRole.Body)
            {
                return i;
            }
        }

        return first;
    }

    /// <summary>Gives every block not decided yet the most specific reason it can have.</summary>
    private static void LabelTheRest(string text, Span<BlockInfo> blocks, ArticleHeader header)
    {
        foreach (ref BlockInfo block in blocks)
        {
            if (block.Role != BlockRole.Unknown)
            {
                continue;
            }

            if (block.Chrome is RemovalKind chrome)
            {
                block.Remove(chrome, RemovalReasons.For(chrome));
            }
            else if (header.IsTitleAgain(text, in block))
            {
                block.Remove(RemovalKind.RepeatedTitle, RemovalReasons.For(RemovalKind.RepeatedTitle));
            }
            else if (block.Byline is { Marked: true } byline)
            {
                block.Remove(byline.Kind, RemovalReasons.For(byline.Kind));
            }
        }
    }
}
