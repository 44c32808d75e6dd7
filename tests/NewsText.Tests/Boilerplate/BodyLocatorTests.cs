namespace NewsText.Tests.Boilerplate;

/// <summary>Where the stripper finds the body, on pages written for these tests.</summary>
public sealed class BodyLocatorTests
{
    private const string Paragraph1 =
        "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a decade of debate over how to protect the waterfront from storm surges.";

    private const string Paragraph2 =
        "The barrier, a row of hinged steel gates that lie on the seabed until a surge is forecast, is expected to cost two billion dollars and take six years to build.";

    private const string Paragraph3 =
        "Opponents said the plan was rushed and that nobody had studied what the gates would do to the fishing grounds in the bay, which support about four hundred jobs.";

    private const string Headline = "Harbor City Votes to Build Its First Tidal Barrier";

    private static string Page(params string[] blocks) => string.Join("\n\n", blocks);

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
}
