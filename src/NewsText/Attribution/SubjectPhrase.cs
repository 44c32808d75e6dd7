using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// The noun phrase a verb's subject is written as when it is not a name, pronoun or known role: "a mere 9 percent
/// said", "most voters in the state say", "the new poll shows", "people close to the campaign believe". Read back
/// from the verb to the start of its clause (the sentence's start, a comma, a conjunction or a relative word).
/// </summary>
internal static class SubjectPhrase
{
    private const int MaxWords = 12;

    public static Mention? Before(string text, List<Token> tokens, int verb, int sentenceStart)
    {
        int last = verb - 1;
        // "who have overwhelmingly backed": adverbs and auxiliaries stand between the subject and its verb.
        while (last >= sentenceStart && tokens[last].IsWord && !tokens[last].Has(WordClass.Pronoun)
            && (tokens[last].Has(WordClass.Filler) || IsAdverb(tokens[last].Span(text))))
        {
            last--;
        }

        if (last < sentenceStart || !tokens[last].IsWord)
        {
            return null;
        }

        // "…, who said": the relative pronoun stands for the subject.
        if (tokens[last].Is(text, "who"))
        {
            return new Mention(tokens[last].Start, tokens[last].End, MentionKind.Pronoun, tokens[last].Start);
        }

        if (EndsClause(tokens[last].Span(text)) || !CanEndNounPhrase(text, tokens[last]))
        {
            return null;
        }

        int first = last;
        while (first - 1 >= sentenceStart && last - first + 1 < MaxWords && IsPhraseToken(text, tokens[first - 1]))
        {
            first--;
        }

        // "But most voters say": a leading conjunction or adverb is not part of the subject.
        while (first < last && tokens[first].IsWord && IsLeadingWord(tokens[first].Span(text)))
        {
            first++;
        }

        if (first - 1 >= sentenceStart && IsPhraseToken(text, tokens[first - 1]))
        {
            // Ran out of words before the clause began: too long to be a subject.
            return null;
        }

        return new Mention(tokens[first].Start, tokens[last].End, MentionKind.Nominal, tokens[first].Start);
    }

    private static bool IsAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);

    // A noun phrase ends with a noun: not with an article or a preposition, nor with "have", "has", "had" or "be",
    // which are fillers.
    private static bool CanEndNounPhrase(string text, Token word) =>
        !word.Has(WordClass.Filler | WordClass.Determiner) && !IsPreposition(word.Span(text));

    private static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    private static readonly WordList Prepositions = new(
    [
        "in", "on", "at", "of", "for", "with", "by", "from", "after", "during", "into", "about", "under", "over"
    ], StringComparer.OrdinalIgnoreCase);

    private static bool IsPhraseToken(string text, Token token)
    {
        if (!token.IsWord)
        {
            return token.Length == 1 && text[token.Start] is '%' or '$' or '\'' or '’';
        }

        // The token's classes answer for the cue and attitude lists without asking them again, and every clause boundary
        // is a function word or a filler: a word of neither is not looked up.
        return !token.Has(WordClass.Cue | WordClass.AttitudeVerb)
            && !(token.Has(WordClass.FunctionWord | WordClass.Filler) && IsBoundary(token.Span(text)));
    }

    private static bool IsBoundary(ReadOnlySpan<char> word) => ClauseBoundaries.Contains(word);

    /// <summary>The words that end the clause a subject is read back over.</summary>
    public static IReadOnlyCollection<string> ClauseBoundaryWords => ClauseBoundaries.Words;

    private static readonly WordList ClauseBoundaries = new(
    [
        "that", "and", "but", "because", "while", "when", "which", "if", "as", "although", "where", "since", "so",
        "or", "is", "was", "are", "were", "to", "not"
    ], StringComparer.OrdinalIgnoreCase);

    private static bool IsLeadingWord(ReadOnlySpan<char> word) => LeadingWords.Contains(word);

    private static readonly WordList LeadingWords = new(
    [
        "but", "and", "yet", "so", "still", "now"
    ], StringComparer.OrdinalIgnoreCase);

    // A subject does not end with these: "it is", "to", "not" mean the verb belongs to a larger predicate.
    private static bool EndsClause(ReadOnlySpan<char> word) => IsBoundary(word) || word.Equals("it", StringComparison.OrdinalIgnoreCase)
        || word.Equals("there", StringComparison.OrdinalIgnoreCase);
}
