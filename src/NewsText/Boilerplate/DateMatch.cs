namespace NewsText.Boilerplate;

/// <summary>A date found in the text: where it stands, and the block it was read from.</summary>
/// <remarks>
/// The ISO 8601 form is read again from the block when it is wanted (<see cref="DateParser.IsoOf"/>): a page prints many
/// dates and the article keeps one, and records that held a string each would keep every one of them alive while the
/// parse runs, which on a large input the collector pays for again and again.
/// </remarks>
internal readonly record struct DateMatch(int Start, int Length, int BlockStart, int BlockLength)
{
    /// <summary>The date at the same place in a block with the same text that starts at <paramref name="blockStart"/>.</summary>
    public DateMatch InBlockAt(int blockStart) => this with { Start = Start - BlockStart + blockStart, BlockStart = blockStart };
}
