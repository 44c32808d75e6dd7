using System.Text;

namespace NewsText.Text;

/// <summary>
/// How the tool that hard-wrapped a text measured its lines, learned from the lines that certainly carry on (a full line
/// followed by one that starts in lower case): in characters, as text browsers and most wrappers count, or in UTF-8
/// bytes, as byte-oriented tools (fold, fmt) count, where a curly quote takes three; and whether every such break fell
/// exactly where the next word would not have fitted. An exact wrapper's line that had room for the next line's first
/// word ended its paragraph there, however long it is: a headline followed by the dateline on the next line is no
/// wrapped sentence.
/// </summary>
internal readonly struct WrapMeasure
{
    // Below this many lines that carry on, the text says too little about its wrapper to trust the width exactly.
    private const int MinRunOns = 5;

    // A wrapped line is never longer than the width but for one unbreakable word; a line much longer was not wrapped.
    private const int MaxOverWidth = 10;

    private readonly int _width;
    private readonly bool _countsBytes;

    private WrapMeasure(int width, bool countsBytes, bool exact)
    {
        _width = width;
        _countsBytes = countsBytes;
        IsExact = exact;
    }

    /// <summary>Whether the wrapper broke every line where the next word would not have fitted, as its unit counts.</summary>
    public bool IsExact { get; }

    /// <summary>Learns the measure of <paramref name="lines"/>, wrapped at <paramref name="width"/>.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="lines">Its lines, in order.</param>
    /// <param name="width">The width the lines were wrapped at.</param>
    /// <param name="fullThreshold">The length from which a line is full enough to have been broken.</param>
    public static WrapMeasure Learn(string text, ReadOnlySpan<Block> lines, int width, int fullThreshold)
    {
        var inCharacters = new WrapMeasure(width, countsBytes: false, exact: false);
        var inBytes = new WrapMeasure(width, countsBytes: true, exact: false);
        int runOns = 0;
        int fitInCharacters = 0;
        int fitInBytes = 0;
        for (int i = 1; i < lines.Length; i++)
        {
            Block line = lines[i];
            Block previous = lines[i - 1];
            if (!line.AfterBlankLine && previous.Length >= fullThreshold && char.IsLower(text[line.Start]))
            {
                runOns++;
                fitInCharacters += inCharacters.Overflows(text, previous, line) ? 0 : 1;
                fitInBytes += inBytes.Overflows(text, previous, line) ? 0 : 1;
            }
        }

        // One break in twenty may be the wrapper's own choice (a hyphen, a non-breaking space); more means no exact rule.
        if (runOns >= MinRunOns && fitInCharacters * 20 <= runOns)
        {
            return new WrapMeasure(width, countsBytes: false, exact: true);
        }

        return runOns >= MinRunOns && fitInBytes * 20 <= runOns ? new WrapMeasure(width, countsBytes: true, exact: true) : inCharacters;
    }

    /// <summary>
    /// Whether the first word of <paramref name="line"/> would not have fitted after <paramref name="previousLine"/>: then
    /// the wrapper broke the line there, however short it is. A line of one unbreakable word (an address) or a line far
    /// past the width was not wrapped, and a first word longer than the width fits on no line.
    /// </summary>
    public bool Overflows(string text, Block previousLine, Block line)
    {
        ReadOnlySpan<char> previous = text.AsSpan(previousLine.Start, previousLine.Length);
        ReadOnlySpan<char> next = text.AsSpan(line.Start, line.Length);
        int space = next.IndexOf(' ');
        ReadOnlySpan<char> firstWord = space < 0 ? next : next[..space];
        if (previous.Length > _width + MaxOverWidth || firstWord.Length > _width || !previous.Contains(' '))
        {
            return false;
        }

        return _countsBytes
            ? Encoding.UTF8.GetByteCount(previous) + 1 + Encoding.UTF8.GetByteCount(firstWord) > _width
            : previous.Length + 1 + firstWord.Length > _width;
    }
}
