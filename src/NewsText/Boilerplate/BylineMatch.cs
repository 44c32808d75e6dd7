namespace NewsText.Boilerplate;

/// <summary>What <see cref="BylineParser"/> read from a block.</summary>
/// <param name="Kind"><see cref="RemovalKind.Byline"/> or <see cref="RemovalKind.Avatar"/>.</param>
/// <param name="Authors">The author names, as spans of the input.</param>
/// <param name="NameOnly">The block is nothing but a name: a byline only where the page layout says so.</param>
internal sealed record BylineMatch(RemovalKind Kind, IReadOnlyList<TextSpan> Authors, bool NameOnly = false);
