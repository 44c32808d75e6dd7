using System.Text;

namespace NewsText.Tests.Packaging;

/// <summary>
/// The C# in README.md runs against the packed package, so the front door cannot rot: every <c>csharp</c> block
/// becomes a scoped block of one .NET 10 file-based app, with the few names a fragment assumes defined before it.
/// </summary>
[Collection(ConsumerTests.LocalFeed.Collection)]
public sealed class ReadMeTests
{
    // What a fragment of the README uses without defining it; the test gives each of them a value.
    private const string AssumedNames = """
        string text = File.ReadAllText("article.txt");
        var loggerFactory = Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        var cancellationToken = CancellationToken.None;
        """;

    private readonly ConsumerTests.LocalFeed _feed;

    public ReadMeTests(ConsumerTests.LocalFeed feed) => _feed = feed;

    [Fact]
    public void The_readme_csharp_runs_against_the_package()
    {
        List<string> blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
        Assert.True(blocks.Count >= 3, $"README.md has {blocks.Count} csharp blocks; the usage, the shared parser and the script were expected.");
        string folder = Path.Combine(_feed.Root, "readme");
        Directory.CreateDirectory(folder);
        File.Copy(ConsumerTests.ArticlePath, Path.Combine(folder, "article.txt"), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "readme.cs"), Program(blocks));

        string output = ConsumerTests.Dotnet(folder, _feed.Packages, "run", "readme.cs", "--", "article.txt");

        // The usage block and the script each print the title on a line of its own.
        Assert.Equal(2, output.Split('\n').Count(line => line.Trim() == ConsumerTests.ArticleTitle));
    }

    [Fact]
    public void The_scripts_name_the_current_version()
    {
        List<string> blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")));
        string dotnetScript = File.ReadAllText(RepositoryPaths.Sample(Path.Combine("dotnet-script", "parse.csx")));

        Assert.Contains(blocks, block => block.StartsWith($"#:package NewsText@{_feed.Version}\n", StringComparison.Ordinal));
        Assert.StartsWith($"#r \"nuget: NewsText, {_feed.Version}\"", dotnetScript, StringComparison.Ordinal);
    }

    /// <summary>The bodies of the <c>```csharp</c> blocks, in order, with Unix line ends.</summary>
    private static List<string> CSharpBlocks(string markdown)
    {
        var blocks = new List<string>();
        StringBuilder? block = null;
        foreach (string line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (block is null && line.Trim() == "```csharp")
            {
                block = new StringBuilder();
            }
            else if (block is not null && line.Trim() == "```")
            {
                blocks.Add(block.ToString());
                block = null;
            }
            else
            {
                block?.Append(line).Append('\n');
            }
        }

        return blocks;
    }

    /// <summary>One program: the package, the usings every block names, then each block in a scope of its own.</summary>
    private string Program(List<string> blocks)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var body = new StringBuilder();
        foreach (string block in blocks)
        {
            body.Append("{\n").Append(AssumedNames).Append('\n');
            foreach (string line in block.Split('\n'))
            {
                if (line.StartsWith("using ", StringComparison.Ordinal))
                {
                    usings.Add(line);
                }
                else if (!line.StartsWith("#:", StringComparison.Ordinal))
                {
                    body.Append(line).Append('\n');
                }
            }

            body.Append("}\n");
        }

        return $"#:package NewsText@{_feed.Version}\n{string.Join('\n', usings)}\n{body}";
    }
}
