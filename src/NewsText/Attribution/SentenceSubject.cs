using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// The subject a sentence opens with, when a verb follows it: "She went on: “…”", "For years, Twitter has positioned
/// itself as a “town square”", "Rubio, the senator, bemoaned a climate in which people “hate each other”". A quotation
/// with no cue beside it most often belongs to whoever the sentence is about; the verb stands in for the cue.
/// </summary>
internal static class SentenceSubject
{
    // An opening phrase ("For years,", "In a separate email exchange,") longer than this is a clause of its own.
    private const int MaxOpeningPhraseTokens = 10;
    private const int MaxAppositionTokens = 14;
    private const int MaxSubordinateClauseTokens = 40;

    /// <summary>The subject mention and the index of its verb, read from the sentence's start up to <paramref name="limit"/>.</summary>
    public static (Mention Subject, int Verb)? Find(string text, ParagraphContext paragraph, int sentenceStart, int limit)
    {
        List<Token> tokens = paragraph.Tokens;
        int start = SkipConjunctions(text, tokens, MainClauseStart(text, tokens, sentenceStart, limit), limit);
        if (AtVerb(text, paragraph, start, limit) is (Mention, int) found)
        {
            return found;
        }

        for (int k = start + 1; k < limit && k - start <= MaxOpeningPhraseTokens; k++)
        {
            if (!tokens[k].IsWord)
            {
                return tokens[k].IsChar(text, ',') ? AtVerb(text, paragraph, SkipConjunctions(text, tokens, k + 1, limit), limit) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "When Trump suggested that Cuba would sue, Rubio fired back: “…”": a sentence that opens with a subordinate clause
    /// has its subject and main verb after the clause's comma. Where the sentence starts otherwise, its start.
    /// </summary>
    public static int MainClauseStart(string text, List<Token> tokens, int sentenceStart, int limit)
    {
        int first = SkipConjunctions(text, tokens, sentenceStart, limit);
        if (first >= limit || !tokens[first].IsWord || !IsSubordinator(tokens[first].Span(text)))
        {
            return sentenceStart;
        }

        for (int k = first + 1; k < limit && k - first <= MaxSubordinateClauseTokens; k++)
        {
            if (tokens[k].IsChar(text, ','))
            {
                return k + 1;
            }

            if (!tokens[k].IsWord && !tokens[k].IsChar(text, '.') && !tokens[k].IsChar(text, '-') && !tokens[k].IsChar(text, '\'')
                && !tokens[k].IsChar(text, '’'))
            {
                break;
            }
        }

        return sentenceStart;
    }

    public static bool IsSubordinator(ReadOnlySpan<char> word) => Subordinators.Contains(word);

    private static readonly WordList Subordinators = new(
    [
        "when", "as", "while", "after", "before", "since", "if", "although", "though", "because", "once", "until",
        "asked", "whether"
    ], StringComparer.OrdinalIgnoreCase);

    private static (Mention Subject, int Verb)? AtVerb(string text, ParagraphContext paragraph, int start, int limit)
    {
        List<Token> tokens = paragraph.Tokens;
        if (start >= limit || paragraph.InQuote(tokens[start].Start) || !CanOpenSubject(tokens[start])
            || MentionFinder.After(text, tokens, start, limit) is not Mention subject)
        {
            return null;
        }

        int next = paragraph.TokenAt(subject.End);
        // "Sen. Harry Reid (D-Nev.) told", "Rubio, the senator, bemoaned": a parenthesis or an apposition sits between.
        if (next < limit && !tokens[next].IsWord && text[tokens[next].Start] is '(' or ',')
        {
            char close = text[tokens[next].Start] == '(' ? ')' : ',';
            int end = next + 1;
            while (end < limit && end - next <= MaxAppositionTokens && !tokens[end].IsChar(text, close))
            {
                end++;
            }

            if (end >= limit || !tokens[end].IsChar(text, close))
            {
                return null;
            }

            next = end + 1;
        }

        while (next < limit && tokens[next].IsWord && tokens[next].Has(WordClass.Filler))
        {
            next++;
        }

        return next < limit && IsVerbLike(text, tokens[next]) ? (subject, next) : null;
    }

    // "When Trump …", "In 2016 …" open a clause or a phrase, not a subject; "The …" and "It …" may open one.
    private static bool CanOpenSubject(Token word) =>
        !word.Has(WordClass.FunctionWord) || word.Has(WordClass.Determiner | WordClass.Pronoun);

    // A verb is a lower-case word that is not a preposition, article or conjunction ("of", "the", "and").
    public static bool IsVerbLike(string text, Token token) =>
        token.IsWord && char.IsLower(text[token.Start]) && !token.Has(WordClass.FunctionWord)
        && !token.Has(WordClass.Determiner);

    private static int SkipConjunctions(string text, List<Token> tokens, int k, int limit)
    {
        while (k < limit && tokens[k].IsWord && (tokens[k].Is(text, "but") || tokens[k].Is(text, "and") || tokens[k].Is(text, "so")
            || tokens[k].Is(text, "then") || tokens[k].Is(text, "yet")))
        {
            k++;
        }

        return k;
    }
}
