using NewsText.Cli.Evaluation;

namespace NewsText.Tests.Cli;

public sealed class FieldMatchTests
{
    [Theory]
    [InlineData("Harbor City Votes to Build a Barrier", "Harbor City Votes to Build a Barrier")]
    [InlineData("Harbor City Votes to Build a Barrier", "Harbor City Votes to Build a Barrier - The Harbor Times")]
    [InlineData("Harbor City Votes to Build a Barrier", "Opinion | Harbor City Votes to Build a Barrier")]
    [InlineData("Harbor City Votes to Build a Barrier", "Climate: Harbor City Votes to Build a Barrier")]
    [InlineData("Olivia Munn: Queen of the Uncool", "Olivia Munn: Queen of the Uncool - BusinessWeek")]
    [InlineData("Shovel Knight review: rewrite history", "Shovel Knight review: rewrite history | Polygon")]
    [InlineData("Voice interfaces", "Voice interfaces • Dustin Curtis")]
    public void A_headline_matches_its_metadata_title_or_a_run_of_it_between_separators(string predicted, string gold) =>
        Assert.True(FieldMatch.TitleMatches(predicted, gold));

    [Theory]
    [InlineData("Harbor City", "Harbor City Votes to Build a Barrier")]
    [InlineData("Climate", "Climate: Harbor City Votes to Build a Barrier")]
    [InlineData(null, "Harbor City Votes to Build a Barrier")]
    public void Part_of_a_headline_or_a_one_word_kicker_does_not(string? predicted, string gold) =>
        Assert.False(FieldMatch.TitleMatches(predicted, gold));
}
