namespace NewsText;

/// <summary>
/// Settings for <see cref="NewsTextParser"/>. Immutable: derive a variant with <c>with</c>, for example
/// <c>NewsTextOptions.Default with { ExtractQuotes = false }</c>.
/// </summary>
public sealed record NewsTextOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static NewsTextOptions Default { get; } = new();

    /// <summary>
    /// Whether to find quotes and speakers. Default true. Turn it off when only the clean article is needed; parsing
    /// is then faster.
    /// </summary>
    public bool ExtractQuotes { get; init; } = true;

    /// <summary>
    /// Whether to find indirect (reported) speech as well as direct and mixed quotes. Default true.
    /// </summary>
    public bool ExtractIndirectQuotes { get; init; } = true;

    /// <summary>
    /// The longest input, in UTF-16 code units, the parser accepts; longer input throws
    /// <see cref="ArgumentException"/> instead of being parsed. Default null: no limit. Parsing time is linear in the
    /// input's length either way; set a limit to bound the work one document can cause.
    /// </summary>
    public int? MaxInputLength { get; init; }
}
