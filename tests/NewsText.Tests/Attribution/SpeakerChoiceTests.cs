namespace NewsText.Tests.Attribution;

/// <summary>
/// Which of several mentions near a quote is its speaker: the subject a participle reports for, a dash that signs a
/// quote rather than one that goes on with the sentence, a phrase of time or place after the cue. Each case is a short
/// paragraph written for these tests.
/// </summary>
public sealed class SpeakerChoiceTests
{
    private const string Intro = "Mayor Elena Brandt and Councilman Raymond Ortiz spoke after the vote on Tuesday night at city hall.";

    private static Quote Single(string paragraph, string words)
    {
        string text = Intro + "\n\n" + paragraph;
        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains(words, StringComparison.Ordinal));
        Assert.Equal(text.Substring(quote.Start, quote.Length), quote.Text);
        return quote;
    }

    [Fact]
    public void A_participle_after_a_document_reports_for_the_subject_of_the_sentence()
    {
        Quote quote = Single("Ortiz issued a statement on Tuesday saying that the levee was “a two billion dollar guess.”", "guess");

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("saying", quote.Cue?.Text);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void A_participle_after_an_opening_phrase_and_an_object_reports_for_the_subject_of_the_main_clause()
    {
        Quote quote = Single("Hours later, Ortiz returned the compliment to the engineers, telling reporters, “They have done more than anyone asked of them.”", "more than");

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("telling", quote.Cue?.Text);
    }

    [Fact]
    public void A_participle_after_a_report_reports_a_clause_of_its_own_for_the_same_speaker()
    {
        string text = Intro + "\n\nOrtiz said the city had rushed the vote, telling reporters he would appeal.";

        List<Quote> quotes = ArticleText.Extract(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(("the city had rushed the vote", "said"), (quotes[0].Text, quotes[0].Cue?.Text));
        Assert.Equal(("he would appeal", "telling"), (quotes[1].Text, quotes[1].Cue?.Text));
        Assert.All(quotes, quote => Assert.Equal(QuoteKind.Indirect, quote.Kind));
        Assert.All(quotes, quote => Assert.Equal("Raymond Ortiz", quote.Speaker?.Name));
    }

    [Fact]
    public void A_participle_right_after_a_report_goes_on_with_its_speaker()
    {
        Quote quote = Single("The levee will not hold another winter, Ortiz said, adding: “We are spending two billion dollars on a guess.”", "guess");

        Assert.Equal("We are spending two billion dollars on a guess.", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_dash_and_a_name_at_the_end_of_the_sentence_sign_the_quote()
    {
        Quote quote = Single("“We are done mopping up after every storm” – Brandt.", "mopping");

        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
        Assert.Equal("–", quote.Cue?.Text);
    }

    [Fact]
    public void A_dash_that_goes_on_with_the_sentence_does_not_name_the_speaker()
    {
        Quote quote = Single("Brandt called the levee plan “a two billion dollar guess” – Ortiz has said much the same for years.", "guess");

        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void A_day_after_the_cue_is_not_the_speaker()
    {
        Quote quote = Single("A council official, speaking on the condition of anonymity to discuss the mayor's budget plans, said Wednesday that the levee was “a two billion dollar guess.”", "guess");

        Assert.Equal("A council official", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Raymond Ortiz (D-Ward 3), who chairs the finance committee, said: “We are spending two billion dollars on a guess.”")]
    [InlineData("“We are spending two billion dollars on a guess,” Raymond Ortiz (D-Ward 3) said in a statement.")]
    public void A_party_in_parentheses_stands_between_the_name_and_its_verb(string paragraph)
    {
        Quote quote = Single(paragraph, "guess");

        Assert.Equal("We are spending two billion dollars on a guess", quote.Text.TrimEnd('.', ','));
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_quote_whose_marks_do_not_match_is_attributed_by_the_words_that_interrupt_it()
    {
        string text = Intro + "\n\n“The levee will hold,” Brandt said.\n\n\"We are spending two billion dollars on a guess,” Ortiz said. “The river always wins in the end.\"";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains("guess", StringComparison.Ordinal));

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.EndsWith("in the end.", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ortiz went on to say: “We are spending two billion dollars on a guess.”", "say")]
    [InlineData("When the vote was called, Ortiz began by saying, “We are spending two billion dollars on a guess.”", "saying")]
    public void A_cue_governed_by_another_verb_reports_for_that_verbs_subject(string paragraph, string cue)
    {
        Quote quote = Single(paragraph, "guess");

        Assert.Equal("We are spending two billion dollars on a guess.", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal(cue, quote.Cue?.Text);
    }

    [Theory]
    [InlineData("Ortiz notes: “We are spending two billion dollars on a guess.”", "Ortiz", "notes")]
    [InlineData("As Ortiz put it, “We are spending two billion dollars on a guess.”", "Ortiz", "put")]
    public void A_common_verb_right_before_a_mark_and_the_quote_introduces_it(string paragraph, string speaker, string cue)
    {
        Quote quote = Single(paragraph, "guess");

        Assert.Equal("We are spending two billion dollars on a guess.", quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Mention.Text);
        Assert.Equal(cue, quote.Cue?.Text);
    }

    [Fact]
    public void A_full_stop_inside_a_closing_mark_ends_the_sentence_for_the_next_speaker()
    {
        string text = Intro + "\n\nBrandt called the levee “a long time coming.” Ortiz called it “a two billion dollar guess” at the meeting.";

        List<Quote> quotes = ArticleText.Extract(text);
        Quote first = Assert.Single(quotes, q => q.Text.Contains("long time", StringComparison.Ordinal));
        Quote second = Assert.Single(quotes, q => q.Text.Contains("guess", StringComparison.Ordinal));

        Assert.Equal("Brandt", first.Speaker?.Mention.Text);
        Assert.Equal("Ortiz", second.Speaker?.Mention.Text);
        Assert.DoesNotContain("Ortiz", first.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“Will the levee hold another winter?” a council official in the room wondered.", "a council official", "wondered")]
    [InlineData("“We are spending two billion dollars on a guess,” Ortiz barked.", "Ortiz", "barked")]
    [InlineData("“We are spending two billion dollars on a guess,” said another longtime council official, Raymond Ortiz.", "another longtime council official", "said")]
    public void The_attribution_after_a_quote_allows_a_place_an_unlisted_verb_and_another(string paragraph, string speaker, string cue)
    {
        Quote quote = Assert.Single(ArticleText.Extract(Intro + "\n\n" + paragraph), q => q.Kind == QuoteKind.Direct);

        Assert.Equal(speaker, quote.Speaker?.Mention.Text);
        Assert.Equal(cue, quote.Cue?.Text);
    }

    [Fact]
    public void A_verb_in_the_past_after_a_quote_that_does_not_hand_over_is_not_its_cue()
    {
        Quote quote = Single("Ortiz posted a message reading “Thank you, Harbor City” moments after the polls closed.", "Thank you");

        Assert.NotEqual("closed", quote.Cue?.Text);
    }

    [Fact]
    public void A_name_opening_the_sentence_speaks_across_an_apposition_ending_in_a_prepositional_phrase()
    {
        Quote quote = Single("Raymond Ortiz, a councilman who has worked with the Harbor Fund, said the levee plan had been sold to the city as “cheap, quick and safe” by its engineers.", "cheap");

        Assert.Equal("Raymond Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_speaker_who_opens_a_clause_of_their_own_is_not_taken_over_by_the_first_report()
    {
        Quote quote = Single("Brandt said the levee would hold, while Ortiz said that it was “a two billion dollar guess” at best.", "guess");

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.StartsWith("it was", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_relayed_according_to_a_recording_goes_to_the_recording()
    {
        Quote quote = Single("“The levee will not hold another winter,” Ortiz said at the closed meeting, according to audio obtained by the Gazette.", "levee");

        Assert.Equal("The levee will not hold another winter,", quote.Text);
        Assert.Equal("audio obtained by the Gazette", quote.Speaker?.Mention.Text);
        Assert.Equal("according", quote.Cue?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_quote_given_according_to_a_recording_goes_to_the_recording()
    {
        Quote quote = Single("“We will not pay for a second levee,” according to audio posted online.", "second levee");

        Assert.Equal("We will not pay for a second levee,", quote.Text);
        Assert.Equal("audio posted online", quote.Speaker?.Mention.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_pronoun_with_a_verb_of_its_own_near_the_quote_heads_its_clause()
    {
        Quote quote = Single("Brandt stayed at city hall long after the vote, and she spent the hour on “the slowest budget in years.”", "slowest");

        Assert.Equal("the slowest budget in years.", quote.Text);
        Assert.Equal("she", quote.Speaker?.Mention.Text);
        Assert.Equal("spent", quote.Cue?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void It_near_the_quote_does_not_take_the_quote_from_the_subject_of_the_sentence()
    {
        Quote quote = Single("Brandt pushed the budget through before the recess, though it left “a hole of two million dollars.”", "hole");

        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_document_whose_verb_ends_the_sentence_after_the_quote_is_its_source()
    {
        Quote quote = Single("“No new levee will be built before the spring floods,” the flyer reads.", "spring floods");

        Assert.Equal("No new levee will be built before the spring floods,", quote.Text);
        Assert.Equal("the flyer", quote.Speaker?.Mention.Text);
        Assert.Equal("reads", quote.Cue?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    [InlineData("went", "on")]
    [InlineData("shot", "back")]
    [InlineData("chimed", "in")]
    public void A_verb_and_its_particle_after_the_quote_report_it(string verb, string particle)
    {
        Quote quote = Single($"“We will not spend two billion dollars on a guess,” Ortiz {verb} {particle}.", "guess");

        Assert.Equal("We will not spend two billion dollars on a guess,", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal(verb, quote.Cue?.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_relative_word_before_a_verb_of_speech_near_the_quote_heads_its_clause()
    {
        Quote quote = Single("Brandt handed out flyers that said, “Vote against the second levee.”", "second levee");

        Assert.Equal("Vote against the second levee.", quote.Text);
        Assert.Equal("that", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_speaker_and_any_verb_after_a_quote_that_hands_over_attribute_it()
    {
        Quote quote = Single("“We are spending two billion dollars on a guess,” Ortiz barked and a guard led him out of the room.", "guess");

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("barked", quote.Cue?.Text);
    }

    [Fact]
    public void A_long_apposition_after_the_speaker_ends_at_the_comma_before_the_verb_of_speech()
    {
        Quote quote = Single("“We are spending two billion dollars on a guess,” Raymond Ortiz, chairman of the committee on roads, bridges, and levees, "
            + "said on Tuesday.", "guess");

        Assert.Equal("Raymond Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Fact]
    public void A_verb_in_the_present_then_a_document_after_the_quote_attribute_it()
    {
        Quote quote = Single("“The levee will not hold another winter,” reads an editorial in the Gazette.", "winter");

        Assert.Equal("an editorial", quote.Speaker?.Mention.Text);
        Assert.Equal("reads", quote.Cue?.Text);
    }

    [Fact]
    public void A_participle_after_the_quote_goes_on_with_the_sentence()
    {
        Quote quote = Single("Ortiz fired back at once: “We are spending two billion dollars on a guess,” referencing the mayor's own estimate.", "guess");

        Assert.NotEqual("the mayor's own estimate", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Councilman Raymond Ortiz (D-Ohio): “We are spending two billion dollars on a guess.”", "Councilman Raymond Ortiz")]
    [InlineData("WHY THE LEVEE FAILED - Raymond Ortiz: “We are spending two billion dollars on a guess.”", "Raymond Ortiz")]
    public void A_name_and_a_colon_label_the_quote(string paragraph, string speaker)
    {
        Quote quote = Single(paragraph, "guess");

        Assert.Equal(speaker, quote.Speaker?.Mention.Text);
        Assert.Equal(":", quote.Cue?.Text);
    }

    [Fact]
    public void The_subject_of_an_opening_clause_introduces_the_quote_after_its_comma()
    {
        Quote quote = Single("As Ortiz pointed out in May, “The levee will not hold another winter.”", "winter");

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("pointed", quote.Cue?.Text);
    }

    [Fact]
    public void The_subject_of_a_paragraph_ending_with_a_colon_speaks_the_quote_of_the_next_even_with_an_unknown_verb()
    {
        string text = Intro + "\n\nOrtiz echoed:\n\n“We are spending two billion dollars on a guess.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains("guess", StringComparison.Ordinal));

        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("The new ad targets “a council that spends two billion dollars on a guess.”", "The new ad")]
    [InlineData("To Ortiz, the levee is “a guess that will cost the city two billion dollars.”", "Ortiz")]
    public void A_long_quote_with_no_cue_goes_to_the_subject_or_the_first_name_of_its_sentence(string paragraph, string speaker)
    {
        Quote quote = Single(paragraph, "guess");

        Assert.Equal(speaker, quote.Speaker?.Mention.Text);
        Assert.Null(quote.Cue);
    }

    [Fact]
    public void A_dash_and_a_name_in_the_next_paragraph_sign_the_quote()
    {
        string text = Intro + "\n\n“We are spending two billion dollars on a guess.”\n\n– Raymond Ortiz, councilman";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Text.Contains("guess", StringComparison.Ordinal));

        Assert.Equal("Raymond Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("–", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("According to the Gazette, Ortiz said the levee was “a two billion dollar guess.”", "the Gazette", "According")]
    [InlineData("Ortiz said the levee was “a two billion dollar guess” on flooding, according to the minutes of the meeting.",
        "the minutes of the meeting", "according")]
    public void A_report_given_according_to_a_source_is_that_source_s(string paragraph, string source, string cue)
    {
        Quote quote = Single(paragraph, "guess");

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal(source, quote.Speaker?.Mention.Text);
        Assert.Equal(cue, quote.Cue?.Text);
    }

    [Fact]
    public void A_sentence_that_ends_with_a_report_is_that_speaker_s_even_far_from_the_quote()
    {
        Quote quote = Single("Brandt said little on Tuesday. The city built the levee on “a two billion dollar guess” and it will fail within a decade, "
            + "said Raymond Ortiz, the committee's chairman.", "guess");

        Assert.Equal("Raymond Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }
}
