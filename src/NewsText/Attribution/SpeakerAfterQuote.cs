namespace NewsText.Attribution;

/// <summary>
/// "“…,” the 71-year-old diplomat recalled.", "“…,” reads an editorial in the Register.": a quotation that hands over
/// with a comma, question or exclamation mark is attributed by the words after it even when the verb is not one the
/// lexicon knows as a cue: a speaker and any verb, or any verb and a speaker.
/// </summary>
internal static class SpeakerAfterQuote
{
    // "“…,” Joe Kasper, chief of staff to Rep. Duncan Hunter, told": the apposition read over between speaker and verb,
    // and further when a verb of speech closes it ("Trump, the frontrunner nationally and in South Carolina by a wide
    // margin after winning the primaries, said").
    private const int MaxAppositionTokens = 14;
    private const int MaxAppositionTokensBeforeCue = 40;

    public static FoundQuote? Find(string text, ParagraphContext paragraph, QuoteSpan quote, int sentenceEnd)
    {
        List<Token> tokens = paragraph.Tokens;
        int k = paragraph.TokenAt(quote.After);
        while (k < sentenceEnd && tokens[k].IsChar(text, ','))
        {
            k++;
        }

        if (k + 1 >= sentenceEnd || !tokens[k].IsWord)
        {
            return null;
        }

        // "reads an editorial", "begins a scripted message": a verb in the present, then a speaker named to the sentence's
        // end. A participle ("…,” referencing the …") or another verb goes on with the sentence.
        if (SentenceSubject.IsVerbLike(text, tokens[k]))
        {
            return IsPresentVerb(text, tokens[k]) && MentionFinder.After(text, tokens, k + 1, sentenceEnd) is Mention inverted
                && inverted.Kind != MentionKind.Pronoun && EndsSentence(text, paragraph, inverted, sentenceEnd)
                ? Attributed(quote, tokens[k], inverted)
                : null;
        }

        if (MentionFinder.After(text, tokens, k, sentenceEnd) is not Mention speaker)
        {
            return null;
        }

        int verb = paragraph.TokenAt(speaker.End);
        if (verb < sentenceEnd && tokens[verb].IsChar(text, ','))
        {
            verb = AfterApposition(text, tokens, verb, sentenceEnd);
        }

        while (verb < sentenceEnd && tokens[verb].Has(WordClass.Filler))
        {
            verb++;
        }

        // "“…,” Trump, referencing the …": a participle goes on with the sentence.
        return verb < sentenceEnd && SentenceSubject.IsVerbLike(text, tokens[verb]) && !tokens[verb].Span(text).EndsWith("ing", StringComparison.Ordinal)
            ? Attributed(quote, tokens[verb], speaker)
            : null;
    }

    /// <summary>
    /// The token after the comma that closes the apposition opening at <paramref name="comma"/>: the first comma followed
    /// by a verb of speech ("Jane Roe, chair of roads, bridges and levees, said"), else the first comma near it.
    /// </summary>
    private static int AfterApposition(string text, List<Token> tokens, int comma, int sentenceEnd)
    {
        int first = -1;
        for (int k = comma + 1; k + 1 < sentenceEnd && k - comma <= MaxAppositionTokensBeforeCue; k++)
        {
            if (!tokens[k].IsChar(text, ','))
            {
                continue;
            }

            if (tokens[k + 1].Has(WordClass.CueAfterQuote))
            {
                return k + 1;
            }

            first = first < 0 && k - comma <= MaxAppositionTokens ? k + 1 : first;
        }

        return first < 0 ? sentenceEnd : first;
    }

    private static bool IsPresentVerb(string text, Token token)
    {
        ReadOnlySpan<char> word = token.Span(text);
        return word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.Equals("was", StringComparison.Ordinal);
    }

    private static bool EndsSentence(string text, ParagraphContext paragraph, Mention mention, int sentenceEnd)
    {
        int next = paragraph.TokenAt(mention.End);
        return next >= sentenceEnd || paragraph.Tokens[next].IsChar(text, ',') || paragraph.Tokens[next].Is(text, "in")
            || paragraph.Tokens[next].Is(text, "of");
    }

    private static FoundQuote Attributed(QuoteSpan quote, Token verb, Mention speaker) =>
        new(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, new TextSpan(verb.Start, verb.Length), speaker,
            "the words after the quote name them with a verb");
}
