namespace NewsText.Attribution;

/// <summary>
/// "Flying home one night in the corporate jet, she vented to her husband that it would be “a fight”", "Trump
/// cruised to the nomination on the strength of his stance and his willingness …, as he calls it, “…”": when a
/// sentence's subject is read far from its quotation, a personal pronoun with a verb of its own between the two heads
/// the clause the quotation stands in, and is the better guess at who is speaking.
/// </summary>
internal static class NearerPronounSubject
{
    /// <summary>
    /// The last "he"/"she"/"they"/"I"/"we" followed by a verb in tokens [<paramref name="from"/>, <paramref name="limit"/>),
    /// and the index of that verb.
    /// </summary>
    public static (Mention Subject, int Verb)? Find(string text, ParagraphContext paragraph, int from, int limit)
    {
        List<Token> tokens = paragraph.Tokens;
        for (int k = limit - 2; k >= from; k--)
        {
            Token token = tokens[k];
            bool personal = token.Has(WordClass.Pronoun) && !token.Is(text, "it");
            if (!(personal || (token.IsWord && IsThingPronoun(token.Span(text)))) || paragraph.InQuote(token.Start))
            {
                continue;
            }

            int verb = k + 1;
            while (verb < limit && tokens[verb].IsWord && tokens[verb].Has(WordClass.Filler))
            {
                verb++;
            }

            if (verb < limit && SentenceSubject.IsVerbLike(text, tokens[verb]) && (personal || tokens[verb].Has(WordClass.CueAfterQuote)))
            {
                return (new Mention(token.Start, token.End, MentionKind.Pronoun, token.Start), verb);
            }
        }

        return null;
    }

    // "water bottles that said, “…”", "the report, which notes, “…”": "it" and a relative word are far more often a
    // thing than a speaker, and count only before a verb of speech.
    private static bool IsThingPronoun(ReadOnlySpan<char> word) =>
        word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase);
}
