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

    [Theory]
    // A picture's description, then its credit, or its caption, which opens with the description again.
    [InlineData("Image: Harbor City Post")]
    [InlineData(CloseRival + " Crédits photo :")]
    public void A_pictures_title_is_no_headline(string credit)
    {
        // The picture's title uses more of the body's words than the headline, and is nearer the body.
        string text = Page([.. Menu, Headline, "Share", CloseRival, credit, "Jean Doe/Harbor City Post", Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(Headline, Article.Parse(text).Title);
    }

    [Theory]
    [InlineData("Home CLIMATE Flood Defenses")]
    [InlineData("Home Sections Flood Defenses")]
    public void A_breadcrumb_between_headline_and_byline_is_no_headline(string breadcrumb)
    {
        // The page drew the breadcrumb's separators as pictures; the byline under it vouches for the line above it, and
        // the headline uses few of the body's words.
        const string headline = "Port town picks steel gates to hold back the sea";
        string text = Page([.. Menu, headline, breadcrumb, "By Maria Okafor", "November 19, 2019", Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(headline, Article.Parse(text).Title);
    }

    [Theory]
    [InlineData("Home Owners Cheer Harbor Barrier Vote")]
    // A section's label second, but too many words for a breadcrumb.
    [InlineData("Home Video Shows the Harbor Barrier Vote From the Public Gallery")]
    public void A_headline_that_opens_with_home_is_still_a_headline(string headline)
    {
        string text = Page([.. Menu, "Harbor Climate Desk Reports", headline, "By Maria Okafor", "November 19, 2019", Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(headline, Article.Parse(text).Title);
    }

    [Fact]
    public void A_title_case_headline_may_end_with_an_initialism()
    {
        const string headline = "Harbor City Votes to Build the First Tidal Barrier in the U.S.";
        string text = Page([.. Menu, headline, "November 19, 2019", Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(headline, Article.Parse(text).Title);
    }

    [Fact]
    public void A_sentence_that_ends_with_an_initialism_is_no_headline()
    {
        // An article that starts without a headline: its first paragraph is one sentence.
        const string first = "Harbor City will build the first movable tidal barrier in the U.S.";
        string text = Page([first, Paragraph1, Paragraph2, Paragraph3]);

        Article article = Article.Parse(text);

        Assert.Null(article.Title);
        Assert.Equal(first, article.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("# ")]
    [InlineData("****** ")]
    public void The_only_top_heading_may_end_with_a_full_stop(string mark)
    {
        // A headline that is a sentence; Debian's html2text closes the heading with its stars too.
        const string headline = "The Harbor Mayor's Oath.";
        string closing = mark == "# " ? "" : " ******";
        string text = Page([.. Menu, "## Most Popular", mark + headline + closing, "Harbor City Tidal Barrier Gates", Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal(headline, Article.Parse(text).Title);
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

    [Theory]
    [InlineData("//www.harborcitypost.com/plugins/like.php?href=http%3A%2F%2Fwww.harbor", "citypost.com%2Fcouncil-votes-to-build-movable-tidal-barrier&send=false")]
    [InlineData("https://www.harborcitypost.com/2019/11/19/council-votes-to-build-movab", "le-tidal-barrier-across-harbor-mouth")]
    [InlineData("www.harborcitypost.com/plugins/like.php?href=http%3A%2F%2Fwww.harborcity", "post.com%2Fcouncil-votes-to-build-movable-tidal-barrier&send=false")]
    public void An_address_is_no_headline(string addressStart, string addressEnd)
    {
        // A text browser prints a frame's address where the page shows a share button, broken over lines as a word
        // too long for one; this page prints no headline.
        string text = Page([.. Menu.Select(Indented), Indented("Share"), $"   {addressStart}\n   {addressEnd}",
            Indented(Paragraph1), Indented(Paragraph2), Indented(Paragraph3)]);

        Assert.Null(Article.Parse(text).Title);
    }

    // How lynx and elinks lay out a page, 76 columns wide: every paragraph, label and list indented by three.
    private const int Columns = 76;

    [Fact]
    public void A_text_browsers_heading_at_the_margin_of_an_indented_page_is_its_headline() =>
        Assert.Equal(Headline, Article.Parse(BrowserDump(Headline)).Title);

    [Fact]
    public void A_text_browsers_heading_centred_over_an_indented_page_is_its_headline()
    {
        // Centred, a shorter headline stands well right of the paragraphs.
        const string headline = SamplePage.Headline;
        string text = BrowserDump(new string(' ', (Columns - headline.Length) / 2) + headline);

        Assert.Equal(headline, Article.Parse(text).Title);
    }

    [Theory]
    // An HTML parser's text indents each element as deep as it is nested: with tabs, or with paragraphs at unlike depths.
    [InlineData("\t", "\t\t")]
    [InlineData("", "  |    |      ")]
    public void A_line_of_a_page_indented_by_its_markup_is_not_set_apart(string headlineIndent, string otherIndents)
    {
        string[] indents = otherIndents.Split('|');
        string[] blocks = BrowserDump(Headline).Split("\n\n");
        string text = string.Join("\n\n", blocks.Select((block, i) =>
            string.Join('\n', block.Split('\n').Select(line => (line == Headline ? headlineIndent : indents[i % indents.Length]) + line.TrimStart()))));

        Assert.Equal(CloseRival, Article.Parse(text).Title);
    }

    /// <summary>
    /// A page as a text browser prints it, with <paramref name="headline"/> as given; the line just above the body
    /// (a photo's title) uses more of the body's words, and no byline or date vouches for the headline.
    /// </summary>
    private static string BrowserDump(string headline) => string.Join("\n\n",
    [
        .. Menu.Select(Indented), headline, Indented("Share"), Indented("Newsletters"), Indented(CloseRival),
        Indented(Paragraph1), Indented(Paragraph2), Indented(Paragraph3),
    ]);

    private static string Indented(string paragraph)
    {
        var lines = new List<string>();
        string line = "  ";
        foreach (string word in paragraph.Split(' '))
        {
            if (line.Length + 1 + word.Length > Columns)
            {
                lines.Add(line);
                line = "  ";
            }

            line += " " + word;
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }
}
