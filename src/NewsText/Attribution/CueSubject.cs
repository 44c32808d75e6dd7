namespace NewsText.Attribution;

/// <summary>
/// Who a cue reports for. Most cues have their subject right before them ("Brandt said"); a participle does not: in
/// "Ortiz returned the favour to Brandt, telling reporters …" or "Ortiz issued a statement saying …" the words before
/// it are an object or a document, and the one speaking is the subject of the sentence's main clause.
/// </summary>
internal static class CueSubject
{
    /// <summary>
    /// As <see cref="Before"/>, and "Ortiz went on to say: “…”", "Ortiz began by saying, “…”": before a quotation, a cue
    /// governed by another verb reports for that verb's subject. (Before a reported clause it is more often a plan or a
    /// wish than speech: "Ortiz wants to say that …".)
    /// </summary>
    public static Mention? BeforeQuotation(string text, ParagraphContext paragraph, int cue, int sentenceStart)
    {
        List<Token> tokens = paragraph.Tokens;
        return Before(text, paragraph, cue, sentenceStart)
            ?? (cue > sentenceStart && (tokens[cue - 1].Is(text, "to") || tokens[cue - 1].Is(text, "by"))
                && SentenceSubject.Find(text, paragraph, sentenceStart, cue - 1) is (Mention governing, int) ? governing : null);
    }

    public static Mention? Before(string text, ParagraphContext paragraph, int cue, int sentenceStart)
    {
        List<Token> tokens = paragraph.Tokens;
        Mention? before = MentionFinder.Before(text, tokens, cue, sentenceStart);

        if (!IsParticiple(text, tokens[cue]) || cue <= sentenceStart)
        {
            return before;
        }

        // "…, Ortiz said, adding …": a participle right after a report goes on with it.
        if (cue - 2 > sentenceStart && tokens[cue - 1].IsChar(text, ',') && tokens[cue - 2].IsWord
            && tokens[cue - 2].Has(WordClass.CueAfterQuote) && !IsParticiple(text, tokens[cue - 2])
            && MentionFinder.Before(text, tokens, cue - 2, sentenceStart) is Mention reporter)
        {
            return reporter;
        }

        // "…, with Ortiz saying …": the participle has a subject of its own.
        if (before is Mention own && StandsWith(text, paragraph, own, sentenceStart))
        {
            return own;
        }

        return SentenceSubject.Find(text, paragraph, sentenceStart, cue) is (Mention subject, int verb) && verb < cue ? subject : before;
    }

    private static bool IsParticiple(string text, Token token) =>
        token.IsWord && char.IsLower(text[token.Start]) && token.Span(text).EndsWith("ing", StringComparison.Ordinal);

    private static bool StandsWith(string text, ParagraphContext paragraph, Mention mention, int sentenceStart)
    {
        int first = paragraph.TokenAt(mention.Start);
        return first - 1 >= sentenceStart && paragraph.Tokens[first - 1].Is(text, "with");
    }
}
