namespace NewsText.Attribution;

/// <summary>
/// "As the Hill pointed out, “…”", "Ortiz went so far as to say: “…”", "Rep. Jane Roe (D-Ohio): “…”": a quotation
/// introduced by a comma or a colon with no cue the lexicon knows belongs to the subject of the clause that introduces
/// it, or to the name that labels it.
/// </summary>
internal static class IntroducingClause
{
    // A label is a name and perhaps a title: the dash that ends a heading before it is this close to the colon.
    private const int MaxLabelTokens = 12;

    public static FoundQuote? Find(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        List<Token> tokens = paragraph.Tokens;
        int open = paragraph.TokenAt(quote.Open);
        int mark = open - 1;
        if (mark < 1 || !(tokens[mark].IsChar(text, ':') || tokens[mark].IsChar(text, ',')))
        {
            return null;
        }

        int start = QuoteEndedSentence.StartBefore(text, paragraph, open);
        if (tokens[mark].IsChar(text, ':') && MentionFinder.After(text, tokens, AfterHeading(text, tokens, start, mark), mark) is Mention label
            && label.Kind is MentionKind.Name or MentionKind.Group && MentionFinder.AfterParenthesis(text, tokens, paragraph.TokenAt(label.End), mark) == mark)
        {
            return Introduced(quote, tokens[mark], label, "a label with a colon names them");
        }

        // "As the Hill pointed out, “…”": the clause that opens with a subordinator is the one that introduces the quote.
        (Mention Subject, int Verb)? subject = SentenceSubject.Find(text, paragraph, start, mark)
            ?? (start < mark && tokens[start].IsWord && SentenceSubject.IsSubordinator(tokens[start].Span(text))
                ? SentenceSubject.Find(text, paragraph, start + 1, mark)
                : null);
        return subject is (Mention speaker, int verb) ? Introduced(quote, tokens[verb], speaker, "they are the subject of the clause that introduces the quote") : null;
    }

    /// <summary>"WHY THE POLLS MISSED - Jane Roe: “…”": a roundup item opens with a heading and a dash before its label.</summary>
    private static int AfterHeading(string text, List<Token> tokens, int start, int mark)
    {
        for (int k = mark - 1; k >= start && mark - k <= MaxLabelTokens; k--)
        {
            if (tokens[k].Length == 1 && text[tokens[k].Start] is '–' or '—' or '-')
            {
                return k + 1;
            }
        }

        return start;
    }

    private static FoundQuote Introduced(QuoteSpan quote, Token cue, Mention speaker, string why) =>
        new(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, new TextSpan(cue.Start, cue.Length), speaker, why);
}
