using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class PrefixListTests
{
    private static readonly string[] Prefixes = ["share on ", "share this", "tag:", "don’t miss", "(photo", "share", "related:"];

    private static readonly PrefixList List = new(Prefixes);

    [Theory]
    [InlineData("")]
    [InlineData("sha")]
    [InlineData("Share")]
    [InlineData("SHARE THIS story")]
    [InlineData("Share on Facebook")]
    [InlineData("Shared values")]
    [InlineData("TAG: news")]
    [InlineData("tag")]
    [InlineData("Tags: news")]
    [InlineData("Don’t Miss")]
    [InlineData("Don't miss")]
    [InlineData("(PHOTO: AP)")]
    [InlineData("(phöto")]
    [InlineData("ſhare this")]
    [InlineData("shaRE")]
    [InlineData("Related: the story")]
    [InlineData("Relatedness")]
    [InlineData("éshare")]
    [InlineData("sh\u0131re")]
    public void Finds_the_first_prefix_in_list_order_ignoring_case(string text)
    {
        int expected = Array.FindIndex(Prefixes, p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(expected, List.FirstMatch(text));
    }

    /// <summary>
    /// Texts are turned away by their key's bit before the keys are compared: every text that starts with a prefix,
    /// or nearly does (its first characters changed one at a time, in case or to another character), must still find
    /// the prefix plain comparison finds.
    /// </summary>
    [Fact]
    public void Finds_what_plain_comparison_finds_when_keys_are_filtered_first()
    {
        string[] prefixes = ["share on ", "share this", "tag:", "don’t miss", "(photo", "share", "related:", "read more", "read next",
            "sign up", "subscribe", "advertisement", "copyright", "all rights", "follow us", "recommended", "sponsored", "trending", "newsletter"];
        var list = new PrefixList(prefixes);
        string replacements = "aAsSeE rR:(’'.0\u00E9\u0131\u017F";
        foreach (string prefix in prefixes)
        {
            foreach (string text in new[] { prefix, prefix.ToUpperInvariant(), prefix + " story", prefix[..4], prefix[..^1] })
            {
                AssertFindsAsPlainComparison(list, prefixes, text);
                for (int i = 0; i < Math.Min(text.Length, 6); i++)
                {
                    foreach (char c in replacements)
                    {
                        AssertFindsAsPlainComparison(list, prefixes, text[..i] + c + text[(i + 1)..]);
                    }
                }
            }
        }
    }

    private static void AssertFindsAsPlainComparison(PrefixList list, string[] prefixes, string text)
    {
        int expected = Array.FindIndex(prefixes, p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        Assert.True(expected == list.FirstMatch(text), text);
    }

    [Fact]
    public void Refuses_a_prefix_it_cannot_key()
    {
        Assert.Throws<ArgumentException>(() => new PrefixList("by:"));
        Assert.Throws<ArgumentException>(() => new PrefixList("éclair"));
        Assert.Throws<ArgumentException>(() => new PrefixList("caf\u00E9 news"));
    }
}
