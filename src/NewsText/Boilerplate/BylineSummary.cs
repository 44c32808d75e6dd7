namespace NewsText.Boilerplate;

/// <summary>What the stripper keeps of a <see cref="BylineMatch"/> for every block: all but the author names.</summary>
/// <remarks>
/// The few bylines whose names the article keeps are read again from their blocks (<see cref="BlockInfo.Authors"/>).
/// Records holding every reading's list of names would keep them all alive while the parse runs, which on a large
/// input the collector pays for again and again.
/// </remarks>
/// <param name="Kind"><see cref="RemovalKind.Byline"/> or <see cref="RemovalKind.Avatar"/>.</param>
/// <param name="Certainty">How sure the reading is.</param>
/// <param name="HasAuthors">Whether it names anyone: a lone "By" does not.</param>
internal readonly record struct BylineSummary(RemovalKind Kind, BylineCertainty Certainty, bool HasAuthors)
{
    /// <summary>The block is nothing but a name: a byline only where the page layout says so.</summary>
    public bool NameOnly => Certainty == BylineCertainty.NameOnly;

    /// <summary>Introduced by "By" or an avatar: a byline wherever it stands.</summary>
    public bool Marked => Certainty == BylineCertainty.Marked;
}
