using System.Text.Json.Serialization;

namespace NewsText;

/// <summary>A block of the input that is not in the article body, with the reason it was set aside.</summary>
/// <param name="Text">The block's text, exactly the substring at <paramref name="Start"/>.</param>
/// <param name="Start">Index of the first UTF-16 code unit in the input.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Kind">The category of the removal.</param>
/// <param name="Reason">A sentence a person can read, such as "avatar alt-text; the name went to the authors".</param>
public sealed record RemovedText(string Text, int Start, int Length, RemovalKind Kind, string Reason)
{
    /// <summary>The block's range in the input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
