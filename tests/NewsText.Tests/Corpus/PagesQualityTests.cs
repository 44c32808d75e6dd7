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
}
