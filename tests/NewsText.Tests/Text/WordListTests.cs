using System.Collections.Frozen;
using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class WordListTests
{
    private static readonly string[] VerbWords = ["said", "told", "sen.", "co-founder", "a"];

    private static readonly FrozenSet<string> Verbs = VerbWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordList VerbList = new(VerbWords, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CaseSensitive = FrozenSet.ToFrozenSet(["Said"], StringComparer.Ordinal);

    private static readonly WordList CaseSensitiveList = new(["Said"], StringComparer.Ordinal);

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("sen.")]
    [InlineData("SEN.")]
    [InlineData("Co-Founder")]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData("sa")]
    [InlineData("saidx")]
    [InlineData("sald")]
    [InlineData("dias")]
    [InlineData("told\u2019")]
    [InlineData("sa\u0131d")] // dotless i: only the frozen set's case rules decide
    [InlineData("\u212Aing")] // Kelvin sign
    [InlineData("sai\u00E9")]
    [InlineData("t\u00F6ld")]
    [InlineData("sen\u2019")]
    public void A_word_is_found_exactly_when_the_frozen_set_holds_it(string word)
    {
        Assert.Equal(Verbs.Contains(word), VerbList.Contains(word));
        Assert.Equal(CaseSensitive.Contains(word), CaseSensitiveList.Contains(word));
    }

    [Fact]
    public void Every_word_of_a_large_list_is_found_in_any_case_and_its_near_misses_are_not()
    {
        string[] words = [.. Enumerable.Range(0, 900).Select(i => $"w{i}rd{(char)('a' + (i % 26))}")];
        var list = new WordList(words, StringComparer.OrdinalIgnoreCase);

        Assert.All(words, w => Assert.True(list.Contains(w.ToUpperInvariant())));
        Assert.All(words, w => Assert.False(list.Contains(w + "s")));
        Assert.All(words, w => Assert.False(list.Contains("x" + w[1..])));
    }

    [Theory]
    [InlineData("internationalisation", true)]
    [InlineData("INTERNATIONALISATION", true)]
    [InlineData("Internationalisations", false)]
    [InlineData("internationalisatiom", false)]
    [InlineData("internationalisa", false)]
    [InlineData("constitutional", true)]
    [InlineData("Constitutionally", false)]
    public void A_word_longer_than_the_packed_key_is_compared_to_its_end(string word, bool found)
    {
        var list = new WordList(["internationalisation", "internationalisations-era", "constitutional"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(found, list.Contains(word));
    }
}
