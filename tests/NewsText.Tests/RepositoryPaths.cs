namespace NewsText.Tests;

/// <summary>Finds the repository and the shared corpus beside it, wherever the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/corpus</c> relative to the repository root; it may be absent.</summary>
    public static string Corpus { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static bool HasCorpus => Directory.Exists(Corpus);

    /// <summary>Why a corpus test is skipped, or null when the corpus is there.</summary>
    public static string? CorpusSkipReason => HasCorpus ? null : $"The shared corpus is not at {Corpus}.";

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
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
