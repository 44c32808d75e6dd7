using System.Buffers;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Picks the headline among the blocks above the body: a line shaped like a headline whose words the body uses,
/// preferably printed twice, close to the body and followed by a byline, date or standfirst.
/// </summary>
internal static class TitleFinder
{
    private const int Window = 40;

    // A repeat of a candidate is looked for up to this many blocks past the candidates.
    private const int RepeatReachAfter = 3;

    /// <summary>How many blocks at the start of the body the candidates' words are compared with.</summary>
    public const int BodyBlocksCompared = 4;

    // Weights of the headline score, measured on the pages corpus; the body's words weigh most.
    private const double CoverageWeight = 3;
    private const double TitleCaseWeight = 0.6;
    private const double DistanceCost = 0.03;
    private const double RepeatedWeight = 1.0;
    private const double HeaderLineNearWeight = 0.8;
    private const double HeaderLineNextWeight = 0.8;
    private const double StandfirstCost = 1.0;
    private const double FirstLineWeight = 1.5;

    // A picture's description or title above its credit or caption uses the story's words as a headline does.
    private const double PictureTitleCost = 2.0;
    private const double BreadcrumbCost = 1.5;

    // Markdown from a page (html2text, pandoc) marks its <h1> "# ": when only one line near the body has the mark, it
    // is most often the headline; a page with several gives each section or the site's name one.
    private const double OnlyTopHeadingWeight = 2.0;

    // A text browser prints headings at the margin or centred over indented paragraphs (IndentedLayout).
    // Several lines may be set apart, the headings of boxes beside the story too: as much as Markdown's only "# ".
    private const double SetApartWeight = 2.0;

    // A title-case line whose words the body hardly uses ("Food and Drink News") is a section label above the
    // headline, not a headline above its standfirst.
    private const double MinHeadlineAboveStandfirstCoverage = 0.3;

    public static int Find(string text, Span<BlockInfo> blocks, int bodyFirst, WordSet bodyWords)
    {
        int best = -1;
        double bestScore = double.MinValue;
        int from = Math.Max(0, bodyFirst - Window);
        // A question headline ("Is An 'Oxygen Bar' Offering Fresh Air?") reads as prose and may open the body.
        int to = Math.Min(blocks.Length, bodyFirst + 2);
        // Every candidate is compared with every block of the window (and a few after it): their counts of letters and
        // digits, side by side, are searched a vector at a time, and only blocks with the candidate's count are read.
        Span<int> windowKeys = stackalloc int[Math.Min(blocks.Length, to + RepeatReachAfter) - from];
        for (int j = 0; j < windowKeys.Length; j++)
        {
            windowKeys[j] = blocks[from + j].Features.LooseKeys;
        }

        int onlyHeading = OnlyTopHeading(text, blocks, from, to);
        IndentedLayout layout = IndentedLayout.Of(text, blocks, bodyFirst, BodyBlocksCompared);
        for (int i = from; i < to; i++)
        {
            ref BlockInfo block = ref blocks[i];
            if (!IsHeadlineShaped(text, in block))
            {
                continue;
            }

            bool repeated = IsRepeatedNearby(text, blocks, i, from, windowKeys);
            if (i >= bodyFirst && !IsQuestion(text, in block) && !repeated)
            {
                continue;
            }

            ReadOnlySpan<char> span = block.Block.Slice(text);
            // Two-word menu labels match the body by chance; a headline's coverage counts in full from five words.
            double coverage = bodyWords.Coverage(span) * Math.Min(1, block.Features.Words / 5.0);
            double score = CoverageWeight * coverage;
            score += block.Features.Length switch { >= 20 and <= 160 => 1, > 160 and <= 200 => 0.6, _ => 0.3 };
            // Headlines are often in title case; a standfirst under them reads as a sentence.
            score += TitleCaseWeight * block.Features.CapitalisedShare;
            score -= DistanceCost * Math.Abs(bodyFirst - i);
            if (repeated)
            {
                score += RepeatedWeight;
            }

            if (IsFollowedByHeaderLine(blocks, i, to))
            {
                score += HeaderLineNearWeight;
            }

            int next = NextPastPicture(blocks, i);
            if (next < blocks.Length && (blocks[next].Byline is { NameOnly: false } || IsDateLine(in blocks[next])))
            {
                score += HeaderLineNextWeight;
            }

            // Extractors, feeds and e-mails put the headline on the first line; a browser copy starts with a menu
            // label or the site's name, which the body's words do not match.
            if (i == 0)
            {
                score += FirstLineWeight;
            }

            if (i == onlyHeading)
            {
                score += OnlyTopHeadingWeight;
            }

            if (layout.SetsApart(text, block.Block))
            {
                score += SetApartWeight;
            }

            if (block.Features.Words < 3)
            {
                score -= 1.0;
            }

            // A sentence-case line under a title-case headline (one whose words the body uses) is its standfirst.
            if (i > 0 && IsStandfirstUnderHeadline(text, blocks, i, bodyWords))
            {
                score -= StandfirstCost;
            }

            // A kicker or menu label in capitals ("GROWING AN ONLINE BUSINESS"), or a quoted remark with its speaker
            // ("“We have to…,” the chairman said"), is rarely the headline.
            if (block.Features.Words <= 4 && block.Features.CapitalisedShare == 1 && block.Features.LowerCaseLetters == 0)
            {
                score -= 0.8;
            }

            if (span.Contains(",”", StringComparison.Ordinal) || span.Contains(",\"", StringComparison.Ordinal))
            {
                score -= 1.0;
            }

            if (IsBreadcrumb(span, block.Features.Words))
            {
                score -= BreadcrumbCost;
            }

            if (IsPictureTitle(text, blocks, i))
            {
                score -= PictureTitleCost;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best >= 0 ? best : FirstHeadlineShaped(text, blocks);
    }

    /// <summary>The one block of [<paramref name="from"/>, <paramref name="to"/>) marked as a top-level Markdown heading ("# Title"), or -1 when none or several are.</summary>
    private static int OnlyTopHeading(string text, Span<BlockInfo> blocks, int from, int to)
    {
        int found = -1;
        for (int i = from; i < to; i++)
        {
            if (LineMarkup.IsTopHeading(text, blocks[i].Block.Start))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>"Home » Messages » The Headline": a breadcrumb ends with the headline.</summary>
    public static TextSpan WithoutBreadcrumb(string text, TextSpan title)
    {
        ReadOnlySpan<char> span = text.AsSpan(title.Start, title.Length);
        int cut = -1;
        foreach (string separator in BreadcrumbSeparators)
        {
            int at = span.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= 0 && at + separator.Length > cut)
            {
                cut = at + separator.Length;
            }
        }

        if (cut < 0 || cut >= span.Length)
        {
            return title;
        }

        int start = title.Start + cut;
        while (start < title.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new TextSpan(start, title.End - start);
    }

    private static readonly string[] BreadcrumbSeparators = [" » ", " › ", " > ", " / "];

    private static bool IsStandfirstUnderHeadline(string text, Span<BlockInfo> blocks, int index, WordSet bodyWords)
    {
        BlockFeatures line = blocks[index].Features;
        BlockFeatures above = blocks[index - 1].Features;
        return line.Words >= 8 && line.CapitalisedShare < 0.4 && above.CapitalisedShare >= 0.6 && above.Words >= 4
            && IsHeadlineShaped(text, in blocks[index - 1])
            && bodyWords.Coverage(blocks[index - 1].Block.Slice(text)) >= MinHeadlineAboveStandfirstCoverage;
    }

    /// <summary>Whether the last word has a full stop inside it as well as at its end ("U.S.", "D.C.").</summary>
    private static bool EndsWithInitialism(ReadOnlySpan<char> span)
    {
        ReadOnlySpan<char> lastWord = span[(span.LastIndexOf(' ') + 1)..^1];
        return lastWord.Length is >= 3 and <= 5 && lastWord.Contains('.') && !lastWord.ContainsAnyExcept(InitialismCharacters);
    }

    private static readonly SearchValues<char> InitialismCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    private static bool IsAddress(ReadOnlySpan<char> span) =>
        span.StartsWith("//", StringComparison.Ordinal) || span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || span.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsQuestion(string text, in BlockInfo block)
    {
        char last = text[block.Block.End - 1];
        return last is '?' or '!' && block.Features.Words <= 20;
    }

    private static bool IsHeadlineShaped(string text, in BlockInfo block)
    {
        BlockFeatures f = block.Features;
        if (block.Chrome is not null || f.Words < 2 || f.Words > 35 || f.Length is < 8 or > 300)
        {
            return false;
        }

        // A short headline in title case ("Royal Self-Indicting Arrogance") reads like a name, which the byline reader
        // takes it for until the layout vouches for a byline; two capitalised words are a name far more often.
        if (block.Byline is BylineSummary byline && (!byline.NameOnly || f.Words < MinNameLikeHeadlineWords))
        {
            return false;
        }

        if (block.Date is not null && f.Words <= 12)
        {
            return false;
        }

        // Table rows come out of pages with tabs between their cells; an address ("//www.facebook.com/plugins/…", which
        // a text browser prints for a frame) is no headline.
        // A line marked as the page's heading may end with a full stop ("The Middle Manager's Oath."), and one in title
        // case with an initialism's ("…Relations With U.S."); a sentence may end with "U.S." too.
        char last = text[block.Block.End - 1];
        return (last != '.' || LineMarkup.IsTopHeading(text, block.Block.Start)
                || (f.CapitalisedShare >= MinTitleCaseShare && EndsWithInitialism(block.Block.Slice(text))))
            && last != ':' && f.Letters * 2 > f.Length && f.SentenceEnds <= 1
            && !EndsWithQuotedSentence(text, block.Block, f.Words)
            && block.Block.Slice(text).IndexOf('\t') < 0 && !CaptionDetector.EndsWithAgencyCredit(block.Block.Slice(text))
            && !IsAddress(block.Block.Slice(text));
    }

    /// <summary>
    /// A line ending in a quoted sentence ("Sanders said, “It is over.”") is a paragraph reporting speech: headlines
    /// drop the full stop inside a closing mark, and a quoted question or exclamation in one is short.
    /// </summary>
    private static bool EndsWithQuotedSentence(string text, Block block, int words)
    {
        int end = block.End - 1;
        if (end < block.Start + 2 || text[end] is not ('”' or '"' or '’' or '\''))
        {
            return false;
        }

        // '' … '': some archives close a quote with two apostrophes.
        if (text[end] == '\'' && text[end - 1] == '\'')
        {
            end--;
        }

        char before = text[end - 1];
        return before is '.' or ',' || (before is '?' or '!' && words >= LongQuotedHeadlineWords);
    }

    private const int LongQuotedHeadlineWords = 12;

    private const double MinTitleCaseShare = 0.6;

    private const int MinNameLikeHeadlineWords = 3;

    /// <summary>Whether a block of the window, whose counts of letters and digits are <paramref name="windowKeys"/>, repeats block <paramref name="index"/>.</summary>
    private static bool IsRepeatedNearby(string text, Span<BlockInfo> blocks, int index, int from, ReadOnlySpan<int> windowKeys)
    {
        ReadOnlySpan<char> span = blocks[index].Block.Slice(text);
        int keys = blocks[index].Features.LooseKeys;
        for (int at = windowKeys.IndexOf(keys); at >= 0;)
        {
            int j = from + at;
            if (j != index && blocks[j].Features.Length <= span.Length + 40 && LooseText.Equal(span, blocks[j].Block.Slice(text)))
            {
                return true;
            }

            int next = windowKeys[(at + 1)..].IndexOf(keys);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// "Home ECONOMIE Conjoncture", "Home News World": a breadcrumb whose separators the page drew as pictures, which a
    /// copy of its text leaves out. The crumb after the first is a section's label, or in capitals; "Home Sales Rise"
    /// is a headline.
    /// </summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> span, int words)
    {
        int space = span.IndexOf(' ');
        if (words > MaxBreadcrumbWords || space <= 0 || !BreadcrumbStarts.Contains(span[..space]))
        {
            return false;
        }

        ReadOnlySpan<char> rest = span[(space + 1)..].TrimStart();
        int end = rest.IndexOf(' ');
        ReadOnlySpan<char> second = end < 0 ? rest : rest[..end];
        return BoilerplateLexicon.Classify(second) is RemovalKind.Navigation || (second.Length >= 2 && IsInCapitals(second));
    }

    private static bool IsInCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxBreadcrumbWords = 6;

    private static readonly WordList BreadcrumbStarts = new(["home", "accueil", "inicio", "startseite"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether block <paramref name="index"/> names a picture: a photo's credit follows it ("Image: SixThirty"), or the
    /// caption that opens with its words again, as a text browser prints a picture's description and then its caption.
    /// </summary>
    private static bool IsPictureTitle(string text, Span<BlockInfo> blocks, int index)
    {
        if (index + 1 >= blocks.Length)
        {
            return false;
        }

        ref BlockInfo next = ref blocks[index + 1];
        Block block = blocks[index].Block;
        return next.Chrome is RemovalKind.Credit
            || (next.Block.Length > block.Length && next.Block.Slice(text).StartsWith(block.Slice(text), StringComparison.Ordinal));
    }

    /// <summary>
    /// The block after <paramref name="index"/>, past one picture: a text browser prints the author's photo between
    /// the headline and the byline ("[jane_doe_60x60.png]").
    /// </summary>
    private static int NextPastPicture(Span<BlockInfo> blocks, int index)
    {
        int next = index + 1;
        return next + 1 < blocks.Length && blocks[next].Chrome is RemovalKind.Caption ? next + 1 : next;
    }

    private static bool IsFollowedByHeaderLine(Span<BlockInfo> blocks, int index, int bodyFirst)
    {
        int end = Math.Min(Math.Min(blocks.Length, bodyFirst + 1), index + 4);
        for (int j = index + 1; j < end; j++)
        {
            if (blocks[j].Byline is not null || IsDateLine(in blocks[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A line that dates the story is short or mostly its date ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36
    /// PM CST on Nov 18, 2019"): a paragraph or a video's caption that mentions a date may stand under another story's
    /// headline.
    /// </summary>
    private static bool IsDateLine(in BlockInfo block) =>
        block.Date is DateMatch date && (block.Features.Words <= ShortDateLineWords || date.Length * 4 >= block.Features.Length);

    private const int ShortDateLineWords = 12;

    private static int FirstHeadlineShaped(string text, Span<BlockInfo> blocks)
    {
        for (int i = 0; i < blocks.Length && i < Window; i++)
        {
            if (IsHeadlineShaped(text, in blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
