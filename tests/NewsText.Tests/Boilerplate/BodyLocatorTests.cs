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
}
