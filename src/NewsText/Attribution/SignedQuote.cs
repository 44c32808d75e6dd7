namespace NewsText.Attribution;

/// <summary>
/// "“We will win.”" followed by a paragraph of its own, "– Jane Roe": a quotation signed like a letter, with a dash and
/// the speaker's name (and perhaps a title after a comma) on the next line.
/// </summary>
internal static class SignedQuote
{
    // "- Jane Roe, chair of the Ohio Democratic Party": a signature is a name and at most a short description.
    private const int MaxSignatureTokens = 16;

    /// <summary>Gives the last unattributed quotation before paragraph <paramref name="index"/> the name that paragraph signs with.</summary>
    public static void Sign(string text, List<ParagraphContext> contexts, int index, List<FoundQuote> found, int paragraphFirst)
    {
        if (index == 0 || paragraphFirst == 0 || found[paragraphFirst - 1] is not { Mention: null, Kind: QuoteKind.Direct } quote
            || quote.ContentStart < contexts[index - 1].Start)
        {
            return;
        }

        List<Token> tokens = contexts[index].Tokens;
        if (tokens.Count < 2 || tokens.Count > MaxSignatureTokens || tokens[0].Length != 1 || text[tokens[0].Start] is not ('–' or '—' or '-')
            || MentionFinder.After(text, tokens, 1, tokens.Count) is not Mention signer || signer.Kind != MentionKind.Name)
        {
            return;
        }

        int next = contexts[index].TokenAt(signer.End);
        if (next >= tokens.Count || tokens[next].IsChar(text, ','))
        {
            found[paragraphFirst - 1] = quote with { Mention = signer, Cue = new TextSpan(tokens[0].Start, tokens[0].Length), Why = "the next paragraph signs it" };
        }
    }
}
