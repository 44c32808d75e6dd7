using System.Text;

namespace NewsText.Tests.Robustness;

/// <summary>
/// Inputs built to hurt a parser. Sizes here are kept small enough for a quick suite; the full sizes (20 MB, 100 MB)
/// and the time they take belong to the benchmarks (`--scaling`).
/// </summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string> Inputs() => new()
    {
        "empty",
        "whitespace",
        "random bytes",
        "unmatched quotation marks",
        "quotations in one run-on sentence",
        "line without spaces",
        "repeated titles",
        "repeated lines",
        "mixed scripts",
        "lone surrogates",
        "markdown left open",
        "one giant paragraph",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Hostile_input_parses_without_throwing(string name)
    {
        string text = Build(name);

        Article article = Article.Parse(text);

        ArticleInvariants.Check(text, article);
    }

    [Fact]
    public void Input_over_the_configured_limit_is_refused_with_a_clear_error()
    {
        var parser = new NewsTextParser(NewsTextOptions.Default with { MaxInputLength = 100 });

        ArgumentException error = Assert.Throws<ArgumentException>(() => parser.Parse(new string('a', 101)));

        Assert.Equal("text", error.ParamName);
        Assert.Contains("MaxInputLength", error.Message, StringComparison.Ordinal);
        Assert.NotNull(parser.Parse(new string('a', 100)));
    }

    [Fact]
    public void A_cancelled_token_stops_a_large_parse()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        string text = Build("repeated lines");

        Assert.ThrowsAny<OperationCanceledException>(() => NewsTextParser.Default.Parse(text, cancellation.Token));
    }

    private static string Build(string name)
    {
        var random = new Random(name.Length);
        string sample = File.ReadAllText(RepositoryPaths.Sample("article.txt"));
        return name switch
        {
            "empty" => "",
            "whitespace" => " \n\n\t\r\n \u00A0 \n",
            "random bytes" => Encoding.UTF8.GetString(RandomBytes(random, 1 << 20)),
            "unmatched quotation marks" => string.Concat(Enumerable.Repeat("“ ", 200_000)),
            "quotations in one run-on sentence" => string.Concat(Enumerable.Repeat("said “a” ", 20_000)),
            "line without spaces" => new string('x', 1 << 20),
            "repeated titles" => string.Concat(Enumerable.Repeat("Mr. ", 50_000)),
            "repeated lines" => string.Concat(Enumerable.Repeat("Share on Facebook\nThe council voted to build the barrier, the mayor said.\n", 20_000)),
            "mixed scripts" => string.Concat(Enumerable.Repeat("שלום “quoted” مرحبا 中文。 said Trump — Zelenskyy\n\n", 2_000)) + sample,
            "lone surrogates" => sample.Replace('e', '\uD800').Replace('a', '\uDC00'),
            "markdown left open" => string.Concat(Enumerable.Repeat("[![a](b \"c [x](y ![z]( [12]w **_ \\- ", 20_000)),
            _ => string.Concat(Enumerable.Repeat("The council voted, Brandt said, and “the plan” was approved. ", 20_000)),
        };
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        byte[] bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
