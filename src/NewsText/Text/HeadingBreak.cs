namespace NewsText.Text;

/// <summary>
/// A hard-wrapped text's line that ends a heading or a label where the next word would not have fitted: the wrapper
/// gives no sign that the line ended there, but the two lines do. A line the line above ends with repeats it (a
/// breadcrumb ending in the headline, then the headline); and a line that stops on a lower-case word with no mark,
/// followed by one that opens a sentence ("…as Tottenham manager" / "The Portuguese boss…"), ended a sentence with no
/// full stop, which prose never does and a headline always does. A heading that Debian's html2text closed with its
/// stars ("****** Title ******") says so itself.
/// </summary>
internal static class HeadingBreak
{
    // A repeat this short ("News") ends many lines by chance.
    private const int MinRepeatLength = 12;

    /// <summary>Whether <paramref name="previousLine"/> ends where it stands, however little room it left.</summary>
    public static bool IsBefore(string text, Block previousLine, Block line)
    {
        ReadOnlySpan<char> previous = previousLine.Slice(text);
        ReadOnlySpan<char> next = line.Slice(text);
        return (next.Length >= MinRepeatLength && previous.Length > next.Length && previous.EndsWith(next, StringComparison.Ordinal))
            || (EndsOnContentWord(previous) && OpensSentence(next))
            || LineMarkup.EndsBeforeClosingStars(text, previousLine);
    }

    /// <summary>
    /// Whether <paramref name="line"/> stops on a lower-case word with no mark after it ("…warn of epidemic"): a word
    /// that leads into a name ("according to", "told") does not end anything, whatever the next line's capital says.
    /// </summary>
    public static bool EndsOnContentWord(ReadOnlySpan<char> line) => EndsOnWord(line) && char.IsLower(LastWord(line)[0]);

    /// <summary>
    /// Whether <paramref name="line"/> stops on a word with no mark after it, in either case, that does not lead into
    /// what follows ("…Encephalitis Reported", not "…is set for").
    /// </summary>
    public static bool EndsOnWord(ReadOnlySpan<char> line) => !line.IsEmpty && char.IsLetter(line[^1]) && !LeadingWords.Contains(LastWord(line));

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> line) => line[(line.LastIndexOf(' ') + 1)..];

    private static bool OpensSentence(ReadOnlySpan<char> line)
    {
        int space = line.IndexOf(' ');
        return space > 0 && SentenceOpeners.Contains(line[..space]);
    }

    // Words after which a capitalised name carries the sentence on: articles, prepositions, conjunctions, pronouns and
    // the verbs of saying and telling.
    private static readonly WordList LeadingWords = new(
    [
        "the", "a", "an", "of", "and", "or", "in", "on", "to", "for", "with", "by", "at", "from", "as", "while",
        "about", "all", "its", "is", "are", "was", "were", "be", "been", "his", "her", "their", "our", "my", "your",
        "this", "that", "these", "those", "than", "then", "into", "onto", "over", "under", "after", "before",
        "between", "like", "including", "such", "said", "says", "told", "per", "via", "if", "when", "where", "which",
        "who", "whom", "whose", "what", "not", "no", "but", "so", "because", "since", "through", "during", "without",
        "within", "against", "among",
    ], StringComparer.Ordinal);

    // Words that open an English sentence and rarely a name.
    private static readonly WordList SentenceOpeners = new(
    [
        "The", "A", "An", "This", "These", "It", "He", "She", "They", "We", "His", "Her", "Their", "Its", "In", "On",
        "After", "When", "While", "But",
    ], StringComparer.Ordinal);
}
