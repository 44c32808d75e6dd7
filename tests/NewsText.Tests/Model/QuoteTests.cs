namespace NewsText.Tests.Model;

public sealed class QuoteTests
{
    private const string Words = "We are done mopping up after every storm.";
    private const string Page = "The council voted on Tuesday to build the barrier.\n\n“" + Words + "” Mayor Elena Brandt said.\n";

    [Fact]
    public void A_found_quote_reads_its_text_from_the_input_and_equals_one_built_with_its_text()
    {
        Quote found = Assert.Single(Article.Parse(Page).Quotes);
        var built = new Quote(Words, Page.IndexOf(Words, StringComparison.Ordinal), Words.Length, QuoteKind.Direct, found.Cue, found.Speaker);

        Assert.Equal(Words, found.Text);
        Assert.Equal(built, found);
        Assert.Equal(built.GetHashCode(), found.GetHashCode());
        Assert.NotEqual(built, built with { Text = "We are not done" });
    }

    [Fact]
    public void A_copy_with_another_place_keeps_its_text()
    {
        // The text is cut when first read; a copy moved before that must still give the words of the original.
        Quote found = Assert.Single(Article.Parse(Page).Quotes);

        Quote moved = found with { Start = 0, Length = 3 };

        Assert.Equal(Words, moved.Text);
        Assert.Equal((0, 3), (moved.Start, moved.Length));
        Assert.NotEqual(found, moved);
    }

    [Fact]
    public void Deconstructs_like_a_positional_record()
    {
        (string text, int start, int length, QuoteKind kind, TextSegment? cue, QuoteSpeaker? speaker) =
            new Quote("done", 4, 4, QuoteKind.Indirect, null, null);

        Assert.Equal(("done", 4, 4, QuoteKind.Indirect, (TextSegment?)null, (QuoteSpeaker?)null), (text, start, length, kind, cue, speaker));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new Quote(null!, 0, 0, QuoteKind.Direct, null, null));
        Assert.Throws<ArgumentNullException>(() => new Quote("x", 0, 1, QuoteKind.Direct, null, null) with { Text = null! });
    }
}
