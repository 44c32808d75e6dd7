namespace NewsText.Tests.Model;

public sealed class RemovedTextTests
{
    private const string Page = "Share on Facebook\n\nThe council voted on Tuesday to build the barrier, which will cost the city far less than expected.\n";

    [Fact]
    public void A_parsed_removal_reads_its_text_from_the_input_and_equals_one_built_with_its_text()
    {
        RemovedText parsed = Assert.Single(Article.Parse(Page).Removed);
        var built = new RemovedText("Share on Facebook", 0, 17, RemovalKind.Share, parsed.Reason);

        Assert.Equal("Share on Facebook", parsed.Text);
        Assert.Equal(built, parsed);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
        Assert.NotEqual(built with { }, new RemovedText("Share on Twitter", 0, 17, RemovalKind.Share, parsed.Reason));
    }

    [Fact]
    public void Deconstructs_like_a_positional_record()
    {
        (string text, int start, int length, RemovalKind kind, string reason) = new RemovedText("Menu", 4, 4, RemovalKind.Navigation, "menu");

        Assert.Equal(("Menu", 4, 4, RemovalKind.Navigation, "menu"), (text, start, length, kind, reason));
    }

    [Fact]
    public void Null_text_or_reason_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new RemovedText(null!, 0, 0, RemovalKind.Share, "share"));
        Assert.Throws<ArgumentNullException>(() => new RemovedText("Share", 0, 5, RemovalKind.Share, null!));
    }
}
