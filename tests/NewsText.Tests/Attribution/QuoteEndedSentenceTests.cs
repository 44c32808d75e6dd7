using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

public sealed class QuoteEndedSentenceTests
{
    [Fact]
    public void A_quotation_ends_the_sentence_before_it_when_a_full_stop_stands_inside_its_closing_mark()
    {
        const string Paragraph = "Brandt called the levee “a guess.” Ortiz called it “a scandal.”";
        ParagraphContext context = ParagraphContext.Of(Paragraph, new TextSegment(Paragraph, 0, Paragraph.Length));
        int secondOpen = context.TokenAt(Paragraph.LastIndexOf('“'));

        int start = QuoteEndedSentence.StartBefore(Paragraph, context, secondOpen);

        Assert.Equal("Ortiz", context.Tokens[start].Span(Paragraph).ToString());
    }

    [Fact]
    public void A_run_on_sentence_is_read_only_so_far_around_each_quotation()
    {
        // One "sentence" of a thousand quotations: reading all of it for each of them would cost their number squared.
        string paragraph = string.Concat(Enumerable.Repeat("said “a” ", 1000));
        ParagraphContext context = ParagraphContext.Of(paragraph, new TextSegment(paragraph, 0, paragraph.Length));
        Assert.Single(context.Sentences);
        QuoteSpan middle = context.Quotes[500];
        int open = context.TokenAt(middle.Open);

        Assert.Equal(open - QuoteEndedSentence.MaxReach, QuoteEndedSentence.StartBefore(paragraph, context, open));
        Assert.Equal(context.TokenAt(middle.After) + QuoteEndedSentence.MaxReach, QuoteEndedSentence.EndAfter(paragraph, context, middle));
    }

    [Fact]
    public void A_sentence_shorter_than_the_reach_is_read_whole()
    {
        const string Paragraph = "The mayor of the island town, who had opposed the plan for years, said “we will build it” on Monday.";
        ParagraphContext context = ParagraphContext.Of(Paragraph, new TextSegment(Paragraph, 0, Paragraph.Length));
        QuoteSpan quote = Assert.Single(context.Quotes);

        Assert.Equal(0, QuoteEndedSentence.StartBefore(Paragraph, context, context.TokenAt(quote.Open)));
        Assert.Equal(context.Tokens.Count, QuoteEndedSentence.EndAfter(Paragraph, context, quote));
    }
}
