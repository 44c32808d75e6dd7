namespace NewsText.Tests.Attribution;

/// <summary>
/// Where a quote's content starts and ends, on paragraphs written for these tests: quotation marks of every style,
/// sentences ending inside a closing mark, and mixed quotes holding several quoted fragments.
/// </summary>
public sealed class QuoteFormingTests
{
    private const string Intro = "Mayor Elena Brandt and Councilman Raymond Ortiz spoke after the vote on Tuesday night at city hall.";

    private static Quote Single(string paragraph, QuoteKind kind, out string text)
    {
        text = Intro + "\n\n" + paragraph;
        List<Quote> quotes = ArticleText.Extract(text);
        Quote quote = Assert.Single(quotes, q => q.Kind != QuoteKind.Indirect);
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(text.Substring(quote.Start, quote.Length), quote.Text);
        return quote;
    }

    [Theory]
    [InlineData("Brandt said the barrier was “a long overdue answer to the storms.” Ortiz voted against it.", "the barrier was “a long overdue answer to the storms.”")]
    [InlineData("Brandt said the barrier was \"a long overdue answer to the storms.\" Ortiz voted against it.", "the barrier was \"a long overdue answer to the storms.\"")]
    public void A_sentence_ending_inside_the_closing_mark_ends_the_reported_clause(string paragraph, string content)
    {
        Quote quote = Single(paragraph, QuoteKind.Mixed, out _);

        Assert.Equal(content, quote.Text);
        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Brandt said the plan was “bold” and “long overdue” for the harbor.", "the plan was “bold” and “long overdue” for the harbor")]
    [InlineData("Brandt said the plan was “bold” and did not “ask too much of the harbor’s fishing crews and their families.”", "the plan was “bold” and did not “ask too much of the harbor’s fishing crews and their families.”")]
    public void A_reported_clause_with_several_quoted_fragments_is_one_mixed_quote(string paragraph, string content)
    {
        Quote quote = Single(paragraph, QuoteKind.Mixed, out _);

        Assert.Equal(content, quote.Text);
        Assert.Equal("Brandt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void A_long_reported_clause_before_a_short_quotation_is_a_mixed_quote()
    {
        Quote quote = Single("Brandt said the longtime council member from the eastern harbor ward and his allies on the board were a “proven failure” on flooding.", QuoteKind.Mixed, out _);

        Assert.Equal("the longtime council member from the eastern harbor ward and his allies on the board were a “proven failure” on flooding", quote.Text);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_reported_clause_holding_an_unpaired_quotation_mark_is_mixed_and_one_without_stays_indirect()
    {
        string text = Intro + "\n\nBrandt told reporters the plan was “really a long overdue answer to the storms and the flooding on the waterfront."
            + "\n\nOrtiz said the plan was rushed.";

        List<Quote> quotes = ArticleText.Extract(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKind.Mixed, quotes[0].Kind);
        Assert.Equal("the plan was “really a long overdue answer to the storms and the flooding on the waterfront", quotes[0].Text);
        Assert.Equal("Elena Brandt", quotes[0].Speaker?.Name);
        Assert.Equal(QuoteKind.Indirect, quotes[1].Kind);
        Assert.Equal("Raymond Ortiz", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void A_second_verb_of_speech_between_two_quotations_keeps_them_apart()
    {
        string text = Intro + "\n\n“We are done mopping up after every storm,” Brandt said, adding, “The barrier will pay for itself within a decade.”";

        List<Quote> quotes = ArticleText.Extract(text);

        Assert.Equal(["We are done mopping up after every storm,", "The barrier will pay for itself within a decade."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Elena Brandt", q.Speaker?.Name));
    }

    [Fact]
    public void A_question_put_to_the_speaker_between_two_quotations_does_not_keep_them_apart()
    {
        string text = Intro + "\n\n“We are spending two billion dollars on a guess,” Ortiz said when asked about the cost. “Nobody has studied the fishing grounds.”";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We are spending two billion dollars on a guess,” Ortiz said when asked about the cost. “Nobody has studied the fishing grounds.", quote.Text);
        Assert.Equal("Raymond Ortiz", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quotation_in_title_case_with_no_speaker_is_a_title_and_one_in_sentence_case_is_speech()
    {
        string text = Intro + "\n\nA screening of “How The Harbor Learned To Swim” opened the meeting."
            + "\n\nA screening of “how the harbor learned to swim again” opened the meeting.";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("how the harbor learned to swim again", quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_later_quotation_whose_reported_clause_holds_the_first_makes_one_mixed_quote()
    {
        Quote quote = Single("In an interview, Ortiz said Brandt \"was personally, very heavily involved in all that planning and research\" and shared in \"a great amount of regret.\"",
            QuoteKind.Mixed, out _);

        Assert.Equal("Brandt \"was personally, very heavily involved in all that planning and research\" and shared in \"a great amount of regret.\"", quote.Text);
        Assert.Equal("Ortiz", quote.Speaker?.Mention.Text);
        Assert.Equal("said", quote.Cue?.Text);
    }

    [Theory]
    [InlineData("Ortiz said the vote was a “major breach of trust,” adding: “I will tell every member of the council what happened tonight.”", "the vote was a “major breach of trust,”")]
    public void A_second_verb_of_speech_after_a_mixed_quote_ends_its_clause(string paragraph, string clause)
    {
        string text = Intro + "\n\n" + paragraph;

        List<Quote> quotes = ArticleText.Extract(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal((QuoteKind.Mixed, clause), (quotes[0].Kind, quotes[0].Text));
        Assert.Equal((QuoteKind.Direct, "I will tell every member of the council what happened tonight."), (quotes[1].Kind, quotes[1].Text));
        Assert.All(quotes, q => Assert.Equal("Raymond Ortiz", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Brandt turned to Ortiz and said, \"I don’t get paid by the fishing companies, and I never will.”", "I don’t get paid by the fishing companies, and I never will.", "Elena Brandt")]
    [InlineData("“We are spending two billion dollars on a guess,\" Ortiz said after the vote.", "We are spending two billion dollars on a guess,", "Raymond Ortiz")]
    public void A_straight_mark_pairs_with_a_curly_one_when_its_own_style_has_no_partner(string paragraph, string content, string speaker)
    {
        Quote quote = Single(paragraph, QuoteKind.Direct, out _);

        Assert.Equal(content, quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Fact]
    public void A_paragraph_of_quotation_right_after_an_attributed_one_continues_it()
    {
        string text = Intro + "\n\nBrandt said: “We are done mopping up after every storm.”\n\n“The barrier will pay for itself within a decade.”";

        Quote quote = Assert.Single(ArticleText.Extract(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We are done mopping up after every storm.”\n\n“The barrier will pay for itself within a decade.", quote.Text);
        Assert.Equal("Elena Brandt", quote.Speaker?.Name);
    }
}
