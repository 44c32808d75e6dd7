namespace NewsText.Attribution;

/// <summary>
/// The source named after "according to": "according to audio provided to the paper", "according to officials with
/// knowledge of the meeting", "according to excerpts of the speech". What follows the phrase is the source the reader
/// is given, a recording or a document as much as a person, so any noun phrase counts, not only a name or a role.
/// </summary>
internal static class AccordingToSource
{
    private const int MaxWords = 10;

    /// <summary>The word that opens the phrase, as the word table is given it.</summary>
    public const string AccordingWord = "according";

    public static bool IsAccording(ReadOnlySpan<char> word) => word.Equals(AccordingWord, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether "according to" starts at token <paramref name="k"/>, the "to" before <paramref name="end"/>.</summary>
    public static bool StartsAt(string text, List<Token> tokens, int k, int end) =>
        tokens[k].Has(WordClass.According) && k + 1 < end && tokens[k + 1].Is(text, "to");

    /// <summary>The source that starts at token <paramref name="index"/>, running to the next mark or <paramref name="end"/>.</summary>
    public static Mention? After(string text, List<Token> tokens, int index, int end)
    {
        if (MentionFinder.After(text, tokens, index, end) is Mention mention)
        {
            return mention;
        }

        if (index >= end || !tokens[index].IsWord)
        {
            return null;
        }

        if ((tokens[index].Classes & (WordClass.FunctionWord | WordClass.Determiner)) == WordClass.FunctionWord)
        {
            return null;
        }

        int last = index;
        while (last + 1 < end && last + 1 - index < MaxWords && tokens[last + 1].IsWord)
        {
            last++;
        }

        return new Mention(tokens[index].Start, tokens[last].End, MentionKind.Nominal, tokens[index].Start);
    }
}
