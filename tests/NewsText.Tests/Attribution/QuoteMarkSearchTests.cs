using System.Buffers;
using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The quote scanner and the mixed-quote check jump to the next quotation mark with a vectorised search: whatever
/// lies before the mark (non-ASCII letters, surrogate pairs, apostrophes, any length across the 16- and 32-character
/// blocks of the search), the mark they stop at must be the one a character-by-character reading stops at.
/// </summary>
public sealed class QuoteMarkSearchTests
{
    // A quotation needs some content; 40 characters reach past two blocks of the widest search.
    public static TheoryData<int> Lengths => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_curly_quote_closes_at_its_own_mark(int length)
    {
        string filler = Filler(length);
        string text = "“" + filler + "”, she said.";

        Assert.Equal(1 + filler.Length, SingleQuote(text).Close);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_single_quote_skips_the_apostrophes_inside_words(int length)
    {
        string inner = Filler(length) + " don’t " + Filler(length);
        string text = "He said ‘" + inner + "’ and left.";

        Assert.Equal(text.LastIndexOf('’'), SingleQuote(text).Close);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_straight_quote_with_no_straight_close_closes_at_a_curly_one(int length)
    {
        string filler = Filler(length);
        string text = "\"" + filler + "x” she said";

        Assert.Equal(2 + filler.Length, SingleQuote(text).Close);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_curly_quote_with_no_curly_close_closes_at_a_straight_one(int length)
    {
        string filler = Filler(length);
        string text = "“" + filler + "x\" she said";

        Assert.Equal(2 + filler.Length, SingleQuote(text).Close);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void An_unclosed_quote_that_opens_the_paragraph_runs_to_its_end(int length)
    {
        string text = "“" + Filler(length) + " it’s «";
        QuoteSpan quote = SingleQuote(text);

        Assert.False(quote.Closed);
        Assert.Equal(text.Length, quote.Close);
    }

    [Theory]
    [InlineData("“", true)]
    [InlineData("”", true)]
    [InlineData("\"", true)]
    [InlineData("«", true)]
    [InlineData("»", true)]
    [InlineData("„", true)]
    [InlineData("''", true)]
    [InlineData("'", false)]
    [InlineData("’", false)]
    [InlineData("‘", false)]
    public void A_reported_clause_is_mixed_exactly_when_it_holds_a_double_mark(string mark, bool mixed)
    {
        for (int length = 0; length <= 40; length++)
        {
            string content = Filler(length) + " it’s " + mark + "x" + Filler(length);
            string text = content + "''";
            // The clause ends between the two apostrophes after it: half a doubled mark is no mark.
            var found = new List<FoundQuote> { new(0, content.Length + 1, QuoteKind.Indirect, null, null, "test") };

            QuotedClauses.MarkMixed(text, found, 0);

            Assert.Equal(mixed ? QuoteKind.Mixed : QuoteKind.Indirect, found[0].Kind);
        }
    }

    [Fact]
    public void The_mark_search_finds_the_first_mark_near_or_far_as_the_vectorised_search_does()
    {
        // Marks past ASCII, both straight ones, and characters either side of them that are none (the filter before
        // the exact test lets every character past ASCII and the straight marks through).
        var marks = SearchValues.Create("“”\"'»");
        string[] others = ["a", " ", "é", "’", "—", "Ж", "\u00AA", "\u007F", "#"];
        foreach (string other in others)
        {
            foreach (char mark in "“”\"'»")
            {
                for (int at = 0; at <= 12; at++)
                {
                    string text = string.Concat(Enumerable.Repeat(other, at)) + mark + other + mark;
                    Assert.Equal(at, QuoteScanner.IndexOfMark(text, marks));
                    Assert.Equal(-1, QuoteScanner.IndexOfMark(text.AsSpan(0, at), marks));
                }
            }
        }
    }

    private static QuoteSpan SingleQuote(string text) => Assert.Single(QuoteScanner.Scan(text, 0, text.Length));

    // Letters from several scripts, a surrogate pair and spaces, cut to about any length (never inside the pair).
    private static string Filler(int length) =>
        string.Concat(Enumerable.Repeat("Zé Жa😀b ", 10))[..length].TrimEnd('\uD83D');
}
