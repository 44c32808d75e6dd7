using NewsText.Cli.Evaluation;

namespace NewsText.Tests.Corpus;

/// <summary>
/// The article parser's quality bars on ../shared/corpus/pages, measured with the project's scorer, in each input style
/// the held-out pages may come in.
/// </summary>
public sealed class PagesQualityTests
{
    [CorpusTheory]
    [InlineData("as-is")]
    [InlineData("wet")]
    [InlineData("crlf")]
    [InlineData("markdown")]
    [InlineData("soup")]
    public void Pages_meet_the_body_title_and_author_floors(string style)
    {
        IReadOnlyList<Metric> metrics = PagesEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "pages"), details: null, InputStyles.Parse(style));

        Assert.All(metrics.Where(m => m.Floor is not null), m => Assert.True(m.Passes, $"{m.Name} is {m.Value:F3}, below its floor {m.Floor:F2}"));
        Assert.Equal(94, metrics[0].Count);
    }

    [CorpusFact]
    public void Hard_wrapped_pages_keep_most_of_their_body()
    {
        IReadOnlyList<Metric> metrics = PagesEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "pages"), details: null, InputStyle.Wrapped);

        Assert.True(metrics.Single(m => m.Name == "body F1").Value >= 0.93);
    }

    [CorpusFact]
    public void A_text_browsers_dump_of_the_pages_keeps_their_body_title_and_authors()
    {
        IReadOnlyList<Metric> metrics = PagesEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "pages"), details: null, InputStyle.Lynx);

        AssertAtLeast(metrics, ("body F1", 0.93), ("title accuracy", 0.84), ("authors precision", 0.93), ("authors recall", 0.79));
    }

    /// <summary>
    /// The page's own lines hard-wrapped with no blank lines added: a full headline must not run on into the dateline
    /// below it (before the wrapper's exact width was learned and run-on credits and labels split off: title 0.660, authors recall 0.696;
    /// before a line that ends a sentence without a full stop, or that the next line repeats, ended its block: 0.819).
    /// </summary>
    [CorpusFact]
    public void Pages_rewrapped_without_blank_lines_keep_their_headline_and_authors()
    {
        IReadOnlyList<Metric> metrics = PagesEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "pages"), details: null, InputStyle.Rewrapped);

        AssertAtLeast(metrics, ("body F1", 0.93), ("title accuracy", 0.85), ("authors precision", 0.93), ("authors recall", 0.77));
    }

    /// <summary>An extractor's output holds only the headline and the body: nearly all of both must come back.</summary>
    [CorpusFact]
    public void An_extractors_output_of_the_pages_gives_back_their_body_and_title()
    {
        IReadOnlyList<Metric> metrics = PagesEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "pages"), details: null, InputStyle.Extracted);

        AssertAtLeast(metrics, ("body precision", 0.99), ("body recall", 0.94), ("title accuracy", 0.96));
    }

    private static void AssertAtLeast(IReadOnlyList<Metric> metrics, params (string Name, double Floor)[] floors)
    {
        Assert.All(floors, f =>
        {
            double value = metrics.Single(m => m.Name == f.Name).Value;
            Assert.True(value >= f.Floor, $"{f.Name} is {value:F3}, below {f.Floor:F2}");
        });
    }
}
