namespace NewsText.Attribution;

/// <summary>
/// "China's influence has grown, and it has used “velvet gloves” in Central Asia, said Nargis Kassenova, an expert.":
/// a sentence that ends ", said X" or ", X said" is X's report as a whole, and so is a quotation inside it that no cue
/// is next to.
/// </summary>
internal static class SentenceEndReport
{
    // How far after the quotation the report may end; also keeps a run-on "sentence" full of quotations linear.
    private const int MaxTokensAfterQuote = 60;
    private const int MaxTokensAfterVerb = 6;

    public static FoundQuote? Find(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        List<Token> tokens = paragraph.Tokens;
        int end = QuoteEndedSentence.EndAfter(text, paragraph, quote);
        int after = paragraph.TokenAt(quote.After);
        for (int k = after; k + 2 < end && k - after <= MaxTokensAfterQuote; k++)
        {
            if (!tokens[k].IsChar(text, ',') || paragraph.InQuote(tokens[k].Start))
            {
                continue;
            }

            Token next = tokens[k + 1];
            if (next.Has(WordClass.CueAfterQuote))
            {
                return MentionFinder.After(text, tokens, k + 2, end) is Mention inverted && inverted.Kind != MentionKind.Pronoun
                    ? Reported(quote, next, inverted)
                    : null;
            }

            if (MentionFinder.After(text, tokens, k + 1, end) is Mention speaker && paragraph.TokenAt(speaker.End) is int verb && verb < end
                && tokens[verb].Has(WordClass.CueAfterQuote) && EndsAt(text, tokens, verb + 1, end))
            {
                return Reported(quote, tokens[verb], speaker);
            }
        }

        return null;
    }

    // "…, Axelrod said." or "…, Axelrod said on Tuesday.": the verb closes the sentence but for a short phrase.
    private static bool EndsAt(string text, List<Token> tokens, int k, int end)
    {
        if (end - k > MaxTokensAfterVerb)
        {
            return false;
        }

        for (int i = k; i < end; i++)
        {
            if (tokens[i].IsChar(text, ','))
            {
                return false;
            }
        }

        return true;
    }

    private static FoundQuote Reported(QuoteSpan quote, Token cue, Mention speaker) =>
        new(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, new TextSpan(cue.Start, cue.Length), speaker, "the sentence ends with their report");
}
