using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class WordSetTests
{
    [Fact]
    public void Coverage_counts_the_words_of_three_letters_or_more_found_in_the_blocks_ignoring_case()
    {
        const string text = "Élan of the WORLD’s 42 bank\nNothing at all";
        WordSet words = Set(text, text.IndexOf('\n'));
        try
        {
            // "of", "42" and the "s" after the apostrophe are too short to count; the second line is outside the block.
            Assert.Equal(1.0, words.Coverage("ÉLAN world BANK of 42"));
            Assert.Equal(0.5, words.Coverage("the cash"));
            Assert.Equal(0.0, words.Coverage("at it"));
            Assert.Equal(0.0, words.Coverage("nothing"));
        }
        finally
        {
            words.Dispose();
        }
    }

    [Fact]
    public void The_table_of_keys_agrees_with_the_casing_of_every_character()
    {
        // Letters of the alphabets most pages use are looked up in a table; every character must come out as the
        // category test and the casing make it.
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            Assert.Equal(WordSet.PlainKey((char)c), WordSet.Key((char)c));
        }
    }

    [Fact]
    public void Answers_as_a_set_of_the_words_compared_ignoring_case_does()
    {
        const string alphabet = "abcXYZéÉß9 ,.’-\u00A0";
        var random = new Random(20261201);
        for (int sample = 0; sample < 500; sample++)
        {
            string body = RandomText(random, alphabet, 300);
            var expected = new HashSet<string>(WordsOf(body), StringComparer.OrdinalIgnoreCase);
            WordSet words = Set(body, body.Length);
            try
            {
                string candidate = RandomText(random, alphabet, 40);
                List<string> candidateWords = WordsOf(candidate);
                double share = candidateWords.Count == 0 ? 0 : (double)candidateWords.Count(expected.Contains) / candidateWords.Count;
                Assert.True(share == words.Coverage(candidate), $"\"{candidate}\" against \"{body}\"");
            }
            finally
            {
                words.Dispose();
            }
        }
    }

    [Fact]
    public void Holds_a_block_of_nothing_but_distinct_short_words()
    {
        // The most words a block can hold: three letters and a space each, all different.
        string text = string.Join(' ', Enumerable.Range(0, 4000).Select(i => $"{(char)('a' + i % 26)}{(char)('a' + i / 26 % 26)}{(char)('a' + i / 676)}"));
        WordSet words = Set(text, text.Length);
        try
        {
            Assert.Equal(1.0, words.Coverage("aaa zze"));
        }
        finally
        {
            words.Dispose();
        }
    }

    private static WordSet Set(string text, int length) => new(text, [new BlockInfo { Block = new Block(0, length, 1, true) }]);

    private static string RandomText(Random random, string alphabet, int maxLength) =>
        new(Enumerable.Range(0, random.Next(maxLength)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    private static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool key = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (key && start < 0)
            {
                start = i;
            }
            else if (!key && start >= 0)
            {
                if (i - start >= 3)
                {
                    words.Add(text[start..i]);
                }

                start = -1;
            }
        }

        return words;
    }
}
