using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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

    // Set in the low half for a name particle ("de", "von"), which is a name word only when all in lower case: the
    // table ignores case, so it can say only that the word may be one.
    private const int MaybeParticle = 1 << 15;
    private const int LowerCaseClasses = 0xFFFF & ~MaybeParticle;

    private static readonly AsciiWordTable Table = Build();

    /// <summary>The classes of <paramref name="word"/>: what each predicate a flag stands for says of it.</summary>
    public static WordClass Of(ReadOnlySpan<char> word)
    {
        int? value = Table.ValueOf(word);
        WordClass classes = value is int known
            ? (WordClass)(char.IsAsciiLetterUpper(word[0]) ? known >> CapitalisedShift : known & LowerCaseClasses)
            : Listed(word); // only the lists' own case rules can tell for this non-ASCII word
        // A word not capitalised is a name word only as a particle, which the table marks: knowing it is none spares
        // the particle list's own look-up, a frozen set's, that a short word of another script ("на", "и") paid.
        if (value is int answer && (answer & MaybeParticle) == 0 && !char.IsUpper(word[0]))
        {
            return classes;
        }

        return MentionFinder.IsNameWord(word) ? classes | WordClass.NameWord : classes;
    }

    /// <summary>
    /// <see cref="Of"/> for a word of <paramref name="length"/> (1 to 8) plain ASCII letters and digits that fill the
    /// first lanes of <paramref name="chars"/>: the tokenizer's common case, answered from the characters it has loaded.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordClass OfShortAscii(Vector128<ushort> chars, int length)
    {
        int value = Table.ValueOfShort(chars, length);
        // Short and without an apostrophe, a capitalised word is a name word (MentionFinder.IsNameWord). Its half of
        // the value and that flag come from a shift and an or, not a branch: about one word in six is capitalised,
        // with no pattern a predictor could learn.
        int capitalised = char.IsAsciiLetterUpper((char)chars.ToScalar()) ? 1 : 0;
        WordClass classes = (WordClass)(((value >> (capitalised * CapitalisedShift)) & LowerCaseClasses) | (capitalised * (int)WordClass.NameWord));
        return (value & MaybeParticle) != 0 && capitalised == 0 && !HasCapital(chars, length) ? classes | WordClass.NameWord : classes;
    }

    /// <summary>
    /// <see cref="Of"/> for a word of letters and digits, at least one of them a Cyrillic letter from U+0400 to U+045F:
    /// every list is plain ASCII and no such letter equals an ASCII one ignoring case, so no list holds the word, and
    /// with no apostrophe in it, only a capital and its length make it a name word (<see cref="MentionFinder.IsNameWord(ReadOnlySpan{char})"/>).
    /// </summary>
    public static WordClass OfCyrillic(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) && word.Length <= MentionFinder.MaxNameWordLength ? WordClass.NameWord : WordClass.None;

    /// <summary>
    /// The classes of the mark <paramref name="c"/>: <see cref="WordClass.SentenceMark"/> for a full stop, question or
    /// exclamation mark and for any mark that closes a quotation (<see cref="QuotationMarks.IsClosing"/>, and the
    /// apostrophe, which doubled closes one), none for any other.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordClass OfMark(char c) =>
        c < 64 ? (WordClass)(((int)(AsciiSentenceMarks >> c) & 1) * (int)WordClass.SentenceMark)
        : c > '\u007F' && QuotationMarks.IsClosing(c) ? WordClass.SentenceMark : WordClass.None;

    // The ASCII marks of WordClass.SentenceMark, by bit: all of them are below 64.
    private const ulong AsciiSentenceMarks = (1UL << '.') | (1UL << '!') | (1UL << '?') | (1UL << '"') | (1UL << '\'');

    private static bool HasCapital(Vector128<ushort> chars, int length)
    {
        uint capitals = Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)).ExtractMostSignificantBits();
        return (capitals & ((1u << length) - 1)) != 0;
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
        classes |= AccordingToSource.IsAccording(word) ? WordClass.According : 0;
        return classes;
    }

    private static AsciiWordTable Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in CueLexicon.Words.Concat(AttitudeVerbs.Words).Concat(SpeakerWords.Words).Concat(MentionFinder.NameParticles.Words)
            .Append(AccordingToSource.AccordingWord))
        {
            words.Add(word.ToLowerInvariant());
        }

        var entries = new List<(string Word, int Value)>(words.Count);
        foreach (string word in words)
        {
            string capitalised = char.ToUpperInvariant(word[0]) + word[1..];
            int particle = MentionFinder.NameParticles.Contains(word) ? MaybeParticle : 0;
            int value = (int)Listed(word) | particle | ((int)Listed(capitalised) << CapitalisedShift);
            if (value != 0)
            {
                entries.Add((word, value));
            }
        }

        return AsciiWordTable.TryCreate(entries) ?? throw new InvalidOperationException("A word list holds a word that is not plain ASCII.");
    }
}
