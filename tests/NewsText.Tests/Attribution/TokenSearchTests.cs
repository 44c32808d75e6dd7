using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// <see cref="ParagraphContext.TokenAt"/> halves a window of tokens without branching on each step: for every place
/// of a paragraph, before it and past it, it must give the first token that starts there or later, as a walk over the
/// tokens does, for any number of tokens.
/// </summary>
public sealed class TokenSearchTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData(" a")]
    [InlineData("a, b")]
    [InlineData("“We cannot wait,” Mayor Ana Ruiz said.")]
    [InlineData("The council voted, and the mayor said the plan, which was late, had failed. Officials agreed, she said!")]
    public void Every_place_finds_the_first_token_starting_there_or_later(string paragraph)
    {
        // Text before and after the paragraph: places outside it must give the first token and the count.
        string text = "x. " + paragraph + " y";
        var segment = new TextSegment(paragraph, 3, paragraph.Length);
        ParagraphContext context = ParagraphContext.Of(text, segment);
        for (int position = -1; position <= text.Length + 1; position++)
        {
            int expected = context.Tokens.FindIndex(token => token.Start >= position);
            Assert.Equal(expected < 0 ? context.Tokens.Count : expected, context.TokenAt(position));
        }
    }

    [Fact]
    public void Paragraphs_of_every_length_up_to_a_few_hundred_tokens_find_each_token()
    {
        for (int words = 0; words <= 300; words += words < 20 ? 1 : 17)
        {
            string paragraph = string.Join(" ", Enumerable.Range(0, words).Select(i => i % 3 == 0 ? "ab," : "c"));
            ParagraphContext context = ParagraphContext.Of(paragraph, new TextSegment(paragraph, 0, paragraph.Length));
            for (int k = 0; k < context.Tokens.Count; k++)
            {
                Assert.Equal(k, context.TokenAt(context.Tokens[k].Start));
                Assert.Equal(k + 1, context.TokenAt(context.Tokens[k].Start + 1));
            }

            Assert.Equal(context.Tokens.Count, context.TokenAt(paragraph.Length + 1));
        }
    }
}
