using System.Text.Json.Serialization;
using NewsText.Serialization;

namespace NewsText;

/// <summary>How a quote reports what was said.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<QuoteKind>))]
public enum QuoteKind
{
    /// <summary>The words inside quotation marks: <c>“We will win,” she said.</c></summary>
    Direct,
    /// <summary>A reported clause holding a quoted fragment: <c>She said the talks were “going well”.</c></summary>
    Mixed,
    /// <summary>Reported speech without quotation marks: <c>She said that the talks went well.</c></summary>
    Indirect,
}
