using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class LineMarkupTests
{
    [Theory]
    [InlineData("# Harbor City Votes to Build a Barrier", "Harbor City Votes to Build a Barrier")]
    [InlineData("### Related stories", "Related stories")]
    [InlineData("  * [Home](https://example.com/)", "Home")]
    [InlineData("- [World news](/world \"World\")", "World news")]
    [InlineData("![Maria Okafor](https://example.com/okafor.jpg)", "Maria Okafor")]
    [InlineData("* [12]Sport", "Sport")]
    [InlineData("> A quoted line", "A quoted line")]
    [InlineData("**Read more:**", "Read more:")]
    [InlineData("• Newsletter", "Newsletter")]
    [InlineData("•\u00a0Young Hollywood Awards", "Young Hollywood Awards")]
    [InlineData("□ Sport", "Sport")]
    [InlineData("    [] Alexia Tsotsis", "Alexia Tsotsis")]
    [InlineData("  * [![Special Report: The Summit](http://example.com/summit.jpg)](/id/44318876/)", "Special Report: The Summit")]
    [InlineData("[add to favourites](javascript:void\\(window.open\\('http://example.com/add'\\)\\))", "add to favourites")]
    // Debian's html2text: "******" around an <h1>, fewer stars for the lower levels, closed on the heading's last line.
    [InlineData("****** Harbor City Votes to Build a Barrier ******", "Harbor City Votes to Build a Barrier")]
    [InlineData("*** Related stories ***", "Related stories")]
    [InlineData("Relations With the Harbor Board ******", "Relations With the Harbor Board")]
    public void A_decorated_line_becomes_its_visible_text(string line, string visible)
    {
        Assert.Equal(visible, Visible(line));
    }

    [Theory]
    [InlineData("#hashtag of the day")]
    [InlineData("-5 degrees tonight")]
    [InlineData("[1] Smith J. Alarm fatigue. 2015.")]
    [InlineData("[Updated] The council met (again) on Tuesday")]
    [InlineData("[Read the report](https://example.com/report) and tell us (below) what you think")]
    [InlineData("* ")]
    [InlineData("[]")]
    [InlineData("[]Alexia")]
    [InlineData("The council met on Tuesday.")]
    [InlineData("![An image whose description runs on to the next")]
    [InlineData("The council met on Tuesday.**")]
    [InlineData("The council met on Tuesday. *")]
    public void Text_that_only_looks_like_markup_is_kept_whole(string line)
    {
        Assert.Equal(line.Trim(), Visible(line));
    }

    [Fact]
    public void A_markdown_page_gives_the_title_body_and_removals_of_plain_text()
    {
        const string Body =
            "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a " +
            "decade of debate over how to protect the waterfront from storm surges. The barrier will cost an estimated " +
            "$1.2 billion and take six years to build, officials said.";
        string markdown = string.Join("\n\n",
            "* [Home](https://example.com/)", "* [World](https://example.com/world/)", "* [Sport](https://example.com/sport/)",
            "# Harbor City Votes to Build Its First Tidal Barrier",
            Body, Body.Replace("Tuesday", "Wednesday", StringComparison.Ordinal),
            "* [Share on Facebook](https://facebook.com/sharer)");

        Article article = Article.Parse(markdown);

        Assert.Equal("Harbor City Votes to Build Its First Tidal Barrier", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(
            [(RemovalKind.Navigation, "Home"), (RemovalKind.Navigation, "World"), (RemovalKind.Navigation, "Sport"),
             (RemovalKind.Title, article.Title!), (RemovalKind.Share, "Share on Facebook")],
            article.Removed.Select(r => (r.Kind, r.Text)));
    }

    [Theory]
    [InlineData("[Jane Doe](https://example.com/staff/jane-doe) and more", "Jane Doe", "[Jane Doe](https://example.com/staff/jane-doe)")]
    [InlineData("[Jane Doe, CNN](/profiles/jd)", "Jane Doe, CNN", "[Jane Doe, CNN](/profiles/jd)")]
    [InlineData("[12]Jane Doe and [13]John Roe", "Jane Doe and [13]John Roe", "[12]Jane Doe and [13]John Roe")]
    [InlineData("[Jane Doe](/staff/jd \"Jane's page\"), Reuters", "Jane Doe", "[Jane Doe](/staff/jd \"Jane's page\")")]
    [InlineData("[![](/jd.jpg) Jane Doe](/staff/jd) writes", "![](/jd.jpg) Jane Doe", "[![](/jd.jpg) Jane Doe](/staff/jd)")]
    [InlineData("[Monde](/wiki/Monde_(série)) is", "Monde", "[Monde](/wiki/Monde_(série))")]
    public void An_inline_link_gives_its_visible_text(string text, string visible, string markup)
    {
        Assert.True(LineMarkup.TryReadInlineLink(text, 0, text.Length, out int visibleStart, out int visibleEnd, out int after));
        Assert.Equal(visible, text[visibleStart..visibleEnd]);
        Assert.Equal(markup, text[..after]);
    }

    [Theory]
    [InlineData("[1] Smith J. Alarm fatigue.")]
    [InlineData("[Jane Doe] (https://example.com/jd)")]
    [InlineData("[Jane Doe](see below)")]
    [InlineData("[Jane Doe](https://example.com/jd")]
    [InlineData("[[Jane]](x)")]
    [InlineData("[Jane Doe](https://example.com/jd [13]John Roe)")]
    [InlineData("[Jane Doe]( https://example.com/jd)")]
    [InlineData("[12], as noted")]
    [InlineData("Jane Doe")]
    [InlineData("[")]
    public void Brackets_that_are_no_inline_link_are_not_read_as_one(string text)
    {
        Assert.False(LineMarkup.TryReadInlineLink(text, 0, text.Length, out _, out _, out _));
    }

    [Fact]
    public void A_markdown_image_is_no_headline_or_paragraph_but_a_caption()
    {
        const string Body =
            "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a " +
            "decade of debate over how to protect the waterfront from storm surges, officials said after the vote.";
        const string Image = "![Mayor Elena Brandt Speaks to Reporters at the Harbor](https://example.com/brandt.jpg)";
        string markdown = string.Join("\n\n", "# Harbor City Votes to Build Its First Tidal Barrier", Image, Body,
            Body.Replace("Tuesday", "Wednesday", StringComparison.Ordinal), Body.Replace("Tuesday", "Thursday", StringComparison.Ordinal));

        Article article = Article.Parse(markdown);

        Assert.Equal("Harbor City Votes to Build Its First Tidal Barrier", article.Title);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("Mayor Elena Brandt Speaks to Reporters at the Harbor", Assert.Single(article.Removed, r => r.Kind == RemovalKind.Caption).Text);
    }

    [Theory]
    [InlineData("intro\n![A picture](a.jpg)", true)]
    [InlineData("intro\n![A description that runs on to the next", true)]
    [InlineData("intro\n[A link](a.html)", false)]
    [InlineData("intro\nWow! [A link](a.html)", false)]
    public void A_block_narrowed_from_a_markdown_image_or_opening_one_is_an_image(string text, bool image)
    {
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);

        Assert.Equal(image, LineMarkup.IsImage(text, blocks[blocks.Count - 1].Start));
    }

    [Theory]
    [InlineData("# Harbor City Votes", true, false)]
    [InlineData("## Harbor City Votes", false, false)]
    [InlineData("****** Harbor City Votes ******", true, true)]
    [InlineData("***** Harbor City Votes *****", false, true)]
    [InlineData("** Harbor City Votes **", false, true)]
    [InlineData("* Harbor City Votes", false, false)]
    [InlineData("Harbor City Votes", false, false)]
    public void A_headings_marks_tell_its_level(string line, bool top, bool starred)
    {
        using PooledList<Block> blocks = BlockSegmenter.Segment(line);

        Assert.Equal((top, starred), (LineMarkup.IsTopHeading(line, blocks[0].Start), LineMarkup.OpensStarredHeading(line, blocks[0].Start)));
    }

    private static string Visible(string line)
    {
        using PooledList<Block> blocks = BlockSegmenter.Segment(line);
        return blocks.Count == 0 ? "" : blocks[0].Slice(line).ToString();
    }
}
