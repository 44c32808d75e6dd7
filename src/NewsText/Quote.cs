using System.Text.Json.Serialization;

namespace NewsText;

/// <summary>Something the article reports somebody said, with its cue and speaker.</summary>
/// <param name="Text">The content: for a direct quote the words inside the quotation marks, for mixed and indirect
/// quotes the reported clause. Exactly the substring at <paramref name="Start"/>.</param>
/// <param name="Start">Index of the content's first UTF-16 code unit in the input.</param>
/// <param name="Length">Number of UTF-16 code units of the content.</param>
/// <param name="Kind">Direct, mixed or indirect.</param>
/// <param name="Cue">The words or mark that introduce the quote ("said", "according to", "–", ":"), when there is one.</param>
/// <param name="Speaker">The speaker, when one could be found.</param>
public sealed record Quote(string Text, int Start, int Length, QuoteKind Kind, TextSegment? Cue, QuoteSpeaker? Speaker)
{
    /// <summary>The content's range in the input.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
