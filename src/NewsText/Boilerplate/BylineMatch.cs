namespace NewsText.Boilerplate;

/// <summary>What <see cref="BylineParser"/> read from a block.</summary>
/// <param name="Kind"><see cref="RemovalKind.Byline"/> or <see cref="RemovalKind.Avatar"/>.</param>
/// <param name="Authors">The author names, as spans of the input.</param>
/// <param name="Certainty">How sure the reading is; the stripper asks for more context the less sure it is.</param>
internal sealed record BylineMatch(RemovalKind Kind, IReadOnlyList<TextSpan> Authors, BylineCertainty Certainty)
{
    /// <summary>The block is nothing but a name: a byline only where the page layout says so.</summary>
    public bool NameOnly => Certainty == BylineCertainty.NameOnly;

    /// <summary>Introduced by "By" or an avatar: a byline wherever it stands.</summary>
    public bool Marked => Certainty == BylineCertainty.Marked;
}
