using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Classifies a word in one lookup. The finders ask a dozen word lists about the words around every cue and a few
/// about every word of the body; asking them once per token, when the paragraph is tokenised, leaves each later
/// question a bit test on the token. All lists are merged into one table from a word to its classes.
/// </summary>
internal static class WordClasses
{
    // A word's classes with a lower-case first letter in the low half of its value, capitalised in the high half: the
    // attitude verbs are the only list that looks at case, and only at the first letter's.
    private const int CapitalisedShift = 16;

    private static readonly AsciiWordTable Table = Build();

    /// <summary>The classes of <paramref name="word"/>: what each predicate a flag stands for says of it.</summary>
    public static WordClass Of(ReadOnlySpan<char> word)
    {
        WordClass classes = Table.ValueOf(word) is int value
            ? (WordClass)(char.IsAsciiLetterUpper(word[0]) ? value >> CapitalisedShift : value & 0xFFFF)
            : Listed(word); // only the lists' own case rules can tell for this non-ASCII word
        return MentionFinder.IsNameWord(word) ? classes | WordClass.NameWord : classes;
    }

    /// <summary>The classes the word lists give <paramref name="word"/>, asking each of them.</summary>
    public static WordClass Listed(ReadOnlySpan<char> word)
    {
        WordClass classes = WordClass.None;
        classes |= CueLexicon.IsCue(word) ? WordClass.Cue : 0;
        classes |= CueLexicon.IsCueAfterQuote(word) ? WordClass.CueAfterQuote : 0;
        classes |= CueLexicon.IsSpeechVerb(word) ? WordClass.SpeechVerb : 0;
        classes |= AttitudeVerbs.Contains(word) ? WordClass.AttitudeVerb : 0;
        classes |= SpeakerWords.IsPronoun(word) ? WordClass.Pronoun : 0;
        classes |= SpeakerWords.IsTitle(word) ? WordClass.Title : 0;
        classes |= SpeakerWords.IsRole(word) ? WordClass.Role : 0;
        classes |= SpeakerWords.IsGroup(word) ? WordClass.Group : 0;
        classes |= SpeakerWords.IsFunctionWord(word) ? WordClass.FunctionWord : 0;
        classes |= SpeakerWords.IsFiller(word) ? WordClass.Filler : 0;
        classes |= SpeakerWords.IsDeterminer(word) ? WordClass.Determiner : 0;
        return classes;
    }

    private static AsciiWordTable Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in CueLexicon.Words.Concat(AttitudeVerbs.Words).Concat(SpeakerWords.Words))
        {
            words.Add(word.ToLowerInvariant());
        }

        var entries = new List<(string Word, int Value)>(words.Count);
        foreach (string word in words)
        {
            string capitalised = char.ToUpperInvariant(word[0]) + word[1..];
            int value = (int)Listed(word) | ((int)Listed(capitalised) << CapitalisedShift);
            if (value != 0)
            {
                entries.Add((word, value));
            }
        }

        return AsciiWordTable.TryCreate(entries) ?? throw new InvalidOperationException("A word list holds a word that is not plain ASCII.");
    }
}
