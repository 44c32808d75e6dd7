using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The index finds people by surname among all the people whose surnames share a hash chain: a surname alone is the
/// last person named with it, a longer form of a name is the same person, and people of other surnames stay apart.
/// </summary>
public sealed class NameIndexTests
{
    [Fact]
    public void A_surname_alone_is_the_last_person_named_with_it()
    {
        const string text = "Donald Trump met Peskov. Melania Trump then spoke to Dmitry Peskov. Soon after, Trump left.";
        NameIndex names = Index(text);

        Assert.Equal("Melania Trump", NameOf(text, names.LastNamedBefore(text.LastIndexOf("left", StringComparison.Ordinal))));
        Assert.Equal("Dmitry Peskov", NameOf(text, names.Resolve("Peskov")));
        Assert.Null(names.Resolve("Biden"));
        names.Return();
    }

    [Fact]
    public void A_fuller_form_of_a_name_is_the_same_person_and_gives_the_name()
    {
        const string text = "Ann Lee arrived. Sen. Mary Ann Lee spoke. Lee left.";
        NameIndex names = Index(text);

        Assert.Equal("Mary Ann Lee", NameOf(text, names.Resolve("Ann Lee")));
        Assert.Equal("Mary Ann Lee", NameOf(text, names.LastNamedBefore(text.Length)));
        Assert.Equal("Sen.", names.Resolve("Lee")!.Value.TitleIn(text).ToString());
        names.Return();
    }

    [Fact]
    public void The_next_article_finds_none_of_the_last_ones_people()
    {
        const string first = "Donald Trump spoke.";
        Index(first).Return();
        const string next = "Trump spoke.";
        NameIndex names = Index(next);

        Assert.Null(names.Resolve("Trump"));
        Assert.Null(names.LastNamedBefore(next.Length));
        names.Return();
    }

    private static NameIndex Index(string text)
    {
        NameIndex names = NameIndex.Rent(text);
        ParagraphContext context = ParagraphContext.Of(text, new TextSegment(text, 0, text.Length));
        foreach (Range sentence in context.Sentences)
        {
            names.AddSentence(context.Tokens, sentence);
        }

        return names;
    }

    private static string? NameOf(string text, Person? person) => person?.FullNameIn(text).ToString();
}
