using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class GluedTeaserTests
{
    /// <summary>Stories' cards as a browser copies them: each headline runs into its summary with no space between them.</summary>
    public static readonly string[] Cards =
    [
        "Ferry Fares Will Stay The Same Next SummerThe island's ferry company said it would not raise its fares for another year, whatever fuel costs.",
        "Police: 2 Held After Break-In At Harbor Fish MarketA man and a woman were arrested early on Sunday after the market's alarm went off twice.",
        "School Board To Mail Ballots To 25,000 ParentsThe district will ask every family to vote on the new start time by the end of the month.",
        "Weather Today in Harbor City (This Morning)Some sunshine by noon, then a cold wind off the bay that will last into the evening hours.",
        "Is The Old Lighthouse Finally Being Restored?Volunteers have raised half of what the repairs would cost, and the council may pay the rest.",
    ];

    [Theory]
    [MemberData(nameof(CardData))]
    public void A_headline_run_into_its_summary_is_a_glued_teaser(string block) =>
        Assert.True(GluedTeaser.Is(block, BlockFeatures.Compute(block)));

    public static TheoryData<string> CardData => [.. Cards];

    [Theory]
    // Names and brands glue their own parts.
    [InlineData("The New 16-Inch MacBook Pro Also Features a physical escape key and an inverted arrow layout, the company said.")]
    [InlineData("Wichita East's Hugh McPherson Won first place in the 100 yard freestyle, and the team finished second overall.")]
    [InlineData("The Harbor City Post And YouTube announced on Monday that they would stream every council meeting from next year.")]
    // A paragraph, two sentences run together, a headline with no summary, and a row of menu labels run together.
    [InlineData("The council voted on Tuesday to build a barrier across the mouth of the harbor, ending a decade of debate.")]
    [InlineData("Mayor Ann Lee of Harbor City told reportersThe barrier will be finished by 2026, she said, and it will protect every home.")]
    [InlineData("Harbor City Votes to Build Its First Tidal Barrier")]
    [InlineData("Local News Sports Weather Traffic CamerasClosings And Delays Contact Us About Us Careers Advertise With Us.")]
    public void Other_lines_are_not(string block) =>
        Assert.False(GluedTeaser.Is(block, BlockFeatures.Compute(block)));

    [Fact]
    public void Only_glued_teasers_with_another_near_them_are_a_list_of_stories()
    {
        // Two cards with a label between them, then, far below, a photo's credit run into a caption.
        var blocks = new BlockInfo[7];
        int last = GluedTeaser.NoneSeen;
        foreach (int glued in new[] { 0, 2, 6 })
        {
            last = GluedTeaser.MarkList(blocks, glued, last);
        }

        Assert.Equal(
            [RemovalKind.Related, null, RemovalKind.Related, null, null, null, null],
            blocks.Select(b => b.Chrome));
    }
}
