using System.Runtime.CompilerServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Joins a quotation and its continuation in the same paragraph ("“We will win,” she said. “And soon.”") into one
/// quote. News writing splits one statement around its attribution; annotated corpora (PolNeAR) and readers treat the
/// pieces as one attribution whose content runs from the first quoted word to the last, attribution included.
/// </summary>
internal static class ContinuedQuotes
{
    // An attribution with a long apposition ("said Jay Ortiz, a supporter who chairs the party in Nassau County on Long
    // Island.") runs to some 25 words; more than this between two quotations means a narrative stands between them.
    private const int MaxWordsBetween = 30;

    /// <summary>Merges, in place, the runs of this paragraph's direct quotes (from <paramref name="paragraphFirst"/> on)
    /// that share one speaker mention.</summary>
    public static void Merge(string text, List<FoundQuote> found, int paragraphFirst)
    {
        // Most paragraphs add no quote, and have nothing to merge: they are passed before the merge's large frame is
        // cleared.
        if (found.Count > paragraphFirst)
        {
            MergeRuns(text, found, paragraphFirst);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MergeRuns(string text, List<FoundQuote> found, int paragraphFirst)
    {
        // The paragraph's first quote may continue the last of the paragraph before: "“…,” Ortiz told the paper. ¶
        // “…”" is one statement interrupted by its attribution, whatever the paragraph break; so are "“…” ¶ “…”" and a
        // quotation run on ("“… ¶ “…”"): paragraphs of quotation with nothing between, the second naming nobody else.
        int floor = Math.Max(0, paragraphFirst - 1);
        int write = paragraphFirst;
        for (int read = paragraphFirst; read < found.Count; read++)
        {
            FoundQuote next = found[read];
            bool crossesParagraph = write == paragraphFirst;
            if (write > floor && (Continues(text, found[write - 1], next) || ContinuesUnattributed(text, found[write - 1], next, crossesParagraph))
                && (!crossesParagraph || WordCount.UpTo(text, found[write - 1].ContentEnd, next.ContentStart, 1) > 0
                    || OnlyMarksBetween(text, found[write - 1].ContentEnd, next.ContentStart)))
            {
                FoundQuote first = found[write - 1];
                found[write - 1] = first with { ContentEnd = next.ContentEnd };
                continue;
            }

            found[write++] = next;
        }

        found.RemoveRange(write, found.Count - write);
    }

    /// <summary>"“…” ¶ “…”": a quotation that opens the paragraph right after one that closes the paragraph before,
    /// with no speaker of its own.</summary>
    private static bool ContinuesUnattributed(string text, FoundQuote first, FoundQuote next, bool crossesParagraph) =>
        crossesParagraph && first.Kind == QuoteKind.Direct && next.Kind == QuoteKind.Direct && first.Mention is not null
        && next.Mention is null && AdjoinsAcrossBreak(text, first, next);

    /// <summary>"“…” ¶ “…”", or "“… ¶ “…”" (news style leaves a quotation open where it runs on over paragraphs):
    /// nothing but quotation marks between the two.</summary>
    private static bool AdjoinsAcrossBreak(string text, FoundQuote first, FoundQuote next) =>
        next.ContentStart > first.ContentEnd && OnlyMarksBetween(text, first.ContentEnd, next.ContentStart);

    private static bool OnlyMarksBetween(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !QuotationMarks.IsAnyMark(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Continues(string text, FoundQuote first, FoundQuote next) =>
        first.Kind == QuoteKind.Direct && next.Kind == QuoteKind.Direct
        && first.Mention is Mention speaker && next.Mention is Mention again && speaker.Start == again.Start
        && next.ContentStart > first.ContentEnd
        && WordCount.UpTo(text, first.ContentEnd, next.ContentStart, MaxWordsBetween + 1) <= MaxWordsBetween
        && !ReportsAgain(text, first, next);

    /// <summary>
    /// "“…,” she said, adding, “…”", "“…,” Fiorina said, adding that the way to beat her “is …”": a second verb of
    /// speech after the first quote's cue opens a report of its own ("…,” he said when asked about it. “…”" does not:
    /// the asking is someone else's).
    /// </summary>
    private static bool ReportsAgain(string text, FoundQuote first, FoundQuote next)
    {
        int from = first.Cue is TextSpan cue && cue.Start >= first.ContentEnd && cue.End <= next.ContentStart ? cue.End : first.ContentEnd;
        int i = from;
        while (i < next.ContentStart)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < next.ContentStart && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (CueLexicon.IsCue(word) && !word.StartsWith("ask", StringComparison.OrdinalIgnoreCase) && IntroducesWords(text, i, next.ContentStart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"adding,", "noting that", "he added:": the cue is followed by a mark or "that", as a verb whose object
    /// is the words it reports is ("who published a book in Japan" is not).</summary>
    private static bool IntroducesWords(string text, int wordEnd, int limit)
    {
        int i = wordEnd;
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i >= limit || text[i] is ',' or ':' || QuotationMarks.IsOpening(text[i])
            || (i + 4 <= limit && text.AsSpan(i, 4).Equals("that", StringComparison.Ordinal) && (i + 4 == limit || !char.IsLetter(text[i + 4])));
    }
}
