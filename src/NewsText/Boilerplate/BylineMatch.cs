namespace NewsText.Boilerplate;

/// <summary>What <see cref="BylineParser"/> read from a block.</summary>
/// <param name="Kind"><see cref="RemovalKind.Byline"/> or <see cref="RemovalKind.Avatar"/>.</param>
/// <param name="Authors">The author names, as spans of the input.</param>
/// <param name="Certainty">How sure the reading is; the stripper asks for more context the less sure it is.</param>
internal sealed record BylineMatch(RemovalKind Kind, IReadOnlyList<TextSpan> Authors, BylineCertainty Certainty)
{
    public BylineSummary Summary => new(Kind, Certainty, Authors.Count > 0);

    /// <inheritdoc cref="BylineSummary.NameOnly"/>
    public bool NameOnly => Summary.NameOnly;

    /// <inheritdoc cref="BylineSummary.Marked"/>
    public bool Marked => Summary.Marked;
}
