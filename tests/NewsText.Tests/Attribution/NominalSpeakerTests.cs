namespace NewsText.Tests.Attribution;

/// <summary>
/// "The mayor said" resolves to the person the article named with that title, and only when the title fits: the
/// qualifiers of the mention must be the person's, and a rank the mention leaves out ("vice") rules the person out.
/// </summary>
public sealed class NominalSpeakerTests
{
    private static string? SpeakerOf(string text, string reported)
    {
        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains(reported, StringComparison.Ordinal));
        return quote.Speaker?.Name;
    }

    [Theory]
    [InlineData("Mayor Tom Brandt opened the session on Tuesday.", "The mayor said that the city would hire teachers.", "Tom Brandt")]
    [InlineData("Florida Sen. Ann Lee and Iowa Sen. Joni Ernst met on Tuesday.", "The Iowa senator said that the bill would die.", "Joni Ernst")]
    [InlineData("Iowa Sen. Joni Ernst and Florida Sen. Ann Lee met on Tuesday.", "The Florida senator said that the bill would die.", "Ann Lee")]
    [InlineData("City spokeswoman Jo Park sent the figures on Tuesday.", "The spokesman said that the figures would stand.", "Jo Park")]
    [InlineData("Former Texas Gov. Rick Perry spoke on Tuesday.", "The former three-term governor said that he would run.", "Rick Perry")]
    [InlineData("President Barack Obama and Vice President Joe Biden arrived on Tuesday.", "The president said that the talks would fail.", "Barack Obama")]
    [InlineData("President Barack Obama and Vice President Joe Biden arrived on Tuesday.", "The vice president said that the talks would fail.", "Joe Biden")]
    public void A_nominal_mention_resolves_to_the_person_with_a_fitting_title(string named, string paragraph, string speaker)
    {
        Assert.Equal(speaker, SpeakerOf(named + "\n\n" + paragraph, "would"));
    }

    [Theory]
    [InlineData("Vice President Joe Biden arrived on Tuesday.", "The president said that the talks would fail.")]
    [InlineData("Iowa Sen. Joni Ernst arrived on Tuesday.", "The Florida senator said that the bill would die.")]
    [InlineData("Gov. Jeb Bush arrived on Tuesday.", "The then-Texas governor said that the bill would die.")]
    [InlineData("Mayor Tom Brandt opened the session on Tuesday.", "A mayor said that the city would hire teachers.")]
    public void A_nominal_mention_whose_title_fits_nobody_named_keeps_no_name(string named, string paragraph)
    {
        Assert.Null(SpeakerOf(named + "\n\n" + paragraph, "would"));
    }
}
