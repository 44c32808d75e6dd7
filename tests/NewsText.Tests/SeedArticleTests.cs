using System.Text.Json;

namespace NewsText.Tests;

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
}
