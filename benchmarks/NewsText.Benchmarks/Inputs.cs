using System.Text;

namespace NewsText.Benchmarks;

/// <summary>
/// The texts benchmarked: the shipped sample article, a page of about 100 KB built from it, and the pages of
/// ../shared/corpus/pages when they are there (generated pages otherwise), or of the folder that the environment
/// variable <c>NEWSTEXT_PAGES</c> names.
/// </summary>
public static class Inputs
{
    public static string Small { get; } = File.ReadAllText(Path.Combine(Root(), "samples", "article.txt"));

    public static string Large { get; } = Repeat(Small, 100_000);

    public static string[] CorpusPages { get; } = LoadPages();

    /// <summary>A text of about <paramref name="characters"/> characters: the sample, repeated with numbered headings.</summary>
    public static string Repeat(string text, int characters)
    {
        var builder = new StringBuilder(characters + text.Length);
        for (int i = 0; builder.Length < characters; i++)
        {
            builder.Append("Section ").Append(i).Append("\n\n").Append(text).Append("\n\n");
        }

        return builder.ToString();
    }

    /// <summary>The variable that points the pages at another folder of <c>.txt</c> pages, such as the Readability comparison's.</summary>
    public const string PagesVariable = "NEWSTEXT_PAGES";

    private static string[] LoadPages()
    {
        // An environment variable, not an argument: BenchmarkDotNet runs each benchmark in a process of its own, which
        // inherits the environment but not the arguments.
        if (Environment.GetEnvironmentVariable(PagesVariable) is { Length: > 0 } chosen)
        {
            string[] files = Directory.Exists(chosen) ? Directory.GetFiles(chosen, "*.txt") : [];
            return files.Length > 0
                ? files.Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
                : throw new DirectoryNotFoundException($"{PagesVariable} names {chosen}, which holds no .txt page.");
        }

        string folder = Path.Combine(Root(), "..", "shared", "corpus", "pages");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : Enumerable.Range(0, 94).Select(i => Repeat(Small, 4_000 + (i * 150))).ToArray();
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsText.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NewsText.sln not found above " + AppContext.BaseDirectory);
    }
}
