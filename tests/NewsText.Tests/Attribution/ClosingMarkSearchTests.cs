using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The direct-quote finder looks for a closing mark inside a mismatched quotation with a vectorised search over
/// <see cref="QuotationMarks.ClosingButApostrophe"/> instead of testing each character with
/// <see cref="QuotationMarks.IsClosing"/>: the two must agree on every character.
/// </summary>
public sealed class ClosingMarkSearchTests
{
    [Fact]
    public void The_searched_marks_are_the_closing_marks_but_the_apostrophe()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            bool plain = QuotationMarks.IsClosing((char)c) && c != '’';

            Assert.True(plain == QuotationMarks.ClosingButApostrophe.Contains((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(40)]
    public void A_straight_quote_closed_by_a_curly_mark_is_attributed_after_the_curly_mark(int fillerWords)
    {
        // Apostrophes and other marks before the curly close, at lengths across the search's blocks.
        string filler = string.Concat(Enumerable.Repeat("don’t ", fillerWords));
        string text = "\"We will " + filler + "win,” Reid said. “We will.\"";

        Quote quote = Assert.Single(ArticleText.Extract(text), q => q.Kind == QuoteKind.Direct);

        Assert.Equal("Reid", quote.Speaker?.Name);
        Assert.EndsWith("We will.", quote.Text);
    }
}
