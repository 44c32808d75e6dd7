namespace NewsText.Tests.Boilerplate;

/// <summary>
/// The article the stripper's tests build their pages from: plain prose paragraphs, a headline and a site menu, joined
/// into a page with the blocks a test puts around them.
/// </summary>
internal static class SamplePage
{
    public const string Paragraph1 =
        "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a decade of debate over how to protect the waterfront from storm surges.";

    public const string Paragraph2 =
        "The barrier, a row of hinged steel gates that lie on the seabed until a surge is forecast, is expected to cost two billion dollars and take six years to build.";

    public const string Paragraph3 =
        "Opponents said the plan was rushed and that nobody had studied what the gates would do to the fishing grounds in the bay, which support about four hundred jobs.";

    public const string Paragraph4 =
        "Residents who packed the meeting were mostly in favor, and several of them told the council they had lost their ground floors to the water three times since 2010.";

    public const string Headline = "Harbor City Votes to Build Its First Tidal Barrier";

    public static readonly string[] Menu = ["Home", "World", "Business", "Climate", "Subscribe"];

    /// <summary>The blocks as a browser's text gives them, a blank line between each two.</summary>
    public static string Page(params string[] blocks) => string.Join("\n\n", blocks);
}
