using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsText.Serialization;

/// <summary>Writes an enum as its camelCase name ("direct", "repeatedTitle") without reflection, so AOT stays clean.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
