using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class HeadingBreakTests
{
    [Theory]
    [InlineData("Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager", "The Portuguese boss had been out of work")]
    [InlineData("Scientists say fresh water under threat", "This is how the lakes dry out")]
    [InlineData("HomeLatest NewsNollywood Actress Is Looking Stunning In New Photos", "Nollywood Actress Is Looking Stunning In New Photos")]
    public void A_heading_ends_before_a_line_that_opens_a_sentence_or_repeats_it(string previous, string next) =>
        Assert.True(IsBefore(previous, next));

    [Theory]
    // A name carries on a sentence after a word that leads into it, a capital, a mark or another name.
    [InlineData("the figures were first reported by sources who told", "The Island Times on Monday.")]
    [InlineData("who had been sacked by Manchester", "United in December 2018.")]
    [InlineData("the crossings will double next summer,", "The company said.")]
    [InlineData("Heavy Rain Sweeps the Islands as the Ferries Stop", "The Storm Moves North")]
    // A word that opens a sentence only in capitals, and a repeat too short to be a headline.
    [InlineData("the company said it would double the crossings", "the next year")]
    [InlineData("the ferry company said on Monday it would add the news", "the news")]
    // "Theatre" is not "The".
    [InlineData("the ferry company said on Monday it would add a boat for visitors", "Theatre goers cheer")]
    public void A_line_that_carries_a_sentence_on_does_not_end_before_the_next(string previous, string next) =>
        Assert.False(IsBefore(previous, next));

    [Theory]
    [InlineData("warn of epidemic", true)]
    [InlineData("warn of", false)]
    [InlineData("warn of Epidemic", false)]
    [InlineData("warn of epidemic.", false)]
    [InlineData("epidemic", true)]
    [InlineData("", false)]
    public void A_line_ends_on_a_content_word_only_when_its_last_word_is_lower_case_and_leads_nowhere(string line, bool expected) =>
        Assert.Equal(expected, HeadingBreak.EndsOnContentWord(line));

    private static bool IsBefore(string previous, string next)
    {
        string text = previous + "\n" + next;
        return HeadingBreak.IsBefore(text, new Block(0, previous.Length, 1, false), new Block(previous.Length + 1, next.Length, 1, false));
    }
}
