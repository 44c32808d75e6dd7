namespace NewsText.Tests.Robustness;

/// <summary>
/// Invariants on generated input, a bounded number of cases with fixed seeds so that a failure reproduces: the parser
/// never throws, every span is the substring it names, paragraphs keep order, and threads agree.
/// </summary>
public sealed class PropertyTests
{
    private const int Cases = 300;

    [Fact]
    public void Random_text_parses_without_throwing_and_keeps_every_invariant()
    {
        var generator = new TextGenerator(seed: 20261125);
        for (int i = 0; i < Cases; i++)
        {
            string text = generator.RandomText(2_000);

            Article article = Article.Parse(text);

            ArticleInvariants.Check(text, article);
        }
    }

    [Fact]
    public void Mutated_articles_parse_without_throwing_and_keep_every_invariant()
    {
        var generator = new TextGenerator(seed: 42);
        string sample = File.ReadAllText(RepositoryPaths.Sample("article.txt"));
        for (int i = 0; i < Cases; i++)
        {
            string text = generator.Mutate(sample);

            Article article = Article.Parse(text);

            ArticleInvariants.Check(text, article);
        }
    }

    [Fact]
    public void Parsing_on_many_threads_gives_what_one_thread_gives()
    {
        var generator = new TextGenerator(seed: 7);
        string sample = File.ReadAllText(RepositoryPaths.Sample("article.txt"));
        string[] texts = [.. Enumerable.Range(0, 64).Select(_ => generator.Mutate(sample))];
        string[] sequential = [.. texts.Select(t => NewsTextJson.Serialize(NewsTextParser.Default.Parse(t)))];

        string[] parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = NewsTextJson.Serialize(NewsTextParser.Default.Parse(texts[i])));

        Assert.Equal(sequential, parallel);
    }
}
