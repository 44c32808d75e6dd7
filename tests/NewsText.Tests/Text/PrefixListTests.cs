using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class PrefixListTests
{
    private static readonly string[] Prefixes = ["share on ", "share this", "tag:", "don’t miss", "(photo", "share", "related:"];

    private static readonly PrefixList List = new(Prefixes);

    [Theory]
    [InlineData("")]
    [InlineData("sha")]
    [InlineData("Share")]
    [InlineData("SHARE THIS story")]
    [InlineData("Share on Facebook")]
    [InlineData("Shared values")]
    [InlineData("TAG: news")]
    [InlineData("tag")]
    [InlineData("Tags: news")]
    [InlineData("Don’t Miss")]
    [InlineData("Don't miss")]
    [InlineData("(PHOTO: AP)")]
    [InlineData("(phöto")]
    [InlineData("ſhare this")]
    [InlineData("shaRE")]
    [InlineData("Related: the story")]
    [InlineData("Relatedness")]
    [InlineData("éshare")]
    [InlineData("sh\u0131re")]
    public void Finds_the_first_prefix_in_list_order_ignoring_case(string text)
    {
        int expected = Array.FindIndex(Prefixes, p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(expected, List.FirstMatch(text));
    }

    [Fact]
    public void Refuses_a_prefix_it_cannot_key()
    {
        Assert.Throws<ArgumentException>(() => new PrefixList("by:"));
        Assert.Throws<ArgumentException>(() => new PrefixList("éclair"));
        Assert.Throws<ArgumentException>(() => new PrefixList("caf\u00E9 news"));
    }
}
