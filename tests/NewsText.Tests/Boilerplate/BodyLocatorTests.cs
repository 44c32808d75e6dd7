using static NewsText.Tests.Boilerplate.SamplePage;

namespace NewsText.Tests.Boilerplate;

/// <summary>Where the stripper finds the body, on pages written for these tests.</summary>
public sealed class BodyLocatorTests
{
    // Drop-down menus copied as text: every label of a column on one line, some run together without a space.
    private static readonly string[] MenuRows =
    [
        "Applications Channel Programs Cloud Components & Peripherals Data Center Internet of Things Managed Services Mobility Networking Running Your Business Security Storage Virtualization",
        "Cloud Partner ProgramsCloud SecurityCloud StorageEdge ComputingEnterprise Application SoftwareIndustry TrendsIoT PlatformsNetwork SecuritySoftware Defined Data Center Hybrid Cloud Summit Partner Network Awards",
        "Annual Report Card ShowcaseBest of Breed ShowcaseCloud Learning CenterDisaster Recovery Learning CenterData Driven Learning CenterNext Generation Showcase Security Learning Center Tech Provider Zone",
    ];

    private static readonly string[] ShareButtons = ["Share to LinkedIn", "Share to Facebook", "Share to Twitter", "Share to Email"];

    [Fact]
    public void Rows_of_menu_labels_run_together_do_not_open_the_body()
    {
        string text = Page([.. MenuRows, "Sections", Headline, "By Maria Okafor", .. ShareButtons, Paragraph1, Paragraph2, Paragraph3]);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1, Paragraph2, Paragraph3], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void A_long_opening_paragraph_that_ends_in_a_link_stays_in_the_body()
    {
        // Ends without a full stop, as a paragraph whose last words were a link often does.
        const string unfinished =
            "Council members who opposed the plan said they would ask the state to review the fishing study, and the full report on the barrier can be read on the city website under public works";

        string text = Page([Headline, "By Maria Okafor", unfinished, Paragraph1, Paragraph2, Paragraph3]);

        Assert.Equal([unfinished, Paragraph1, Paragraph2, Paragraph3], Article.Parse(text).Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_column_of_teasers_above_a_comment_count_does_not_make_the_count_end_the_article()
    {
        // A text browser prints each linked headline of a sidebar with more of its text than a browser shows, so each
        // reads as a sentence; with a label between each two, every one stands alone.
        string[] sidebar =
        [
            "Harbor ferry timetable changes for the summer season, with two extra boats at weekends.", "Local",
            "School board delays its vote on the new bus routes until after the winter holidays.", "Schools",
            "Hospital opens a second emergency ward on the north side of the city this spring.", "Health",
            "Stadium owners ask the council for a longer lease and a new parking garage downtown.", "Sport",
            "Library extends its opening hours on weekdays and adds a reading room for children.", "Culture",
        ];
        const string count = "Comments (0)";
        string text = Page([.. Menu, .. sidebar, Headline, "By Maria Okafor", count, Paragraph1]);

        Article article = Article.Parse(text);

        Assert.Equal([Paragraph1], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_article_of_one_paragraph_among_labels_still_ends_at_the_comments()
    {
        const string paragraph = Paragraph1 + " " + Paragraph2;
        string text = Page([.. Menu, Headline, "Episode description:", paragraph, "Download audio", "Embed player", "Comments",
            "I have lived on Front Street for thirty years and the water has never been this bad, so I am glad they finally voted for it.",
            "Two billion dollars is a lot of money for a guess, and I think the opponents are right about the fishing grounds in the bay.",
            "My shop flooded twice last winter and the insurance company has stopped returning my calls, so anything is better than nothing."]);

        Assert.Equal([paragraph], Article.Parse(text).Paragraphs.Select(p => p.Text));
    }
}
