using System.Text.Json.Serialization;
using NewsText.Text;

namespace NewsText;

/// <summary>
/// A piece of the input: its text and where it stands, in UTF-16 code units of the parsed string.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Text"/> is exactly the substring at <see cref="Start"/>, <see cref="Length"/>, except in a paragraph,
/// whose text (like <see cref="Article.Title"/> and <see cref="Article.Dek"/>) is what a reader sees: lines the input
/// hard-wrapped are re-joined, each line break (with the white space around it) read as a single space, and Markdown
/// inside it is read as a browser shows the page: a link as its text, an image as nothing, emphasis marks and
/// backslash escapes dropped, a text browser's link number ("[12]Home") left out. Its span still covers all of it.
/// </para>
/// <para>
/// Segments made by the parser cut their <see cref="Text"/> from the input the first time it is read, so a parse
/// whose caller reads only spans copies no text.
/// </para>
/// </remarks>
public sealed record TextSegment
{
    // The parsed input while Text has not been read yet, as its string or, for a paragraph, whose text is what a reader
    // sees, as a ParagraphInput; null once Text has been read, or when it was given.
    private object? _input;
    private string? _text;

    /// <summary>Creates a segment with its text.</summary>
    /// <param name="text">The text, as described in the remarks.</param>
    /// <param name="start">Index of the first UTF-16 code unit in the input.</param>
    /// <param name="length">Number of UTF-16 code units the segment covers in the input.</param>
    [JsonConstructor]
    public TextSegment(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Start = start;
        Length = length;
    }

    /// <summary>A segment whose text is cut from <paramref name="input"/> when first read.</summary>
    /// <param name="input">The parsed input.</param>
    /// <param name="span">Where the segment stands in it.</param>
    internal TextSegment(string input, TextSpan span)
    {
        _input = input;
        Start = span.Start;
        Length = span.Length;
    }

    /// <summary>A paragraph whose text a reader sees (<see cref="ReaderText"/>) is cut from <paramref name="input"/> when first read.</summary>
    /// <param name="input">The parsed input.</param>
    /// <param name="span">Where the paragraph stands in it.</param>
    internal TextSegment(ParagraphInput input, TextSpan span)
    {
        _input = input;
        Start = span.Start;
        Length = span.Length;
    }

    /// <summary>The text, as described in the remarks.</summary>
    public string Text
    {
        get
        {
            string? text = _text;
            if (text is null)
            {
                // Two threads may both cut the text; they cut the same string, so the race is harmless. The input is
                // read once: a thread that finds it let go finds the text the other wrote before letting it go.
                text = Volatile.Read(ref _input) switch
                {
                    ParagraphInput paragraph => ReaderText.Of(paragraph.Text, Start, Length),
                    string input => input.Substring(Start, Length),
                    _ => _text!,
                };
                _text = text;
                Volatile.Write(ref _input, null);
            }

            return text;
        }
    }

    /// <summary>Index of the first UTF-16 code unit in the input.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units the segment covers in the input.</summary>
    public int Length { get; }

    /// <summary>The segment's range in the input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);

    /// <inheritdoc />
    public bool Equals(TextSegment? other) =>
        other is not null && Start == other.Start && Length == other.Length && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Reads the parts back, as a positional record would.</summary>
    public void Deconstruct(out string text, out int start, out int length) => (text, start, length) = (Text, Start, Length);
}
