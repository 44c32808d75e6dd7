namespace NewsText.Attribution;

/// <summary>
/// Where the sentence that holds a token starts, for finding who speaks in it. The sentence splitter keeps a quotation
/// whole, so "Brandt called the levee “a guess.” Ortiz called it “a scandal.”" is one sentence to it; but a full stop
/// inside a closing mark followed by a capital ends a sentence as surely as one outside it, and the cue and subject of
/// the second quotation are not found in the first.
/// </summary>
internal static class QuoteEndedSentence
{
    public static int StartBefore(string text, ParagraphContext paragraph, int token)
    {
        List<Token> tokens = paragraph.Tokens;
        int start = paragraph.SentenceOf(token).Start.Value;
        for (int k = Math.Min(token, tokens.Count - 1); k - 2 >= start; k--)
        {
            if (tokens[k].IsCapitalised(text) && EndsBefore(text, tokens, k, start))
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>Where that sentence ends: the index just past its last token.</summary>
    public static int EndAfter(string text, ParagraphContext paragraph, int token)
    {
        List<Token> tokens = paragraph.Tokens;
        int end = paragraph.SentenceOf(token).End.Value;
        for (int k = token + 1; k < end; k++)
        {
            if (tokens[k].IsCapitalised(text) && EndsBefore(text, tokens, k, token))
            {
                return k;
            }
        }

        return end;
    }

    // Whether a full stop, question or exclamation mark and a closing mark stand right before token k.
    private static bool EndsBefore(string text, List<Token> tokens, int k, int start)
    {
        int mark = k - 1;
        while (mark > start && IsClosingMark(text, tokens[mark]))
        {
            mark--;
        }

        return mark < k - 1 && !tokens[mark].IsWord && text[tokens[mark].Start] is '.' or '!' or '?';
    }

    private static bool IsClosingMark(string text, Token token) =>
        !token.IsWord && token.Length == 1 && text[token.Start] is '”' or '"' or '\'' or '’' or '»';
}
