namespace NewsText.Tests.Attribution;

/// <summary>
/// Speakers that stand away from their quote: before a long apposition, after a quote that ended its sentence, or in
/// another clause. Each case is a short paragraph written for these tests.
/// </summary>
public sealed class SpeakerPlacementTests
{
    private const string Intro = "Mayor Elena Brandt and Councilman Raymond Ortiz spoke after the vote on Tuesday night at city hall.";

    [Fact]
    public void A_quote_that_ends_its_sentence_is_not_attributed_by_the_next_sentence()
    {
        string text = Intro + "\n\nBrandt said the levee has been “a long time coming for this city.” Ortiz said he would vote against the budget.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains("long time", StringComparison.Ordinal));

        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_verb_of_speech_in_the_passive_gives_no_speaker()
    {
        string text = "The gates, which lie on the seabed until a storm is forecast, are expected to cost the city two billion dollars.";

        Assert.All(ArticleText.Extract(text), quote => Assert.Null(quote.Speaker));
    }

    [Fact]
    public void A_pronoun_after_the_cue_is_the_subject_of_the_reported_clause_not_an_inverted_speaker()
    {
        string text = Intro + "\n\nBrandt, speaking in the council chamber on Tuesday night, said she was “done mopping up after every storm.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains("mopping", StringComparison.Ordinal));

        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.StartsWith("she was", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_opening_the_sentence_speaks_across_a_long_apposition()
    {
        string text = Intro + "\n\nRaymond Ortiz, who has sat on the council since the flood of 1998 and chairs its finance committee, said: “We are spending two billion dollars on a guess.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("We are spending two billion dollars on a guess.", quote.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Brandt went on: “We are done mopping up after every storm.”", "Brandt", "went")]
    [InlineData("For years, Ortiz has branded the levee “a two billion dollar guess” in his newsletters.", "Ortiz", "branded")]
    [InlineData("Ortiz (a former engineer) jokes, “The river always wins in the end.”", "Ortiz", "jokes")]
    public void A_quote_no_cue_claims_belongs_to_the_subject_opening_its_sentence(string paragraph, string speaker, string verb)
    {
        string text = Intro + "\n\n" + paragraph;

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal(speaker, quote.Speaker?.Mention.Text);
        Assert.Equal(verb, quote.Cue?.Text);
        Assert.Equal(text.Substring(quote.Start, quote.Length), quote.Text);
        Assert.DoesNotContain("”", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_in_an_opening_subordinate_clause_does_not_head_the_sentence()
    {
        string text = Intro + "\n\nWhen Brandt suggested that the state would pay for the levee, Ortiz fired back: “The state has never paid for anything here.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("The state has never paid for anything here.", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("fired", quote.Cue?.Text);
    }

    [Fact]
    public void A_role_after_a_possessive_is_a_speaker()
    {
        string text = Intro + "\n\nBrandt's campaign manager said the mayor was “looking forward to a long fight over the budget.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains("long fight", StringComparison.Ordinal));

        Assert.Equal("Brandt's campaign manager", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("“The levee will hold for fifty years,” City Hall press secretary Nina Alvarez said.", "City Hall press secretary Nina Alvarez", "said")]
    [InlineData("“The levee will hold for fifty years,” Nina Alvarez of the Harbor Institute said.", "Nina Alvarez", "said")]
    [InlineData("“The levee will hold for fifty years,” according to the Harbor Gazette.", "the Harbor Gazette", "according")]
    public void A_speaker_after_the_quote_may_carry_titles_affiliations_or_according_to(string paragraph, string mention, string cue)
    {
        string text = Intro + "\n\n" + paragraph;

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("The levee will hold for fifty years,", quote.Text);
        Assert.Equal(mention, quote.Speaker?.Mention.Text);
        Assert.Equal(cue, quote.Cue?.Text);
    }

    [Fact]
    public void A_speaker_described_in_lower_case_before_the_name_is_found_after_the_quote()
    {
        string text = Intro + "\n\n“The levee will hold for fifty years,” retired engineer Nina Alvarez said.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("retired engineer Nina Alvarez", quote.Speaker?.Mention.Text);
        Assert.Equal("Nina Alvarez", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_paragraph_opening_with_a_quote_keeps_its_own_speaker_over_the_previous_paragraphs()
    {
        string text = Intro + "\n\nBrandt said the levee was “the most important thing we will do.”"
            + "\n\n“We are spending two billion dollars on a guess.” Ortiz said that in three terms he had never seen a worse plan.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.StartsWith("We are spending", StringComparison.Ordinal));

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_continued_after_a_long_attribution_is_one_quote()
    {
        string text = Intro + "\n\n“We are spending two billion dollars on a guess,” said Ortiz, a former engineer who has sat on the council since the flood and now chairs its finance committee. “The river always wins.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.StartsWith("We are spending", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("The river always wins.", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_quote_resumed_after_its_attribution_in_the_same_sentence_is_one_quote()
    {
        string text = Intro + "\n\n“That is no answer,” Ortiz said late on Tuesday, “but it is a start.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("That is no answer,” Ortiz said late on Tuesday, “but it is a start.", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_short_quotation_with_nobody_to_say_it_is_a_scare_quote()
    {
        string text = Intro + "\n\nThe so-called “tough choices” of the budget were left to the next council.";

        Assert.DoesNotContain(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void An_attribution_relayed_by_another_source_goes_to_that_source()
    {
        string text = Intro + "\n\n“We are spending two billion dollars on a guess,” Ortiz said in the closed session, according to the Harbor Gazette.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("We are spending two billion dollars on a guess,", quote.Text);
        Assert.Equal("the Harbor Gazette", quote.Speaker?.Mention.Text);
        Assert.Equal("according", quote.Cue?.Text);
    }

    [Fact]
    public void A_quote_opened_straight_and_closed_curly_is_attributed_after_its_close()
    {
        string text = Intro + "\n\n\"We are spending two billion dollars on a guess,” Ortiz said. “And the river always wins.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.StartsWith("We are spending", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void According_to_before_a_quote_names_its_source()
    {
        string text = Intro + "\n\nAccording to the Harbor Gazette: “The levee will hold for fifty years at most.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("The levee will hold for fifty years at most.", quote.Text);
        Assert.Equal("the Harbor Gazette", quote.Speaker?.Mention.Text);
        Assert.Equal("According", quote.Cue?.Text);
    }

    [Fact]
    public void A_quote_continued_in_the_next_paragraph_after_its_attribution_is_one_quote()
    {
        string text = Intro + "\n\n“We are spending two billion dollars on a guess,” Ortiz told the Harbor Gazette."
            + "\n\n“The river always wins, and it will win again next spring.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.StartsWith("We are spending", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("win again next spring.", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("told", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("Speaking on Channel Four's “Harbor Morning Show,” Ortiz said the levee was a guess.")]
    [InlineData("Brandt's memoir titled \"The River Always Wins\" sold out on Tuesday, Ortiz said.")]
    public void A_title_in_quotation_marks_is_not_a_quote(string paragraph)
    {
        string text = Intro + "\n\n" + paragraph;

        Assert.DoesNotContain(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_quotation_standing_as_its_own_sentence_goes_to_the_subject_of_the_sentence_before()
    {
        string text = Intro + "\n\nOrtiz shook his head. “Not this year, and not next year either.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("Not this year, and not next year either.", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("shook", quote.Cue?.Text);
    }

}
