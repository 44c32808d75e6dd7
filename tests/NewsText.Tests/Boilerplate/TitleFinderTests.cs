using static NewsText.Tests.Boilerplate.SamplePage;

namespace NewsText.Tests.Boilerplate;

/// <summary>Which line of a page's header the stripper takes for the headline, on pages written for these tests.</summary>
public sealed class TitleFinderTests
{
    // These pages print a longer headline than the sample page's.
    private const string Headline = "Harbor City Votes to Build Its First Tidal Barrier Across the Harbor";

    // A video player above the body prints its own title and a caption that ends with the video's date.
    private const string VideoTitle = "Video Shows Harbor City Council Vote on Tidal Barrier";

    [Theory]
    [InlineData("A video showing the moment the city council voted to build a tidal barrier across the harbor was released by the city on Tuesday. (Published Tuesday, Nov. 19, 2019)")]
    [InlineData("Council members voted on the tidal barrier across the harbor at a meeting that lasted until midnight, on November 19, 2019, at city hall.")]
    public void A_caption_that_mentions_a_date_does_not_vouch_for_the_headline_above_it(string caption)
    {
        string text = Page(
        [
            .. Menu, Headline, "The gates will cost two billion dollars and take six years to build.", "By Maria Okafor",
            "Published Nov 19, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 19, 2019", "Newsletters",
            VideoTitle, caption, Paragraph1, Paragraph2, Paragraph3,
        ]);

        Assert.Equal(Headline, Article.Parse(text).Title);
    }

    [Fact]
    public void A_sentence_case_headline_under_a_section_label_is_the_headline_not_its_standfirst()
    {
        // "Science and Environment News" is in title case, as headlines often are, but the body uses none of its words.
        const string headline = "Steel gates to shut out the sea after years of floods";
        string text = Page(
        [
            .. Menu, "Science and Environment Picture Galleries", "Science and Environment News", headline,
            "A tidal barrier will close the harbor mouth against storm surges, the council decided.", "9:39AM GMT 19 Nov 2019",
            Paragraph1, Paragraph2, Paragraph3,
        ]);

        Assert.Equal(headline, Article.Parse(text).Title);
    }

    private const string CloseRival = "Council Votes to Build Movable Tidal Barrier Across Harbor Mouth";

    [Theory]
    [InlineData("November 19, 2019")]
    [InlineData("Published Nov 19, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 19, 2019")]
    [InlineData("19/11/2019 Maria Okafor All, Climate, City Hall")]
    public void A_date_line_under_the_headline_vouches_for_it(string dateLine)
    {
        // The line above the body uses more of the body's words: the date line is what tells the headline.
        string text = Page([.. Menu, Headline, dateLine, "Newsletters", CloseRival, Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(Headline, Article.Parse(text).Title);
    }

    [Theory]
    [InlineData("Harbor Barrier Approved")]
    [InlineData("Tidal Barrier Debate Ends")]
    public void A_short_title_case_headline_that_reads_like_a_name_is_still_a_headline(string headline)
    {
        string text = Page([.. Menu, "Storm Watch", "Coastal Living", headline, "Share on Facebook", Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(headline, Article.Parse(text).Title);
    }

    [Theory]
    [InlineData("Maria Okafor")]
    [InlineData("Maria Luisa Okafor")]
    public void A_name_under_the_headline_stays_the_byline(string name)
    {
        string text = Page([.. Menu, "Council approves the harbor barrier after a decade of debate", name, "November 19, 2019", Paragraph1, Paragraph2, Paragraph3]);

        Article article = Article.Parse(text);

        Assert.Equal("Council approves the harbor barrier after a decade of debate", article.Title);
        Assert.Equal([name], article.Authors);
    }

    [Fact]
    public void The_only_top_heading_of_a_markdown_page_is_its_headline()
    {
        // html2text writes the page's <h1> as "# …"; the body's words favour the photo's description above the text.
        const string photo = "The city council voted on Tuesday to build a tidal barrier across the harbor";
        string text = Page(
        [
            .. Menu, "## Most Popular", "# " + Headline, "[Share](https://example.com/share)", photo, Paragraph1, Paragraph2, Paragraph3,
        ]);

        Assert.Equal(Headline, Article.Parse(text).Title);
    }

    [Fact]
    public void The_authors_photo_between_headline_and_byline_does_not_part_them()
    {
        // lynx prints a picture's file name in brackets; the article's own picture, under the share bar, has a caption
        // in title case that the body's words match as well as the headline's.
        const string caption = "Harbor City Tidal Barrier Gates";
        string text = Page(
        [
            .. Menu, Headline, "[maria_okafor_60x60.png]", "By: Maria Okafor November 19, 2019 3:21 PM PST", "Share", "56 comments",
            caption, Paragraph1, Paragraph2, Paragraph3,
        ]);

        Assert.Equal(Headline, Article.Parse(text).Title);
    }
}
