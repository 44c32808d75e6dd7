using System.Buffers;

namespace NewsText.Attribution;

/// <summary>
/// A reported clause found without a quotation's help that still holds quoted words ("Warren said the plan was, in
/// her words, “a proven failure” on flooding", with no cue close enough to the quotation) is a mixed quote, as its
/// definition says: reported speech with a quoted fragment.
/// </summary>
internal static class QuotedClauses
{
    /// <summary>Makes, in place, the indirect quotes from <paramref name="first"/> on that hold a quotation mark
    /// mixed.</summary>
    public static void MarkMixed(string text, List<FoundQuote> found, int first)
    {
        for (int i = first; i < found.Count; i++)
        {
            FoundQuote quote = found[i];
            if (quote.Kind == QuoteKind.Indirect && HoldsQuotationMark(text, quote.ContentStart, quote.ContentEnd))
            {
                found[i] = quote with { Kind = QuoteKind.Mixed };
            }
        }
    }

    // Any double mark counts, paired or not: a quotation the scanner left unpaired (“really an amorphous position…,
    // closed in a later paragraph or never) still marks words as quoted. Single marks are mostly apostrophes.
    private static bool HoldsQuotationMark(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int next = text.AsSpan(i, end - i).IndexOfAny(DoubleMarks);
            if (next < 0)
            {
                return false;
            }

            i += next;
            if (text[i] != '\'' || (i + 1 < end && text[i + 1] == '\''))
            {
                return true;
            }
        }

        return false;
    }

    // The double marks, and the apostrophe that doubled stands for one ('' … '').
    private static readonly SearchValues<char> DoubleMarks = SearchValues.Create("“”\"«»„'");
}
