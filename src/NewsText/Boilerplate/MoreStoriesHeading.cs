using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// "More in Politics", "More on Advertising", "More Great Science Stories", "More News from Sci-Tech": the heading over a list
/// of links to the site's other stories. Sites name the section or themselves in it, so no fixed list of labels holds
/// it; its first word and the place or the stories named next or last do.
/// </summary>
internal static class MoreStoriesHeading
{
    private const int MaxLength = 80;
    private const int MaxWords = 6;

    private static readonly WordList Places = new(["in", "on"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordList Stories = new(["stories", "news", "articles", "headlines", "posts", "videos"], StringComparer.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> block, in BlockFeatures features)
    {
        // Every block is asked, and its first letter turns nearly all away before any comparison.
        if (block.Length > MaxLength || block.IsEmpty || (block[0] | 0x20) != 'm' || features.Words is < 2 or > MaxWords
            || features.EndsLikeSentence || !block.StartsWith("more", StringComparison.OrdinalIgnoreCase)
            || !char.IsWhiteSpace(block[4]))
        {
            return false;
        }

        // The section a heading names is capitalised, "More in Politics"; a sub-heading of the story reads "More in store".
        ReadOnlySpan<char> rest = block[5..].TrimStart();
        int space = rest.IndexOfAny(' ', '\u00A0', '\n');
        if (space > 0 && Places.Contains(rest[..space]))
        {
            ReadOnlySpan<char> section = rest[space..].TrimStart();
            return !section.IsEmpty && char.IsUpper(section[0]);
        }

        return space > 0 && Stories.Contains(rest[..space]) || Stories.Contains(LastWord(block));
    }

    /// <summary>The block's last run of letters: "Stories" in "More Sports Stories ›".</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> block)
    {
        int end = block.Length;
        while (end > 0 && !char.IsLetter(block[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(block[start - 1]))
        {
            start--;
        }

        return block[start..end];
    }
}
