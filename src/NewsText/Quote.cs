using System.Text.Json.Serialization;

namespace NewsText;

/// <summary>Something the article reports somebody said, with its cue and speaker.</summary>
public sealed record Quote
{
    // The parsed input and the content's place in it while Text has not been read yet; null once it has, or when Text
    // was given. The place is kept apart from Start so that a copy made with `with { Start = … }` keeps its text.
    private string? _input;
    private readonly TextSpan _source;
    private string? _text;

    /// <summary>Creates a quote.</summary>
    /// <param name="Text">The content: for a direct quote the words inside the quotation marks, for mixed and indirect
    /// quotes the reported clause. Exactly the substring at <paramref name="Start"/>.</param>
    /// <param name="Start">Index of the content's first UTF-16 code unit in the input.</param>
    /// <param name="Length">Number of UTF-16 code units of the content.</param>
    /// <param name="Kind">Direct, mixed or indirect.</param>
    /// <param name="Cue">The words or mark that introduce the quote ("said", "according to", "–", ":"), when there is one.</param>
    /// <param name="Speaker">The speaker, when one could be found.</param>
    [JsonConstructor]
    public Quote(string Text, int Start, int Length, QuoteKind Kind, TextSegment? Cue, QuoteSpeaker? Speaker)
        : this(Start, Length, Kind, Cue, Speaker)
    {
        ArgumentNullException.ThrowIfNull(Text);
        _text = Text;
    }

    /// <summary>A quote whose text is cut from <paramref name="input"/> when it is first read.</summary>
    internal Quote(string input, TextSpan content, QuoteKind kind, TextSegment? cue, QuoteSpeaker? speaker)
        : this(content.Start, content.Length, kind, cue, speaker)
    {
        _input = input;
        _source = content;
    }

    private Quote(int start, int length, QuoteKind kind, TextSegment? cue, QuoteSpeaker? speaker)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Cue = cue;
        Speaker = speaker;
    }

    /// <summary>
    /// The content: for a direct quote the words inside the quotation marks, for mixed and indirect quotes the reported
    /// clause. Exactly the substring at <see cref="Start"/>.
    /// </summary>
    public string Text
    {
        get
        {
            if (_text is null)
            {
                // Two threads may both cut the text; they cut the same string, so the race is harmless.
                _text = _input!.Substring(_source.Start, _source.Length);
                _input = null;
            }

            return _text;
        }

        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _text = value;
            _input = null;
        }
    }

    /// <summary>Index of the content's first UTF-16 code unit in the input.</summary>
    public int Start { get; init; }

    /// <summary>Number of UTF-16 code units of the content.</summary>
    public int Length { get; init; }

    /// <summary>Direct, mixed or indirect.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>The words or mark that introduce the quote ("said", "according to", "–", ":"), when there is one.</summary>
    public TextSegment? Cue { get; init; }

    /// <summary>The speaker, when one could be found.</summary>
    public QuoteSpeaker? Speaker { get; init; }

    /// <summary>The content's range in the input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <summary>Whether both quotes have the same text, place, kind, cue and speaker.</summary>
    public bool Equals(Quote? other) =>
        other is not null && Start == other.Start && Length == other.Length && Kind == other.Kind
        && Equals(Cue, other.Cue) && Equals(Speaker, other.Speaker) && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Kind);

    /// <summary>Gives the quote's parts, in the order of the constructor's parameters.</summary>
    public void Deconstruct(out string text, out int start, out int length, out QuoteKind kind, out TextSegment? cue, out QuoteSpeaker? speaker) =>
        (text, start, length, kind, cue, speaker) = (Text, Start, Length, Kind, Cue, Speaker);
}
