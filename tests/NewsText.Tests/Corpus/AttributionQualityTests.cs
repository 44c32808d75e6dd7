using NewsText.Cli.Evaluation;

namespace NewsText.Tests.Corpus;

/// <summary>Attribution quality on the shared corpora, measured with the project's scorer.</summary>
public sealed class AttributionQualityTests
{
    [CorpusFact]
    public void Seed_gives_every_direct_quote_speaker_title_and_indirect_attribution()
    {
        IReadOnlyList<Metric> metrics = SeedEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "seed"));

        Assert.All(metrics, m => Assert.True(m.Passes, $"{m.Name} is {m.Value:F3}"));
    }

    /// <summary>
    /// The attribution issue's bars are direct F1 0.93 and speaker 0.90, all F1 0.70 and speaker 0.80. The last two
    /// are reached, the direct ones are not yet; every floor here is the level reached less about 0.01, so that no
    /// change makes attribution worse unnoticed.
    /// </summary>
    [CorpusTheory]
    [InlineData("direct F1", 0.927)]
    [InlineData("direct speaker accuracy", 0.891)]
    [InlineData("all F1", 0.71)]
    [InlineData("all speaker accuracy", 0.847)]
    public void PolNeAR_attribution_does_not_regress(string metric, double floor)
    {
        IReadOnlyList<Metric> metrics = PolnearEvaluation.Score(Path.Combine(RepositoryPaths.Corpus, "polnear-train"), details: null, attributionOnly: false);

        double value = metrics.Single(m => m.Name == metric).Value;
        Assert.True(value >= floor, $"{metric} is {value:F3}, below {floor:F3}");
    }
}
