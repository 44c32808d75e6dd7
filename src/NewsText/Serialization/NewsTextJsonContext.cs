using System.Text.Json.Serialization;

namespace NewsText.Serialization;

/// <summary>Source-generated metadata for the result model; public access goes through <see cref="NewsTextJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(IReadOnlyList<Article>))]
internal sealed partial class NewsTextJsonContext : JsonSerializerContext;
