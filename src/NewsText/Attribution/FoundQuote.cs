namespace NewsText.Attribution;

/// <summary>A quote as the finders see it, before its speaker is resolved.</summary>
/// <param name="ContentStart">Where the content starts in the input.</param>
/// <param name="ContentEnd">Where it ends.</param>
/// <param name="Kind">Direct, mixed or indirect.</param>
/// <param name="Cue">The cue's span, when there is one.</param>
/// <param name="Mention">Who the text says spoke, when it says so.</param>
/// <param name="Why">Why that mention was chosen, for the log.</param>
internal readonly record struct FoundQuote(int ContentStart, int ContentEnd, QuoteKind Kind, TextSpan? Cue, Mention? Mention, string Why);
