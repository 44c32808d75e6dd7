namespace NewsText.Attribution;

/// <summary>
/// "According to the Times, Trump said he was “happy to see” it", "As reported by the Gazette, Ortiz called it “a
/// guess”", "Ortiz called it “a guess,” according to the minutes": a report the writer only relays. The source the
/// reader is given is the one relaying it, not the one inside the report.
/// </summary>
internal static class ReportedSource
{
    // "…” on flooding, according to the minutes": the words after the quotation before the relaying phrase.
    private const int MaxTokensAfterQuote = 12;

    /// <summary>The relaying source of the report whose cue is token <paramref name="cue"/>, and the token of its phrase.</summary>
    public static (Mention Source, Token Phrase)? Around(string text, ParagraphContext paragraph, int sentenceStart, int cue, QuoteSpan quote)
    {
        List<Token> tokens = paragraph.Tokens;
        int first = sentenceStart;
        while (first < cue && !tokens[first].IsWord)
        {
            first++;
        }

        int source = first + 2 < cue && AccordingToSource.StartsAt(text, tokens, first, cue) ? first + 2
            : first + 3 < cue && tokens[first].Is(text, "as") && tokens[first + 1].Is(text, "reported") && tokens[first + 2].Is(text, "by") ? first + 3
            : -1;
        if (source > 0)
        {
            return AccordingToSource.After(text, tokens, source, cue) is Mention opening ? (opening, tokens[first]) : null;
        }

        int end = QuoteEndedSentence.EndAfter(text, paragraph, quote);
        int after = paragraph.TokenAt(quote.After);
        for (int k = after; k + 2 < end && k - after <= MaxTokensAfterQuote; k++)
        {
            if (AccordingToSource.StartsAt(text, tokens, k, end) && (tokens[k - 1].IsChar(text, ',') || IsCommaInsideQuote(text, tokens, k)))
            {
                return AccordingToSource.After(text, tokens, k + 2, end) is Mention trailing ? (trailing, tokens[k]) : null;
            }
        }

        return null;
    }

    // "“…,” according to": the comma stands inside the closing mark.
    private static bool IsCommaInsideQuote(string text, List<Token> tokens, int k) =>
        k >= 2 && QuotationMarks.IsClosing(text[tokens[k - 1].Start]) && tokens[k - 2].IsChar(text, ',');
}
