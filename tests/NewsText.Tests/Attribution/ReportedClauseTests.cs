namespace NewsText.Tests.Attribution;

/// <summary>
/// Where a reported clause starts and whether there is one: a phrase of time, place or manner after the verb ("said
/// in an interview", "said after the vote") is not what was said, and a verb with a comma after it reports nothing
/// that a later cue reports. Each case is a short paragraph written for these tests.
/// </summary>
public sealed class ReportedClauseTests
{
    private const string Intro = "Mayor Elena Brandt and Councilman Raymond Ortiz spoke after the vote on Tuesday night at city hall.";

    private static List<Quote> Quotes(string paragraph) => ArticleText.Extract(Intro + "\n\n" + paragraph);

    [Theory]
    [InlineData("Ortiz said in an interview.")]
    [InlineData("Brandt said after the vote, as protesters gathered outside.")]
    [InlineData("Ortiz said on condition of anonymity to speak freely about the budget.")]
    [InlineData("Brandt said in a statement.")]
    [InlineData("Brandt said on Tuesday, after years of debate over how best to prevent it flooding again.")]
    public void A_verb_of_speech_followed_only_by_when_or_how_reports_nothing(string paragraph)
    {
        Assert.Empty(Quotes(paragraph));
    }

    [Theory]
    [InlineData("Ortiz said in an interview with the Harbor Gazette last week that the levee would not hold.", "the levee would not hold")]
    [InlineData("Brandt said on Friday she had met the engineers twice.", "she had met the engineers twice")]
    [InlineData("Ortiz said after the vote that the city had rushed it.", "the city had rushed it")]
    [InlineData("Ortiz said in a statement: the levee would not hold another winter.", "the levee would not hold another winter")]
    public void The_reported_clause_starts_after_the_phrase_of_when_or_how(string paragraph, string reported)
    {
        Quote quote = Assert.Single(Quotes(paragraph));

        Assert.Equal(reported, quote.Text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_pronoun_in_a_relative_clause_after_the_phrase_starts_no_report()
    {
        Assert.Empty(Quotes("Ortiz said on the radio, where he is a guest every week."));
    }

    [Fact]
    public void A_stance_verb_before_a_comma_leaves_the_clause_to_the_cue_after_the_speaker()
    {
        Quote quote = Assert.Single(Quotes("The plan was approved, Mayor Elena Brandt said in a statement."));

        Assert.Equal("The plan was approved", quote.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }
}
