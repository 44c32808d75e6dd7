using System.Text.Json.Serialization;

namespace NewsText;

/// <summary>
/// A piece of the input: its text and where it stands, in UTF-16 code units of the parsed string.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is exactly the substring at <see cref="Start"/>, <see cref="Length"/>, with one exception:
/// a paragraph that the input hard-wrapped over several lines is re-joined, so each line break inside it (with the
/// white space around it) reads as a single space. Its span still covers every original line.
/// </remarks>
/// <param name="Text">The text, as described in the remarks.</param>
/// <param name="Start">Index of the first UTF-16 code unit in the input.</param>
/// <param name="Length">Number of UTF-16 code units the segment covers in the input.</param>
public sealed record TextSegment(string Text, int Start, int Length)
{
    /// <summary>The segment's range in the input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
