using System.Buffers;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Finds the quotations of a paragraph in one pass. Curly and angle marks pair by style; straight double quotes pair
/// in order; a single curly quote opens only after a space or another mark, so apostrophes ("Trump’s") are not quotes.
/// A quote left open at the paragraph's end runs to that end (news style for quotes over several paragraphs).
/// Nested quotes stay inside the outer one.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuoteSpan> Scan(string text, int start, int end)
    {
        var quotes = new List<QuoteSpan>();
        Scan(text, start, end, quotes);
        return quotes;
    }

    /// <summary>Puts the quotations from <paramref name="start"/> to <paramref name="end"/> in <paramref name="quotes"/>, in place of what it held.</summary>
    public static void Scan(string text, int start, int end, List<QuoteSpan> quotes)
    {
        quotes.Clear();
        // Once a style has no closing mark after some point, it has none after any later point either: remembering
        // that keeps a paragraph of thousands of unmatched marks linear. Made on the first unmatched mark.
        Dictionary<char, int>? noCloseFrom = null;
        int i = start;
        while (i < end)
        {
            // Only an opening mark or an apostrophe can start a quotation: jump to the next one.
            int next = IndexOfMark(text.AsSpan(i, end - i), QuoteStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = text[i];
            if (IsDoubledApostrophe(text, i, end) && (i == start || !char.IsLetterOrDigit(text[i - 1])))
            {
                i = ScanDoubled(text, i, start, end, quotes);
                continue;
            }

            if (!IsOpeningAt(text, i, start))
            {
                i++;
                continue;
            }

            int close = noCloseFrom is not null && noCloseFrom.TryGetValue(c, out int failedFrom) && failedFrom <= i + 1 ? -1 : FindClose(text, c, i + 1, end);
            if (close < 0)
            {
                (noCloseFrom ??= []).TryAdd(c, i + 1);
                // Unclosed: a quote that runs on only when it opens the paragraph; otherwise a stray mark.
                if (i == start)
                {
                    quotes.Add(new QuoteSpan(i, i + 1, TrimEnd(text, i + 1, end), end, Closed: false));
                    break;
                }

                i++;
                continue;
            }

            int contentEnd = TrimEnd(text, i + 1, close);
            if (contentEnd > i + 1)
            {
                quotes.Add(new QuoteSpan(i, i + 1, contentEnd, close, Closed: true));
            }

            i = close + 1;
        }
    }

    // How many characters IndexOfMark tests one by one before it hands the rest to the vectorised search.
    private const int NearLength = 4;

    /// <summary>The index of the first of <paramref name="marks"/> in <paramref name="span"/>, or -1.</summary>
    /// <remarks>
    /// In a paragraph of marks close together ("“ “ “ …", 10 million of them) the search runs once per mark and finds
    /// the next one or two characters on: the set-up of the vectorised search for a set past ASCII then cost more than
    /// the search, 16 ns a mark. The first few characters are tested here, where most of a text's (ASCII letters and
    /// spaces) fail the first comparison: of ASCII, both sets hold only the straight marks.
    /// </remarks>
    internal static int IndexOfMark(ReadOnlySpan<char> span, SearchValues<char> marks)
    {
        int near = Math.Min(NearLength, span.Length);
        for (int k = 0; k < near; k++)
        {
            char c = span[k];
            if ((c > '\u007F' || c is '"' or '\'') && marks.Contains(c))
            {
                return k;
            }
        }

        int next = span[near..].IndexOfAny(marks);
        return next < 0 ? -1 : near + next;
    }

    // Every opening mark of QuotationMarks.IsOpening, and the apostrophe that doubled opens a quote ('' … '').
    private static readonly SearchValues<char> QuoteStarts = SearchValues.Create("“\"«„‘「『‹'");

    private static bool IsDoubledApostrophe(string text, int i, int end) => text[i] == '\'' && i + 1 < end && text[i + 1] == '\'';

    /// <summary>'' … '': the next doubled apostrophe closes the quote; none left means it runs to the paragraph's end.</summary>
    private static int ScanDoubled(string text, int open, int start, int end, List<QuoteSpan> quotes)
    {
        int close = text.IndexOf("''", open + 2, end - open - 2, StringComparison.Ordinal);
        if (close < 0)
        {
            if (open == start)
            {
                quotes.Add(new QuoteSpan(open, open + 2, TrimEnd(text, open + 2, end), end, Closed: false, MarkLength: 2));
                return end;
            }

            return end;
        }

        int contentEnd = TrimEnd(text, open + 2, close);
        if (contentEnd > open + 2)
        {
            quotes.Add(new QuoteSpan(open, open + 2, contentEnd, close, Closed: true, MarkLength: 2));
        }

        return close + 2;
    }

    private static bool IsOpeningAt(string text, int i, int start)
    {
        char c = text[i];
        if (!QuotationMarks.IsOpening(c))
        {
            return false;
        }

        bool atBoundary = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or ':' || QuotationMarks.IsAnyMark(text[i - 1]);
        // A straight or single mark opens only at a word boundary; a curly double quote opens anywhere.
        return c is '“' or '«' or '„' or '「' or '『' ? atBoundary || !char.IsLetterOrDigit(text[i - 1]) : atBoundary;
    }

    private static int FindClose(string text, char open, int from, int end)
    {
        // "\"We will win.” she said": a straight mark closed by a curly one, or the reverse, when the paragraph has no
        // mark of the opening's own style to close it.
        int mismatched = -1;
        for (int j = from; j < end; j++)
        {
            // Only a closing mark can close or be a mismatched close: the text between them is jumped in one search.
            int next = IndexOfMark(text.AsSpan(j, end - j), ClosingMarks);
            if (next < 0)
            {
                break;
            }

            j += next;
            char c = text[j];
            if (!QuotationMarks.Closes(open, c))
            {
                if (mismatched < 0 && ClosesMismatched(open, c) && !(c == '"' && OpensNested(text, j, from, end)))
                {
                    mismatched = j;
                }

                continue;
            }

            // An apostrophe inside a word ("don’t") does not close a single quote; a straight quote that opens a
            // nested quote after a space does not close the outer one.
            bool insideWord = j + 1 < end && char.IsLetter(text[j + 1]) && j > from && char.IsLetter(text[j - 1]);
            if (open is '‘' && insideWord)
            {
                continue;
            }

            if (open is '"' && OpensNested(text, j, from, end))
            {
                continue;
            }

            return j;
        }

        return mismatched;
    }

    // Every mark that QuotationMarks.Closes pairs with an opening one, which holds the mismatched closes too.
    private static readonly SearchValues<char> ClosingMarks = SearchValues.Create("”\"»“’」』›");

    private static bool ClosesMismatched(char open, char close) => (open, close) is ('"', '”') or ('“', '"');

    private static bool OpensNested(string text, int j, int from, int end) =>
        j > from && char.IsWhiteSpace(text[j - 1]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]);

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
