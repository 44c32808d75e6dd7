namespace NewsText.Attribution;

/// <summary>
/// Whether a person's title fits a nominal mention of them ("the mayor", "the Florida senator", "the vice
/// president"): the mention's head is a word of the title, its other words are in the title or the organisation, and
/// the title has no rank the mention lacks ("Vice President" is not "the president").
/// </summary>
internal static class TitleFits
{
    /// <param name="title">The person's title.</param>
    /// <param name="organization">The organisation they speak for; empty when the article gives none.</param>
    /// <param name="nominal">The mention's words after "the".</param>
    public static bool Fits(ReadOnlySpan<char> title, ReadOnlySpan<char> organization, ReadOnlySpan<char> nominal)
    {
        ReadOnlySpan<char> words = nominal.Trim();
        ReadOnlySpan<char> head = words[(words.LastIndexOf(' ') + 1)..];
        if (!(SpeakerWords.IsTitle(head) || SpeakerWords.IsRole(head)) || !Holds(title, head))
        {
            return false;
        }

        // "the Florida senator", "the Senate Democratic leader": every qualifier must be the person's.
        for (var qualifiers = new Words(words); qualifiers.Next(out ReadOnlySpan<char> word);)
        {
            if (word.StartsWith("then-", StringComparison.OrdinalIgnoreCase))
            {
                // "the then-Texas governor": the place still has to be theirs.
                word = word["then-".Length..];
            }

            if (!word.IsEmpty && !IsLoose(word) && !Holds(title, word) && !Holds(organization, word))
            {
                return false;
            }
        }

        // "Vice President Joe Biden" is not "the president"; "U.S. President Donald Trump" is.
        for (var ranks = new Words(title); ranks.Next(out ReadOnlySpan<char> rank);)
        {
            if (SpeakerWords.IsTitle(rank) && !IsLoose(rank) && !Holds(words, rank))
            {
                return false;
            }
        }

        return true;
    }

    // Words that say when someone held a title or how long, not which title: "the former governor", "the longtime
    // senator", "the three-term mayor"; and nationality or party, which a title often leaves out.
    private static bool IsLoose(ReadOnlySpan<char> word) =>
        word.Contains('-') || LooseWords.Contains(word);

    private static readonly Text.WordList LooseWords = new(
    [
        "former", "acting", "interim", "senior", "top", "longtime", "current", "new", "outgoing", "incoming", "then",
        "u.s.", "us", "uk", "u.k.", "eu", "democratic", "republican", "gop",
    ], StringComparer.OrdinalIgnoreCase);

    private static bool Holds(ReadOnlySpan<char> phrase, ReadOnlySpan<char> word)
    {
        for (var words = new Words(phrase); words.Next(out ReadOnlySpan<char> held);)
        {
            if (Same(held, word))
            {
                return true;
            }
        }

        return false;
    }

    // "Sen." is "senator", and "spokesman", "spokeswoman" and "spokesperson" are one role.
    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Full(a).Equals(Full(b), StringComparison.OrdinalIgnoreCase)
        || SpeakerWords.IsSpokesperson(a) && SpeakerWords.IsSpokesperson(b);

    private static ReadOnlySpan<char> Full(ReadOnlySpan<char> word) => word switch
    {
        _ when word.Equals("sen.", StringComparison.OrdinalIgnoreCase) => "senator",
        _ when word.Equals("gov.", StringComparison.OrdinalIgnoreCase) => "governor",
        _ when word.Equals("rep.", StringComparison.OrdinalIgnoreCase) => "representative",
        _ when word.Equals("gen.", StringComparison.OrdinalIgnoreCase) => "general",
        _ => word,
    };

    /// <summary>The space-separated words of a short phrase, one at a time.</summary>
    private ref struct Words(ReadOnlySpan<char> phrase)
    {
        private ReadOnlySpan<char> _rest = phrase;

        public bool Next(out ReadOnlySpan<char> word)
        {
            _rest = _rest.TrimStart(' ');
            int space = _rest.IndexOf(' ');
            word = space < 0 ? _rest : _rest[..space];
            _rest = space < 0 ? default : _rest[(space + 1)..];
            return !word.IsEmpty;
        }
    }
}
