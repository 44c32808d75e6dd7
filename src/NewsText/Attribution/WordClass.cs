namespace NewsText.Attribution;

/// <summary>
/// What a word (or, for <see cref="SentenceMark"/>, a mark) is to the finders: each flag is the answer of one word predicate (<see cref="CueLexicon.IsCue"/>,
/// <see cref="SpeakerWords.IsTitle"/>, <see cref="MentionFinder.IsNameWord(ReadOnlySpan{char})"/>…) for that word,
/// worked out once when the paragraph is tokenised (<see cref="WordClasses.Of"/>) instead of every time a finder asks.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,

    /// <summary><see cref="CueLexicon.IsCue"/>.</summary>
    Cue = 1 << 0,

    /// <summary><see cref="CueLexicon.IsCueAfterQuote"/>.</summary>
    CueAfterQuote = 1 << 1,

    /// <summary><see cref="CueLexicon.IsSpeechVerb"/>.</summary>
    SpeechVerb = 1 << 2,

    /// <summary><see cref="AttitudeVerbs.Contains"/>.</summary>
    AttitudeVerb = 1 << 3,

    /// <summary><see cref="SpeakerWords.IsPronoun"/>.</summary>
    Pronoun = 1 << 4,

    /// <summary><see cref="SpeakerWords.IsTitle"/>.</summary>
    Title = 1 << 5,

    /// <summary><see cref="SpeakerWords.IsRole"/>.</summary>
    Role = 1 << 6,

    /// <summary><see cref="SpeakerWords.IsGroup"/>.</summary>
    Group = 1 << 7,

    /// <summary><see cref="SpeakerWords.IsFunctionWord"/>.</summary>
    FunctionWord = 1 << 8,

    /// <summary><see cref="SpeakerWords.IsFiller"/>.</summary>
    Filler = 1 << 9,

    /// <summary><see cref="SpeakerWords.IsDeterminer"/>.</summary>
    Determiner = 1 << 10,

    /// <summary><see cref="MentionFinder.IsNameWord(ReadOnlySpan{char})"/>.</summary>
    NameWord = 1 << 11,

    /// <summary>
    /// The one class of a mark: a full stop, question or exclamation mark, which may end a sentence, or a mark that may
    /// close a quotation, after which a sentence ended inside it ends (<see cref="WordClasses.OfMark"/>). The sentence
    /// splitter looks at these marks only: a paragraph's other marks, its commas mostly, end no sentence.
    /// </summary>
    SentenceMark = 1 << 12,

    /// <summary>
    /// <see cref="AccordingToSource.IsAccording"/>: the word that with "to" after it reports as a cue does. The finders
    /// look for the phrase at every token they pass, and the class spares them a comparison of nine letters at each.
    /// </summary>
    According = 1 << 13,
}
