using System.Text.Json.Serialization;

namespace NewsText;

/// <summary>A block of the input that is not in the article body, with the reason it was set aside.</summary>
/// <remarks>
/// A parse sets aside most of a page, and most callers look only at the kinds and spans of what it set aside, so the
/// parser hands out removals that cut their <see cref="Text"/> from the input the first time it is read.
/// </remarks>
public sealed record RemovedText
{
    // The parsed input while Text has not been read yet; null once it has, or when Text was given.
    private string? _input;
    private string? _text;

    /// <summary>Creates a removal with its text.</summary>
    /// <param name="text">The block's text, exactly the substring at <paramref name="start"/>.</param>
    /// <param name="start">Index of the first UTF-16 code unit in the input.</param>
    /// <param name="length">Number of UTF-16 code units.</param>
    /// <param name="kind">The category of the removal.</param>
    /// <param name="reason">A sentence a person can read, such as "avatar alt-text; the name went to the authors".</param>
    [JsonConstructor]
    public RemovedText(string text, int start, int length, RemovalKind kind, string reason)
        : this(start, length, kind, reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>A removal whose text is cut from <paramref name="input"/> when first read.</summary>
    internal RemovedText(string input, TextSpan span, RemovalKind kind, string reason)
        : this(span.Start, span.Length, kind, reason)
    {
        _input = input;
    }

    private RemovedText(int start, int length, RemovalKind kind, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Start = start;
        Length = length;
        Kind = kind;
        Reason = reason;
    }

    /// <summary>The block's text, exactly the substring of the input at <see cref="Start"/>.</summary>
    public string Text
    {
        get
        {
            if (_text is null)
            {
                // Two threads may both cut the text; they cut the same string, so the race is harmless.
                _text = _input!.Substring(Start, Length);
                _input = null;
            }

            return _text;
        }
    }

    /// <summary>Index of the first UTF-16 code unit in the input.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The category of the removal.</summary>
    public RemovalKind Kind { get; }

    /// <summary>A sentence a person can read, such as "avatar alt-text; the name went to the authors".</summary>
    public string Reason { get; }

    /// <summary>The block's range in the input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <inheritdoc />
    public bool Equals(RemovedText? other) =>
        other is not null && Start == other.Start && Length == other.Length && Kind == other.Kind && Reason == other.Reason
        && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Kind, Reason);

    /// <summary>Reads the parts back, as a positional record would.</summary>
    public void Deconstruct(out string text, out int start, out int length, out RemovalKind kind, out string reason) =>
        (text, start, length, kind, reason) = (Text, Start, Length, Kind, Reason);
}
