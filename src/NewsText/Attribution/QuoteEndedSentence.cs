namespace NewsText.Attribution;

/// <summary>
/// Where the sentence that holds a token starts and ends, for finding who speaks in it. The sentence splitter ends no
/// sentence inside a quotation, so a quotation of several sentences is one with the words around it; but a full stop
/// inside a closing mark followed by a capital ("Brandt called the levee “a guess.” Ortiz called it “a scandal.”")
/// ends a sentence as surely as one outside it, and the cue and subject of the second quotation are not found in the
/// first.
/// </summary>
/// <remarks>
/// A sentence is read at most <see cref="MaxReach"/> tokens before and after its quotation: every quotation's finders
/// read its sentence, so a "sentence" with no full stop and thousands of quotations in it would cost their number
/// times its length. News sentences are far shorter than the reach.
/// </remarks>
internal static class QuoteEndedSentence
{
    /// <summary>How many tokens before a quotation, and after it, its sentence is read.</summary>
    public const int MaxReach = 200;

    /// <summary>Where the sentence that holds <paramref name="token"/> starts, no more than <see cref="MaxReach"/> tokens before it.</summary>
    public static int StartBefore(string text, ParagraphContext paragraph, int token)
    {
        List<Token> tokens = paragraph.Tokens;
        int start = Math.Max(paragraph.SentenceOf(token).Start.Value, token - MaxReach);
        for (int k = Math.Min(token, tokens.Count - 1); k - 2 >= start; k--)
        {
            if (tokens[k].IsCapitalised(text) && EndsBefore(text, tokens, k, start))
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>
    /// Where the sentence that holds <paramref name="quote"/> ends: the index just past its last token, no more than
    /// <see cref="MaxReach"/> tokens after the quotation.
    /// </summary>
    public static int EndAfter(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        List<Token> tokens = paragraph.Tokens;
        int token = paragraph.TokenAt(quote.Open);
        int end = Math.Min(paragraph.SentenceOf(token).End.Value, paragraph.TokenAt(quote.After) + MaxReach);
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
