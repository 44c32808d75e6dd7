namespace NewsText.Tests.Attribution;

/// <summary>
/// Who said what, on paragraphs written for these tests: each line gives the paragraphs (separated by a blank line),
/// the quoted content expected, its kind, cue and the resolved speaker.
/// </summary>
public sealed class AttributionTests
{
    private const string Intro = "Mayor Elena Brandt and Councilman Raymond Ortiz spoke after the vote on Tuesday night at city hall.";

    [Theory]
    [InlineData("“We are done mopping up after every storm,” Brandt said.", "We are done mopping up after every storm,", "said", "Elena Brandt")]
    [InlineData("“We are done mopping up after every storm,” said Brandt.", "We are done mopping up after every storm,", "said", "Elena Brandt")]
    [InlineData("“We are done mopping up after every storm” – Brandt", "We are done mopping up after every storm", "–", "Elena Brandt")]
    [InlineData("“We are done mopping up after every storm” — Brandt", "We are done mopping up after every storm", "—", "Elena Brandt")]
    [InlineData("Brandt said: “We are done mopping up after every storm.”", "We are done mopping up after every storm.", "said", "Elena Brandt")]
    [InlineData("Brandt said, “We are done mopping up after every storm.”", "We are done mopping up after every storm.", "said", "Elena Brandt")]
    [InlineData("“We are spending two billion dollars on a guess,” Ortiz told reporters.", "We are spending two billion dollars on a guess,", "told", "Raymond Ortiz")]
    [InlineData("\"We are spending two billion dollars on a guess,\" Ortiz said.", "We are spending two billion dollars on a guess,", "said", "Raymond Ortiz")]
    [InlineData("''We are spending two billion dollars on a guess,'' Ortiz said.", "We are spending two billion dollars on a guess,", "said", "Raymond Ortiz")]
    [InlineData("«Nous avons enfin une digue pour la ville», a déclaré Brandt.", "Nous avons enfin une digue pour la ville", "–", "")]
    public void Direct_quotes_find_their_cue_and_speaker(string paragraph, string content, string cue, string speaker)
    {
        string text = Intro + "\n\n" + paragraph;

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal(content, quote.Text);
        Assert.Equal(text.Substring(quote.Start, quote.Length), quote.Text);
        if (speaker.Length > 0)
        {
            Assert.Equal(cue, quote.Cue?.Text);
            Assert.Equal(speaker, quote.Speaker?.Name);
            Assert.Equal(text.Substring(quote.Speaker!.Mention.Start, quote.Speaker.Mention.Length), quote.Speaker.Mention.Text);
        }
    }

    [Fact]
    public void A_pronoun_resolves_to_the_person_named_last()
    {
        string text = Intro + "\n\nOrtiz voted against the plan. “We are spending two billion dollars on a guess,” he said.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("he", quote.Speaker?.Mention.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_continued_after_its_attribution_is_one_quote_with_the_first_speaker()
    {
        string text = Intro + "\n\n“This is the most important thing we will do,” Brandt said. “We are done mopping up after every storm.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("This is the most important thing we will do,” Brandt said. “We are done mopping up after every storm.", quote.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Quotes_of_different_speakers_in_one_paragraph_stay_apart()
    {
        string text = Intro + "\n\n“This is the most important thing we will do,” Brandt said. “We are spending two billion dollars on a guess,” Ortiz said.";

        List<Quote> quotes = ArticleText.Extract(text).Where(q => q.Kind == QuoteKind.Direct).ToList();

        Assert.Equal(["Elena Brandt", "Raymond Ortiz"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void A_nominal_speaker_after_a_quote_stops_before_its_cue()
    {
        string text = Intro + "\n\n“We are spending two billion dollars on a guess,” the businessman replied.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("the businessman", quote.Speaker?.Mention.Text);
        Assert.Equal("replied", quote.Cue?.Text);
    }

    [Fact]
    public void Doubled_apostrophe_quote_after_a_full_stop_starts_a_new_sentence()
    {
        string text = Intro + "\n\n''We are done mopping up,'' Brandt told the crowd in the square. ''The barrier is a promise we should have kept years ago.''";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.EndsWith("kept years ago.", quote.Text, StringComparison.Ordinal);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_paragraph_after_a_colon_belongs_to_the_speaker_introduced()
    {
        string text = Intro + "\n\nBrandt ended the meeting by stating:\n\n“The barrier is a promise we should have kept years ago.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal(":", quote.Cue?.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quoted_fragment_in_a_reported_clause_is_a_mixed_quote_of_the_whole_clause()
    {
        string text = Intro + "\n\nBrandt said the talks with the state were “going well” and would end soon.";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("the talks with the state were “going well” and would end soon", quote.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Ortiz said that the city had not studied the fishing grounds.", "the city had not studied the fishing grounds", "said")]
    [InlineData("Ortiz warned that the gates would hurt the fishing grounds.", "the gates would hurt the fishing grounds", "warned")]
    [InlineData("Ortiz suggested he might sue the city over the vote.", "he might sue the city over the vote", "suggested")]
    [InlineData("The city had not studied the fishing grounds, Ortiz said.", "The city had not studied the fishing grounds", "said")]
    [InlineData("According to Ortiz, the city had not studied the fishing grounds.", "the city had not studied the fishing grounds", "According to")]
    [InlineData("The vote was close, with Ortiz stating that the city had rushed it.", "the city had rushed it", "stating")]
    public void Reported_speech_gives_the_clause_and_its_speaker(string paragraph, string content, string cue)
    {
        string text = Intro + "\n\n" + paragraph;

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, quote.Text);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Ortiz wants to delay the barrier until after the election.", "to delay the barrier until after the election", "wants", "Ortiz")]
    [InlineData("Ortiz endorsed the harbor plan on Friday.", "the harbor plan on Friday", "endorsed", "Ortiz")]
    [InlineData("A new survey of fishermen shows support for the barrier falling.", "support for the barrier falling", "shows", "A new survey of fishermen")]
    [InlineData("Most residents of the old harbor say the barrier came too late.", "the barrier came too late", "say", "Most residents of the old harbor")]
    [InlineData("The fishermen, who have overwhelmingly backed Ortiz, plan to sue.", "Ortiz", "backed", "who")]
    public void Attitude_verbs_attribute_what_follows_to_their_subject(string paragraph, string content, string cue, string mention)
    {
        string text = Intro + "\n\n" + paragraph;

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(content, quote.Text);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal(mention, quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void A_second_subject_with_its_own_cue_ends_the_first_clause()
    {
        string text = Intro + "\n\nBoth men expressed doubts about the schedule, with Ortiz stating that the city had rushed the vote.";

        List<Quote> quotes = ArticleText.Extract(text);

        Assert.Equal(["doubts about the schedule", "the city had rushed the vote"], quotes.Select(q => q.Text));
        Assert.Equal("Raymond Ortiz", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void A_verb_followed_by_a_circumstance_reports_nothing()
    {
        Assert.Empty(ArticleText.Extract(Intro + "\n\nThe harbor board answered through its lawyer on Monday."));
    }

    [Theory]
    [InlineData("“We are spending two billion dollars on a guess,” Ortiz notes.", "notes", "Ortiz")]
    [InlineData("“We are spending two billion dollars on a guess,” Mr. Ortiz said.", "said", "Mr. Ortiz")]
    public void Any_reporting_verb_after_a_quote_and_its_speaker_attributes_it(string paragraph, string cue, string mention)
    {
        string text = Intro + "\n\n" + paragraph;

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("We are spending two billion dollars on a guess,", quote.Text);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.Equal(mention, quote.Speaker?.Mention.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quoted_phrase_belongs_to_the_subject_of_its_sentence()
    {
        string text = Intro + "\n\nOne fisherman called the barrier “a wall against the sea” during the hearing.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("a wall against the sea", quote.Text);
        Assert.Equal("called", quote.Cue?.Text);
        Assert.Equal("One fisherman", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void A_mixed_quote_belongs_to_the_first_report_of_its_sentence()
    {
        string text = Intro + "\n\nOrtiz told reporters he feels the vote was “a mistake we will pay for” and left.";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("told", quote.Cue?.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_after_a_comma_reports_for_the_subject_of_the_sentence()
    {
        string text = Intro + "\n\nBrandt stayed late on Tuesday, telling the council that the plan was “a promise we should have kept years ago.”";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind != QuoteKind.Indirect);

        Assert.Equal("telling", quote.Cue?.Text);
        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void A_name_and_a_colon_opening_a_paragraph_label_what_follows()
    {
        string text = Intro + "\n\nORTIZ: The city has not studied the fishing grounds at all.";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal("The city has not studied the fishing grounds at all", quote.Text);
        Assert.Equal(":", quote.Cue?.Text);
        Assert.Equal("ORTIZ", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void An_institution_referred_to_as_it_is_the_speaker_mention()
    {
        string text = Intro + "\n\nThe harbor board met on Monday. “We will reopen the docks in June,” it said.";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("it", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Groups_speak_as_themselves()
    {
        string text = Intro + "\n\nThe harbor will stay open to shipping throughout the work, officials said.";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal("officials", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The so-called “plan” was debated for hours.")]
    [InlineData("She read “Moby” twice before the meeting.")]
    public void A_one_word_scare_quote_is_not_reported_speech(string paragraph)
    {
        Assert.Empty(ArticleText.Extract(Intro + "\n\n" + paragraph));
    }

    [Fact]
    public void Speakers_carry_title_organisation_and_aliases()
    {
        string text = "U.S. President Donald Trump spoke to reporters. The Kremlin answered through spokesperson Dmitry Peskov.\n\n" +
            "“I think we are on the way to getting peace” – Trump\n\n“The time has come for our two countries to work together” – Peskov";

        AttributionResult result = new NewsText.Attribution.AttributionExtractor().Extract(text, ArticleText.Paragraphs(text));

        Speaker trump = Assert.Single(result.Speakers, s => s.Name == "Donald Trump");
        Assert.Equal("U.S. President", trump.Title);
        Assert.Equal(["Trump"], trump.Aliases);
        Speaker peskov = Assert.Single(result.Speakers, s => s.Name == "Dmitry Peskov");
        Assert.Equal("spokesperson", peskov.Title);
        Assert.Equal("Kremlin", peskov.Organization);
        Assert.Equal([1], peskov.Quotes);
    }

    [Fact]
    public void An_unmatched_quotation_mark_at_a_paragraph_start_runs_on_into_the_next_paragraph()
    {
        // PolNeAR and readers take a quotation run on over paragraphs as one statement.
        string text = Intro + "\n\n“We are done mopping up after every storm, and the city knows it,\n\n“and the state knows it too,” Brandt said.";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal("We are done mopping up after every storm, and the city knows it,\n\n“and the state knows it too,", quote.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }

}
