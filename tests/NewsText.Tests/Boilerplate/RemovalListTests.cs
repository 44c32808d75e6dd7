using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class RemovalListTests
{
    [Fact]
    public void Makes_each_record_once_with_its_text_cut_from_the_input()
    {
        const string input = "Share on Facebook\nThe body.\nAdvertisement";
        var list = new RemovalList(input,
        [
            new Removal(new TextSpan(0, 17), RemovalKind.Share, "share or follow button"),
            new Removal(new TextSpan(28, 13), RemovalKind.Advertisement, "advertisement or sponsored label"),
        ]);

        Assert.Equal(2, list.Count);
        Assert.Same(list[1], list[1]);
        Assert.Equal(["Share on Facebook", "Advertisement"], list.Select(r => r.Text));
        Assert.Equal(new RemovedText("Advertisement", 28, 13, RemovalKind.Advertisement, "advertisement or sponsored label"), list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
    }
}
