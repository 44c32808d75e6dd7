namespace NewsText.Attribution;

/// <summary>
/// The last guess for a long quotation no rule attributes: its sentence most often still names the one it belongs to,
/// as the subject of a verb no lexicon knows ("The ad targets “…”", "The narrator continues that “…”") or as the
/// first name before it ("To Sharp, Trump is the “…”", "Here's Clinton in 1992: “…”").
/// </summary>
internal static class GuessedSpeaker
{
    // How far before the quotation its subject or name is looked for; also keeps a run-on "sentence" full of quotations
    // linear.
    private const int MaxTokensBeforeQuote = 40;

    public static Mention? Before(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        List<Token> tokens = paragraph.Tokens;
        int open = paragraph.TokenAt(quote.Open);
        int start = QuoteEndedSentence.StartBefore(text, paragraph, open);
        int from = Math.Max(start, open - MaxTokensBeforeQuote);
        for (int k = from + 1; k < open; k++)
        {
            if (IsInflectedVerb(text, tokens[k]) && !paragraph.InQuote(tokens[k].Start)
                && SubjectPhrase.Before(text, tokens, k, start) is Mention subject && OpensClause(text, paragraph, subject, start))
            {
                return subject;
            }
        }

        for (int k = from; k < open; k++)
        {
            if (tokens[k].Has(WordClass.NameWord) && !tokens[k].Has(WordClass.FunctionWord) && !paragraph.InQuote(tokens[k].Start)
                && MentionFinder.After(text, tokens, k, open) is Mention named)
            {
                return named;
            }
        }

        return null;
    }

    // "targets", "decried": a lower-case word with the ending of a verb in the present or the past.
    private static bool IsInflectedVerb(string text, Token token)
    {
        ReadOnlySpan<char> word = token.Span(text);
        return SentenceSubject.IsVerbLike(text, token) && word.Length > 3
            && ((word[^1] == 's' && word[^2] != 's') || word.EndsWith("ed", StringComparison.Ordinal));
    }

    private static bool OpensClause(string text, ParagraphContext paragraph, Mention subject, int start)
    {
        int first = paragraph.TokenAt(subject.Start);
        return first == start || paragraph.Tokens[first - 1].IsChar(text, ',');
    }
}
