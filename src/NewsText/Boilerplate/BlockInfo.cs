using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>One block with what the stripper knows about it; a mutable working record owned by one parse.</summary>
internal struct BlockInfo
{
    public Block Block;
    public BlockFeatures Features;

    /// <summary>What the lexicon, byline or date readers recognised, before any decision on the body.</summary>
    public RemovalKind? Chrome;

    /// <summary>Whether the block heads a comment section however long it is (see <see cref="CommentSectionHeading"/>).</summary>
    public bool HeadsComments;

    /// <summary>Whether the block signs a tweet the story embeds (see <see cref="TweetSignature"/>).</summary>
    public bool SignsTweet;

    public BylineSummary? Byline;
    public DateMatch? Date;
    public BlockRole Role;
    public RemovalKind RemovalKind;

    /// <summary>Why the block was removed: a constant, as the records go back to the pool uncleared and must keep nothing alive.</summary>
    public string? Reason;

    /// <summary>The names of the block's byline, read again from the block (see <see cref="BylineSummary"/>).</summary>
    public readonly IReadOnlyList<TextSpan> Authors(string text) => BylineParser.Parse(text, Block.Start, Block.Length, Date)?.Authors ?? [];

    /// <summary>
    /// Takes the features of <paramref name="earlier"/>, a block with the same text (see <see cref="RepeatedBlocks"/>),
    /// and what the recognisers found in it, its date moved to this block.
    /// </summary>
    public void RecogniseAs(in BlockInfo earlier)
    {
        Features = earlier.Features;
        Chrome = earlier.Chrome;
        HeadsComments = earlier.HeadsComments;
        SignsTweet = earlier.SignsTweet;
        Byline = earlier.Byline;
        Date = earlier.Date?.InBlockAt(Block.Start);
    }

    public void Remove(RemovalKind kind, string reason)
    {
        Role = BlockRole.Removed;
        RemovalKind = kind;
        Reason = reason;
    }
}
