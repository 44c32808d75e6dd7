using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// A long paragraph's token list is sized by a count of the characters that start tokens, so that it is allocated
/// once: the count must hold every token, and the tokenizer, which sets the list's count to a block's starts before it
/// writes them, must never need more room than that.
/// </summary>
public sealed class TokenCapacityTests
{
    [Fact]
    public void The_bound_holds_every_token_of_any_text_from_any_start()
    {
        string[] pieces =
        [
            "said", "U.S.", "Mr.", "Mr.X", "co-founder", "Trump’s", "A&M", "3.5", "Путин", "Zürich", "é", "\u0301", "\uD83D\uDE00",
            " ", " ", "  ", "\n", "\u00A0", "\u200B", ",", ".", "“", "”", "'", "—", "Internationalisation",
        ];
        var random = new Random(5);
        for (int round = 0; round < 3000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pieces[random.Next(pieces.Length)]));
            int start = random.Next(0, Math.Min(70, text.Length + 1));

            Assert.True(Tokenizer.TokenCountBound(text, start) >= Tokenizer.Tokenize(text, start, text.Length).Count, text);
        }
    }

    [Theory]
    [InlineData("“ ", 0)]
    [InlineData("“ ", 1)]
    [InlineData("the U.S. said, “No.” ", 3)]
    [InlineData("Mr. ", 0)]
    [InlineData("Путин Zürich naïve ", 2)]
    public void A_long_paragraph_is_tokenised_into_the_room_counted_for_it(string unit, int trim)
    {
        // Past the length from which paragraphs are counted, and cut off short of a whole unit and of a whole block.
        string text = string.Concat(Enumerable.Repeat(unit, (1 << 16) / unit.Length + 1));
        int end = text.Length - trim;
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 0, end, tokens);

        Assert.Equal(Tokenizer.TokenCountBound(text.AsSpan(0, end), 0), tokens.Capacity);
    }

    [Fact]
    public void A_long_paragraph_of_marks_is_given_room_for_exactly_its_tokens()
    {
        // The hostile input the count was made for: a mark every other character, 20 MB of it at full size.
        string text = string.Concat(Enumerable.Repeat("“ ", 1 << 16)).TrimEnd();
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Equal(1 << 16, tokens.Count);
        Assert.Equal(tokens.Count, tokens.Capacity);
    }

    [Fact]
    public void A_long_word_is_given_room_for_few_tokens()
    {
        string text = new('x', 1 << 20);
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Single(tokens);
        // A guess by the paragraph's length would have made room for 262,144 tokens; the count gives one for each
        // block of 64 characters the word crosses.
        Assert.True(tokens.Capacity <= text.Length / 64);
    }
}
