using System.Runtime.CompilerServices;

namespace NewsText.Boilerplate;

/// <summary>
/// "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left…": a story's card in a list of
/// stories, its headline run into its summary. A page's link card holds both in one element, and a browser's copy of
/// it prints them as one line with no space between them, which ends like a sentence and weighs as a paragraph.
/// </summary>
/// <remarks>
/// One such line is no list: a photo's credit runs into a caption or a first paragraph the same way ("Stephen
/// Chernin/Getty ImagesShouldn't suitcases…"). <see cref="MarkList"/> takes only lines with another of their kind
/// beside them.
/// </remarks>
internal static class GluedTeaser
{
    // A headline: several words, nearly all capitalised ("Find Burgers & More at Downtown's New Frita Batidos").
    private const int MinHeadlineWords = 4;
    private const int MaxLowerCaseHeadlineWords = 3;

    // A summary: a sentence or two, mostly in lower case.
    private const int MinSummaryWords = 8;
    private const double MaxSummaryCapitalisedShare = 0.4;
    private const int MaxWords = 60;

    // "MacBook", "YouTube", "McPherson", "iPhone": names glue their own parts after a short first part.
    private const int MinGluedPartLetters = 4;

    // Cards stand in a column: another one this near, with a label or a run-on headline between at most.
    private const int ListReach = 2;

    /// <remarks>
    /// Asked of nearly every block, and most are no prose of the length: their features turn them away inline, where a
    /// call for each block cost more than the few that are read.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(ReadOnlySpan<char> block, in BlockFeatures features) =>
        features.IsProse && features.Words is >= MinHeadlineWords + MinSummaryWords and <= MaxWords && HeadlineRunsIntoSummary(block, in features);

    private static bool HeadlineRunsIntoSummary(ReadOnlySpan<char> block, in BlockFeatures features)
    {
        // Most paragraphs' first or second word is in lower case: they are turned away before the scan.
        int space = block.IndexOf(' ');
        if (space < 0 || !StartsCapitalised(block) || !StartsCapitalised(block[(space + 1)..]))
        {
            return false;
        }

        int words = 0, capitalised = 0, lowerCase = 0, wordLetters = 0;
        for (int i = 0; i < block.Length - 1; i++)
        {
            char c = block[i];
            char previous = i == 0 ? ' ' : block[i - 1];
            if (!char.IsLetter(c))
            {
                wordLetters = char.IsDigit(c) && char.IsLetterOrDigit(previous) ? wordLetters : 0;
                continue;
            }

            if (i > 0 && char.IsUpper(c) && (char.IsLower(block[i + 1]) || block[i + 1] == ' ') && IsGlue(previous, wordLetters))
            {
                return words >= MinHeadlineWords && lowerCase * 5 <= words && SummaryFollows(features, words, capitalised);
            }

            if (!char.IsLetterOrDigit(previous) && previous is not ('\'' or '’' or '-'))
            {
                words++;
                if (char.IsUpper(c))
                {
                    capitalised++;
                }
                else if (++lowerCase > MaxLowerCaseHeadlineWords || lowerCase * 2 > words)
                {
                    // A sentence, not a headline: most blocks are turned away by their second or third word.
                    return false;
                }

                wordLetters = 0;
            }

            wordLetters++;
        }

        return false;
    }

    /// <summary>Where no glued teaser was seen yet, for <see cref="MarkList"/>.</summary>
    public const int NoneSeen = -ListReach - 1;

    /// <summary>
    /// Takes glued teaser <paramref name="index"/> and the one before it, at <paramref name="previous"/>, for related
    /// stories when they stand near enough to be a column of them; returns <paramref name="index"/>, the latest one.
    /// Called as the blocks are recognised, while their records are in the cache.
    /// </summary>
    public static int MarkList(Span<BlockInfo> blocks, int index, int previous)
    {
        if (index - previous <= ListReach)
        {
            blocks[previous].Chrome = RemovalKind.Related;
            blocks[index].Chrome = RemovalKind.Related;
        }

        return index;
    }

    /// <summary>
    /// Whether a capital after <paramref name="previous"/> starts a new word with no space before it: after a word's
    /// lower-case letters (of which there are <paramref name="wordLetters"/>), its digits ("250,000The") or a closing
    /// bracket or mark ("(This Morning)Some", "On The Rise?Violence").
    /// </summary>
    private static bool IsGlue(char previous, int wordLetters) =>
        char.IsLower(previous) ? wordLetters >= MinGluedPartLetters : char.IsDigit(previous) || previous is ')' or '?' or '!';

    /// <summary>Whether the first letter or digit of <paramref name="span"/>, past any marks ("‘Despicable’"), is a capital or a digit.</summary>
    private static bool StartsCapitalised(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }

    /// <summary>Whether the words after the headline's <paramref name="headlineWords"/> read as a summary, in lower case.</summary>
    private static bool SummaryFollows(in BlockFeatures features, int headlineWords, int headlineCapitalised)
    {
        // The block's own count takes the glued word for one; the summary's first word is capitalised.
        int words = features.Words - headlineWords + 1;
        int capitalised = features.CapitalisedWords - headlineCapitalised + 1;
        return words >= MinSummaryWords && capitalised < MaxSummaryCapitalisedShare * words;
    }
}
