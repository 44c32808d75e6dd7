using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class MoreStoriesHeadingTests
{
    [Theory]
    [InlineData("More in Harbor Politics")]
    [InlineData("MORE IN CITY HALL")]
    [InlineData("More on Flood Defenses")]
    [InlineData("More Great Harbor Post Stories")]
    [InlineData("More Business News")]
    [InlineData("More News from the Coast")]
    [InlineData("More Local Headlines ›")]
    public void A_heading_over_more_of_the_sites_stories_is_one(string block) =>
        Assert.True(MoreStoriesHeading.Is(block, BlockFeatures.Compute(block)));

    [Theory]
    [InlineData("More")]
    [InlineData("More in store")]
    [InlineData("More than a game")]
    [InlineData("More on that later.")]
    [InlineData("Moreover, the council voted no on the stories.")]
    [InlineData("Many more stories")]
    [InlineData("More people than ever are reading the local news")]
    public void A_sub_heading_or_sentence_that_opens_with_more_is_not(string block) =>
        Assert.False(MoreStoriesHeading.Is(block, BlockFeatures.Compute(block)));
}
