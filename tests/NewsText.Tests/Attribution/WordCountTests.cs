using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The word count reads plain ASCII in blocks of eight characters and counts from a mask: it must say what a count of
/// one character at a time says, for words across the blocks' edges, next to characters past ASCII, and at any limit.
/// </summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 4, 0)]
    [InlineData("the plan", 4, 2)]
    [InlineData("We will win, and soon.", 4, 4)]
    [InlineData("We will win, and soon.", 0, 5)]
    [InlineData("abcdefgh ijklmnop", 3, 2)]
    [InlineData("abcdefghijklmnop qrstuvwx", 9, 2)]
    [InlineData("Müller sagte, “Straße” sei frei", 9, 5)]
    [InlineData("“…” – 2016’s", 9, 2)]
    public void Counts_the_runs_of_letters_and_digits_up_to_the_limit(string text, int limit, int expected) =>
        Assert.Equal(expected, WordCount.UpTo(text, 0, text.Length, limit));

    [Fact]
    public void A_random_stretch_counts_as_one_character_at_a_time_counts_it()
    {
        string[] pieces = ["a", "Z", "7", "word", "abcdefgh", " ", ",", ".", "'", "\u2019", "\u201C", "\u00E9", "\u0416", "\u4E2D", "\u00A0", "-"];
        var random = new Random(11);
        for (int round = 0; round < 20_000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            int start = random.Next(0, text.Length + 1);
            int end = random.Next(0, text.Length + 1);
            int limit = random.Next(-1, 12);

            Assert.Equal(PlainCount(text, start, end, limit), WordCount.UpTo(text, start, end, limit));
        }
    }

    // The count as the finders made it before, one character at a time.
    private static int PlainCount(string text, int start, int end, int limit)
    {
        int words = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord && ++words == limit)
            {
                break;
            }

            inWord = letter;
        }

        return words;
    }
}
