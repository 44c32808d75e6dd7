namespace NewsText.Tests.Model;

public sealed class TextSegmentTests
{
    [Fact]
    public void A_parsed_paragraph_reads_its_text_from_the_input_and_equals_one_built_with_its_text()
    {
        const string Paragraph = "The council voted on Tuesday to build the barrier, which will cost the city far less than expected.";
        TextSegment parsed = Assert.Single(Article.Parse("Share on Facebook\n\n" + Paragraph + "\n").Paragraphs);
        var built = new TextSegment(Paragraph, 19, Paragraph.Length);

        Assert.Equal(Paragraph, parsed.Text);
        Assert.Equal(built, parsed);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
        Assert.NotEqual(built, new TextSegment("The council voted on Monday", 19, Paragraph.Length));
    }

    [Fact]
    public void A_hard_wrapped_paragraph_reads_as_one_line_and_its_span_covers_every_line()
    {
        string[] lines =
        [
            "The city council voted on Tuesday to build a movable tidal barrier across",
            "the mouth of the harbor, ending a decade of debate over how to protect the",
            "waterfront from the storm surges that flooded it three times since 2010.",
            "",
            "The barrier, a row of hinged steel gates that lie on the seabed until a",
            "surge is forecast, is expected to cost two billion dollars and to take six",
            "years to build, according to the engineers who drew up the first designs.",
        ];
        string text = string.Join("\n", lines);

        TextSegment first = Article.Parse(text).Paragraphs[0];

        Assert.Equal(string.Join(" ", lines[..3]), first.Text);
        Assert.Equal(0, first.Start);
        Assert.Equal(string.Join("\n", lines[..3]).Length, first.Length);
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new TextSegment(null!, 0, 0));
    }
}
