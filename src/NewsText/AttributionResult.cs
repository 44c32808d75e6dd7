namespace NewsText;

/// <summary>What an <see cref="IAttributionExtractor"/> found: the quotes in input order and the speakers.</summary>
/// <param name="Quotes">Quotes ordered by their start in the input.</param>
/// <param name="Speakers">Speakers in order of their first quote.</param>
public sealed record AttributionResult(IReadOnlyList<Quote> Quotes, IReadOnlyList<Speaker> Speakers)
{
    /// <summary>A result with no quotes and no speakers.</summary>
    public static AttributionResult Empty { get; } = new([], []);
}
