using System.Text.Json;

namespace NewsText.Tests.Corpus;

/// <summary>The article the project started from: what parsing it must give, from ../shared/corpus/seed.</summary>
public sealed class SeedArticleTests
{
    private static (string Text, JsonElement Expected) Load()
    {
        string folder = Path.Combine(RepositoryPaths.Corpus, "seed");
        string text = File.ReadAllText(Path.Combine(folder, "article.txt"));
        return (text, JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement);
    }

    [CorpusFact]
    public void Seed_gives_the_expected_title_authors_and_paragraphs()
    {
        (string text, JsonElement expected) = Load();

        Article article = Article.Parse(text);

        Assert.Equal(expected.GetProperty("title").GetString(), article.Title);
        Assert.Equal(expected.GetProperty("authors").EnumerateArray().Select(a => a.GetString()), article.Authors);
        Assert.Equal(expected.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()), article.Paragraphs.Select(p => p.Text));
    }

    [CorpusFact]
    public void Seed_removes_the_teaser_both_avatars_the_lone_by_and_the_repeated_title()
    {
        (string text, _) = Load();

        Article article = Article.Parse(text);

        Assert.Equal(
            [RemovalKind.Title, RemovalKind.Teaser, RemovalKind.Avatar, RemovalKind.Byline, RemovalKind.RepeatedTitle, RemovalKind.Avatar],
            article.Removed.Select(r => r.Kind));
        Assert.All(article.Removed, r => Assert.Equal(text.Substring(r.Start, r.Length), r.Text));
        Assert.EndsWith("…", article.Removed[1].Text, StringComparison.Ordinal);
        Assert.Equal(["Liam Avatar", "By", "Liam Avatar"], article.Removed.Where(r => r.Kind is RemovalKind.Avatar or RemovalKind.Byline).Select(r => r.Text));
    }
}
