using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class IndentedLayoutTests
{
    // Three lines of a paragraph indented by three, the longest reaching column 76.
    private const string Paragraph =
        "   The city council voted on Tuesday to build a movable tidal barrier across\n" +
        "   the mouth of the harbor, ending a decade of debate over how to protect\n" +
        "   the waterfront from storm surges.";

    [Theory]
    [InlineData("Harbor City Votes to Build Its First Tidal Barrier", true)]
    [InlineData("             Harbor City Votes to Build Its First Tidal Barrier", true)]
    // Indented like the paragraphs, a line sets nothing apart, however far it reaches; nor does one a little right of them.
    [InlineData("   Harbor City Votes to Build Its First Movable Tidal Barrier in the Harbor", false)]
    [InlineData("   Harbor City Votes to Build Its First Tidal Barrier", false)]
    [InlineData("      Harbor City Votes to Build Its First Tidal Barrier Across the Bay", false)]
    public void A_line_left_of_or_centred_over_the_paragraphs_is_set_apart(string line, bool setApart)
    {
        string text = line + "\n\n" + Paragraph + "\n\n" + Paragraph;
        using PooledList<Block> segmented = BlockSegmenter.Segment(text);
        BlockInfo[] blocks = [.. segmented.AsSpan().ToArray().Select(b => new BlockInfo { Block = b })];

        IndentedLayout layout = IndentedLayout.Of(text, blocks, bodyFirst: 1, bodyBlocks: 2);

        Assert.Equal((3, 76), (layout.BodyIndent, layout.Width));
        Assert.Equal(setApart, layout.SetsApart(text, blocks[0].Block));
    }
}
