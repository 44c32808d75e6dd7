using static NewsText.Tests.Boilerplate.SamplePage;

namespace NewsText.Tests.Boilerplate;

/// <summary>
/// The stripper on articles written for these tests: each page style NewsText reads, and each kind of cruft it removes.
/// </summary>
public sealed class StripperTests
{
    private static readonly string[] Footer =
    [
        "Related stories", "Storm surge floods Front Street again", "Why the barrier vote was delayed",
        "Comments (12)", "© 2019 Harbor City Post. All rights reserved.", "Privacy Policy | Terms of Use",
    ];

    private static string TypicalPage() => Page(
    [
        .. Menu, Headline, "By Maria Okafor and Tom Lindqvist, Reuters", "November 19, 2019 at 4:02 pm",
        "Share on Facebook", "Share on Twitter", Paragraph1, Paragraph2, "Advertisement", Paragraph3, Paragraph4, .. Footer,
    ]);

    [Fact]
    public void Finds_title_authors_date_and_body_of_a_typical_page()
    {
        string text = TypicalPage();

        Article article = Article.Parse(text);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(["Maria Okafor", "Tom Lindqvist"], article.Authors);
        Assert.Equal("2019-11-19T16:02", article.Published);
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Every_other_block_is_removed_once_in_order_with_a_reason()
    {
        string text = TypicalPage();

        Article article = Article.Parse(text);

        int blocks = text.Split("\n\n").Length;
        Assert.Equal(blocks, article.Paragraphs.Count + article.Removed.Count);
        Assert.Equal(article.Removed.OrderBy(r => r.Start), article.Removed);
        Assert.All(article.Removed, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Share && r.Text == "Share on Facebook");
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Advertisement && r.Text == "Advertisement");
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Comments && r.Text == "Comments (12)");
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Footer && r.Text.StartsWith('©'));
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Byline);
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Date);
    }

    [Fact]
    public void Every_span_is_the_substring_it_names()
    {
        string text = TypicalPage();

        Article article = Article.Parse(text);

        Assert.Equal(article.Title, article.TitleSpan!.Value.GetText(text));
        Assert.Equal(article.Authors, article.AuthorSpans.Select(s => s.GetText(text)));
        Assert.All(article.Paragraphs, p => Assert.Equal(text.Substring(p.Start, p.Length), p.Text));
        Assert.All(article.Removed, r => Assert.Equal(text.Substring(r.Start, r.Length), r.Text));
        Assert.Equal("November 19, 2019 at 4:02 pm", article.PublishedSpan!.Value.GetText(text));
    }

    [Fact]
    public void Crawler_text_with_one_line_per_block_parses_the_same()
    {
        string innerText = TypicalPage();
        string wet = innerText.Replace("\n\n", "\n", StringComparison.Ordinal);

        Article article = Article.Parse(wet);

        Assert.Equal(Article.Parse(innerText).Paragraphs.Select(p => p.Text), article.Paragraphs.Select(p => p.Text));
        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void Windows_line_ends_change_nothing_but_offsets()
    {
        string crlf = TypicalPage().Replace("\n", "\r\n", StringComparison.Ordinal);

        Article article = Article.Parse(crlf);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
        Assert.All(article.Paragraphs, p => Assert.Equal(crlf.Substring(p.Start, p.Length), p.Text));
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined_and_keep_their_span()
    {
        string text = Page([Headline, "By Maria Okafor", Wrap(Paragraph1), Wrap(Paragraph2), Wrap(Paragraph3), Wrap(Paragraph4)]);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
        TextSegment first = article.Paragraphs[0];
        Assert.Equal(Wrap(Paragraph1), text.Substring(first.Start, first.Length));
    }

    [Fact]
    public void Avatar_alt_text_and_a_lone_by_give_the_author_and_are_removed()
    {
        string text = Page(Headline, "Liam Avatar", "By", Paragraph1, Paragraph2, Paragraph3, "Liam Avatar");

        Article article = Article.Parse(text);

        Assert.Equal(["Liam"], article.Authors);
        Assert.Equal([RemovalKind.Title, RemovalKind.Avatar, RemovalKind.Byline, RemovalKind.Avatar], article.Removed.Select(r => r.Kind));
    }

    [Fact]
    public void A_wire_credit_line_after_the_body_names_the_reporter_and_is_removed()
    {
        string text = Page(Headline, Paragraph1, Paragraph2, Paragraph3, "Reporting by Maria Okafor; additional reporting by Tom Lindqvist, Ana de Souza and Mark Lee in London; Editing by Ann Lee and Tom Fay");

        Article article = Article.Parse(text);

        Assert.Equal(["Maria Okafor"], article.Authors);
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
    }


    [Fact]
    public void Bylines_in_a_related_list_after_the_article_are_other_storys_authors()
    {
        string text = Page(
        [
            .. Menu, Headline, "By Maria Okafor", Paragraph1, Paragraph2, Paragraph3, Paragraph4, "More from Harbor City Post",
            "Storm surge floods Front Street again", "By Tom Lindqvist", "Why the barrier vote was delayed", "By Ana de Souza",
        ]);

        Article article = Article.Parse(text);

        Assert.Equal(["Maria Okafor"], article.Authors);
    }
    [Fact]
    public void A_list_above_the_closing_credit_belongs_to_the_story()
    {
        string[] dates = ["June 9 – Harbor City, Civic Arena", "June 12 – Port Ellis, Bay Theatre", "June 15 – Northfield, Grand Hall", "June 18 – Westmoor, The Pavilion"];
        string text = Page([Headline, Paragraph1, Paragraph2, Paragraph3, "Hearing dates", .. dates, "Additional reporting by Tom Lindqvist", .. Footer]);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, "Hearing dates", .. dates], article.Paragraphs.Select(p => p.Text));
        Assert.Empty(article.Authors);
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Byline && r.Text.StartsWith("Additional reporting", StringComparison.Ordinal));
    }

    [Fact]
    public void What_follows_the_closing_credit_is_not_the_story()
    {
        string text = Page(
            Headline, Paragraph1, Paragraph2, Paragraph3, "Tom Lindqvist contributed to this report.",
            "Maria Okafor is a reporter for the Harbor City Post who has covered the waterfront and city hall since 2012.");

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Follow Maria Okafor on Twitter @mokafor.")]
    [InlineData("Follow the Harbor City Post on Facebook, Twitter and Instagram.")]
    public void A_prompt_to_follow_the_author_on_a_social_network_is_not_body(string prompt)
    {
        string text = Page(Headline, Paragraph1, Paragraph2, Paragraph3, prompt);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Share && r.Text == prompt);
    }

    [Fact]
    public void A_paragraph_that_starts_with_follow_stays_body()
    {
        string paragraph = "Follow the money, the opponents said on Tuesday, and you will find that the gate contractor has paid for most of the campaign.";
        string text = Page(Headline, Paragraph1, Paragraph2, paragraph, Paragraph3);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, paragraph, Paragraph3], article.Paragraphs.Select(p => p.Text));
    }

    private const string Tweet = "The tidal barrier vote passed nine to two tonight. Construction of the first gates starts in the spring.";

    [Fact]
    public void An_embedded_tweet_and_its_signature_at_the_end_belong_to_the_story()
    {
        string signature = "— Harbor City Council (@HarborCouncil) November 19, 2019";
        string text = Page([Headline, Paragraph1, Paragraph2, Paragraph3, "See the council's tweet:", Tweet, signature, .. Footer]);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, "See the council's tweet:", Tweet, signature], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void The_date_of_an_embedded_tweet_is_not_the_publication_date()
    {
        string signature = "— Ann Lee (@annlee) November 19, 2019";
        string text = Page(Headline, "November 18, 2019", Paragraph1, Paragraph2, Tweet, signature, Paragraph3, Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal("2019-11-18", article.Published);
        Assert.Contains(signature, article.Paragraphs.Select(p => p.Text));
    }

    /// <summary>A line that prints the story's date before its update dates the story by the first.</summary>
    [Theory]
    [InlineData("Nov. 20, 2019Updated: Nov. 21, 2019 1:35 a.m.", "2019-11-20")]
    [InlineData("Nov. 20, 2019 | Updated Nov. 21, 2019", "2019-11-20")]
    public void A_date_printed_before_its_update_is_the_publication_date(string dateLine, string published)
    {
        string text = Page([Headline, "By Maria Okafor", dateLine, Paragraph1, Paragraph2, Paragraph3, Paragraph4, "Posted November 18, 2019"]);

        Article article = Article.Parse(text);

        Assert.Equal(published, article.Published);
    }

    /// <summary>Inline elements run together: the story's date glued to the share buttons beside it still dates it.</summary>
    [Fact]
    public void A_date_glued_to_a_share_prompt_is_the_publication_date()
    {
        const string dateLine = "21:17 19.11.2019Get short URL";
        string text = Page([Headline, dateLine, "By Maria Okafor", Paragraph1, Paragraph2, Paragraph3, Paragraph4]);

        Article article = Article.Parse(text);

        Assert.Equal("2019-11-19", article.Published?[..10]);
        Assert.Contains(Assert.Single(article.Removed, r => r.Text == dateLine).Kind, new[] { RemovalKind.Date, RemovalKind.Share });
    }

    [Fact]
    public void A_truncated_teaser_and_the_repeated_title_are_removed()
    {
        string teaser = Paragraph1[..120] + "…";
        string text = Page(Headline, teaser, Headline, Paragraph1, Paragraph2, Paragraph3);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(RemovalKind.Teaser, article.Removed.Single(r => r.Text == teaser).Kind);
        Assert.Equal(RemovalKind.RepeatedTitle, article.Removed[^1].Kind);
    }

    [Fact]
    public void A_repeated_paragraph_is_removed_but_one_that_only_opens_alike_stays()
    {
        // The stripper tells paragraphs apart by their opening letters first: these share far more than that.
        string opensAlike = Paragraph2.Replace("two billion", "three billion", StringComparison.Ordinal);
        string copy = Paragraph2.ToUpperInvariant().Replace(",", "", StringComparison.Ordinal);
        string text = Page(Headline, Paragraph1, Paragraph2, Paragraph3, opensAlike, copy, Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, opensAlike, Paragraph4], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(RemovalKind.Duplicate, article.Removed.Single(r => r.Text == copy).Kind);
    }

    [Fact]
    public void A_caption_printed_twice_in_a_row_is_removed_with_its_copy()
    {
        const string caption = "The harbor master, left, walks along the sea wall during a storm, Monday, Nov. 18, 2019, in Harbor City.";
        string text = Page(Headline, Paragraph1, caption, caption, "Photo: Ann Lee, AP", Paragraph2, Paragraph3);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Equal([RemovalKind.Caption, RemovalKind.Duplicate], article.Removed.Where(r => r.Text == caption).Select(r => r.Kind));
    }

    [Fact]
    public void A_paragraph_too_long_for_a_caption_printed_twice_in_a_row_keeps_its_first_copy()
    {
        string paragraph = Paragraph2 + " " + Paragraph3 + " " + Paragraph4;
        string text = Page(Headline, Paragraph1, paragraph, paragraph, Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, paragraph, Paragraph4], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Another_storys_headline_in_capitals_goes_but_a_sub_heading_in_capitals_stays()
    {
        const string shoutedLink = "MAYOR OF HARBOR CITY RESIGNS AFTER SECOND FLOOD OF THE YEAR";
        const string subHeading = "WHAT THE GATES WILL COST";
        string text = Page(Headline, Paragraph1, shoutedLink, Paragraph2, subHeading, Paragraph3, Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, subHeading, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(RemovalKind.Related, article.Removed.Single(r => r.Text == shoutedLink).Kind);
    }

    [Fact]
    public void A_sub_heading_in_a_script_without_capitals_is_not_taken_for_capitals()
    {
        const string subHeading = "항만 도시 의회가 방조제 건설을 결정한 이유와 남은 과제들";
        string text = Page(Headline, Paragraph1, Paragraph2, subHeading, Paragraph3, Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, subHeading, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_first_paragraph_followed_by_a_box_of_related_links_stays_in_the_body()
    {
        const string first = Paragraph1 + " The vote was eleven to four, and the first gates could be in place before the storm season of 2022 if the state pays its share on time.";
        string text = Page(
        [
            .. Menu, Headline, "By Maria Okafor", "November 19, 2019 at 4:02 pm", first, "Related articles",
            "Storm surge floods Front Street again", "Why the barrier vote was delayed", Paragraph2, Paragraph3, Paragraph4, .. Footer,
        ]);

        Article article = Article.Parse(text);

        Assert.Equal([first, Paragraph2, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Teasers_in_a_related_list_after_the_article_stay_out_of_the_body()
    {
        const string teaser1 = "Fishermen in the bay say the new gates could keep their boats in the harbor for weeks at a time.";
        const string teaser2 = "The council has delayed the vote twice since the spring, and the mayor says this time is the last.";
        string text = Page(
        [
            .. Menu, Headline, "By Maria Okafor", Paragraph1, Paragraph2, Paragraph3, Paragraph4, "Related stories",
            "Storm surge floods Front Street again", teaser1, "Why the barrier vote was delayed", teaser2, "Most read",
            "Ferry service cut for the winter", "© 2019 Harbor City Post. All rights reserved.",
        ]);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_standfirst_under_the_headline_becomes_the_dek()
    {
        const string dek = "Council approves a two billion dollar plan after a decade of flooding on the waterfront";
        string text = Page([.. Menu, Headline, dek, "By Maria Okafor", Paragraph1, Paragraph2, Paragraph3]);

        Article article = Article.Parse(text);

        Assert.Equal(dek, article.Dek);
        Assert.Equal(dek, article.DekSpan!.Value.GetText(text));
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == dek);
    }

    [Theory]
    [InlineData("Okafor added, “The gates will hold for a hundred years, and the fishing grounds will be fine.”")]
    [InlineData("Lindqvist asked the council, \"Who will pay for the barrier when the budget runs out again?\"")]
    [InlineData("Okafor said the vote was ''a long time coming.''")]
    public void A_short_paragraph_ending_in_a_quoted_sentence_is_body_not_headline(string quoted)
    {
        // Some archives end the headline with a full stop, so the first line is not headline-shaped.
        string text = Page(Headline + ".", Paragraph1, Paragraph2, quoted, Paragraph3, Paragraph4);

        Article article = Article.Parse(text);

        Assert.Contains(article.Paragraphs, p => p.Text == quoted);
        Assert.DoesNotContain(article.Removed, r => r.Text == quoted);
    }

    [Fact]
    public void The_dateline_is_read_from_the_first_paragraph_which_stays_whole()
    {
        string first = "KYIV, Ukraine (AP) — " + Paragraph1;
        string text = Page(Headline, "By Maria Okafor", first, Paragraph2, Paragraph3);

        Article article = Article.Parse(text);

        Assert.Equal("KYIV, Ukraine (AP)", article.Dateline);
        Assert.Equal(first, article.Paragraphs[0].Text);
        Assert.Equal(article.Paragraphs[0].Start, article.DatelineSpan!.Value.Start);
    }

    [Fact]
    public void Photo_captions_and_credits_are_flagged_not_mixed_into_the_body()
    {
        string text = Page(Headline, Paragraph1, "The harbor at high tide on Monday. (Photo: Harbor City Post)", Paragraph2, "Photo by Ana Lima/Getty Images", Paragraph3);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Caption);
        Assert.Contains(article.Removed, r => r.Kind is RemovalKind.Credit or RemovalKind.Caption && r.Text.StartsWith("Photo by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_closed_by_an_agency_credit_is_neither_headline_nor_body()
    {
        const string caption = "Mayor Ana Lima at the harbor in 2008. REUTERS/Tom Berg";
        string text = Page([.. Menu, Headline, caption, caption, Paragraph1, Paragraph2, "Fishing boats in the bay at dawn. REUTERS/Ana Lima", Paragraph3]);

        Article article = Article.Parse(text);

        Assert.Equal(Headline, article.Title);
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(RemovalKind.Caption, Assert.Single(article.Removed, r => r.Text == "Fishing boats in the bay at dawn. REUTERS/Ana Lima").Kind);
    }

    [Fact]
    public void A_comment_section_after_the_article_is_not_body()
    {
        string text = Page(
            Headline, Paragraph1, Paragraph2, Paragraph3, "Comments",
            "Ann on November 20, 2019 at 9:14 am said:", "I have lived on Front Street for thirty years and the water has never been this bad, so I am glad they finally voted.",
            "Bob on November 20, 2019 at 9:20 am said:", "Two billion dollars is a lot of money for a guess, and I think the opponents are right about the fishing grounds in the bay.");

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("3 thoughts on “Harbor City Votes to Build Its First Tidal Barrier After a Decade of Debate”")]
    [InlineData("3\u00A0thoughts on “Harbor City Votes to Build Its First Tidal Barrier After a Decade of Debate”")]
    [InlineData("One response to \"Harbor City Votes to Build Its First Tidal Barrier After a Decade of Debate\"")]
    public void A_blog_comment_heading_with_the_headline_in_it_ends_the_body(string heading)
    {
        string text = Page(
            Headline, Paragraph1, Paragraph2, Paragraph3, heading,
            "I have lived on Front Street for thirty years and the water has never been this bad, so I am glad they finally voted.",
            "Two billion dollars is a lot of money for a guess, and I think the opponents are right about the fishing grounds in the bay.",
            "My shop flooded twice last winter and the insurance company has stopped returning my calls, so anything is better than nothing.");

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Contains(article.Removed, r => r.Kind == RemovalKind.Comments && r.Text == heading);
    }

    [Fact]
    public void A_page_in_another_language_is_found_by_its_structure()
    {
        const string title = "La ville vote la construction de sa première digue mobile";
        string[] body =
        [
            "Le conseil municipal a voté mardi la construction d'une digue mobile à l'entrée du port, mettant fin à dix ans de débats sur la protection du front de mer.",
            "La digue, une rangée de portes en acier posées sur le fond marin jusqu'à l'annonce d'une tempête, devrait coûter deux milliards et demander six ans de travaux.",
            "Les opposants estiment que le projet a été mené trop vite et que personne n'a étudié ses effets sur les zones de pêche de la baie.",
        ];
        string text = Page(["Accueil", "Monde", "Économie", title, .. body, "Partager", "Mentions légales"]);

        Article article = Article.Parse(text);

        Assert.Equal(title, article.Title);
        Assert.Equal(body, article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    [InlineData("Home\nWorld\nBusiness")]
    public void Text_without_an_article_gives_an_empty_body_and_a_diagnostic(string text)
    {
        Article article = Article.Parse(text);

        Assert.Empty(article.Paragraphs);
        Assert.Contains("No article body found.", article.Diagnostics);
    }

    [Fact]
    public void A_short_line_printed_three_times_is_page_furniture()
    {
        string text = Page(Headline, Paragraph1, "Storm Watch", Paragraph2, "STORM WATCH:", Paragraph3, "storm — watch", Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3, Paragraph4], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(3, article.Removed.Count(r => r.Kind == RemovalKind.Navigation));
    }

    [Fact]
    public void A_headline_of_five_words_that_share_dialogs_print_again_is_no_page_furniture()
    {
        // Each share dialog ("Send this article by e-mail") prints the headline it shares.
        const string headline = "Harbor City Builds Tidal Barrier";
        string text = Page([.. Menu, headline, "By Maria Okafor", Paragraph1, Paragraph2, Paragraph3, "Share", headline, "Send by e-mail", headline, "Close"]);

        Article article = Article.Parse(text);

        Assert.Equal(headline, article.Title);
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Lines_that_only_share_an_outline_are_no_repeated_label()
    {
        // The same count of letters and the same first and last letter: the stripper hashes such lines in full, and
        // two of a kind are not three. The label printed three times is.
        string text = Page(
            Headline, "Harbor Desk", Paragraph1, "Storm Watch", "Harbor Desk", Paragraph2, "STORM WATCH:", Paragraph3,
            "Harbor Desk", "Storm Witch", Paragraph4);

        Article article = Article.Parse(text);

        Assert.Equal(["Harbor Desk", "Harbor Desk", "Harbor Desk"], article.Removed.Where(r => r.Kind == RemovalKind.Navigation).Select(r => r.Text));
    }

    private static string Wrap(string paragraph)
    {
        var lines = new List<string>();
        string rest = paragraph;
        while (rest.Length > 60)
        {
            int cut = rest.LastIndexOf(' ', 60);
            lines.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        lines.Add(rest);
        return string.Join('\n', lines);
    }

    [Fact]
    public void A_column_of_stories_whose_headlines_run_into_their_summaries_is_no_article()
    {
        // A browser's copy of link cards: the cards outweigh the article, and only the labels part them from it.
        string text = Page(
        [
            .. Menu, "Latest Headlines", .. GluedTeaserTests.Cards, "Weather", "Sports", "Video",
            Headline, "November 19, 2019 at 4:02 pm", Paragraph1, Paragraph2, Paragraph3, .. Footer,
        ]);

        Article article = Article.Parse(text);

        Assert.Equal(Headline, article.Title);
        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.All(GluedTeaserTests.Cards, card => Assert.Contains(article.Removed, r => r.Text == card && r.Kind == RemovalKind.Related));
    }
}
