using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NewsText.Tests.Packaging;

/// <summary>
/// Packs NewsText into a local feed and uses it from outside the repository, as users do: a console project that
/// references the package by version, and a .NET 10 file-based script with <c>#:package</c>. Both print the seed
/// article's title (the shipped sample's where the shared corpus is absent).
/// </summary>
[Collection(LocalFeed.Collection)]
public sealed partial class ConsumerTests
{
    internal static readonly string ArticlePath = RepositoryPaths.HasCorpus
        ? Path.Combine(RepositoryPaths.Corpus, "seed", "article.txt")
        : RepositoryPaths.Sample("article.txt");

    internal static readonly string ArticleTitle = RepositoryPaths.HasCorpus
        ? "Trump and Putin Pledge to Initiate Talks on Ukraine Peace"
        : "Harbor City Votes to Build Its First Tidal Barrier";

    private readonly LocalFeed _feed;

    public ConsumerTests(LocalFeed feed) => _feed = feed;

    [Fact]
    public void A_console_project_references_the_package_by_version()
    {
        string project = _feed.CopyConsumer("console");

        string output = Dotnet(project, _feed.Packages, "run", "-c", "Release", $"-p:NewsTextVersion={_feed.Version}", "--", ArticlePath);

        Assert.Equal(ArticleTitle, output.Trim());
    }

    [Fact]
    public void A_file_based_script_uses_the_package()
    {
        string folder = _feed.CopyConsumer("script");
        string script = Path.Combine(folder, "parse.cs");
        File.WriteAllText(script, File.ReadAllText(script).Replace("NEWSTEXT_VERSION", _feed.Version, StringComparison.Ordinal));

        string output = Dotnet(folder, _feed.Packages, "run", "parse.cs", "--", ArticlePath);

        Assert.Equal(ArticleTitle, output.Trim().Split('\n')[^1].Trim());
    }

    internal static string Dotnet(string workingDirectory, string? packages, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (packages is not null)
        {
            // An isolated package cache, so that a package of the same version cached by an earlier run is never used.
            start.Environment["NUGET_PACKAGES"] = packages;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in four minutes.");
        }

        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output}\n{error.Result}");
        return output;
    }

    /// <summary>
    /// A temporary folder with the freshly packed package and a nuget.config that points at it, packed once for every
    /// test class of <see cref="Collection"/>.
    /// </summary>
    public sealed partial class LocalFeed : IDisposable
    {
        public const string Collection = "packed NewsText";

        public LocalFeed()
        {
            Root = Directory.CreateTempSubdirectory("newstext-consumers-").FullName;
            Feed = Path.Combine(Root, "feed");
            string props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
            Version = VersionPrefix().Match(props).Groups[1].Value;
            Packages = Path.Combine(Root, "packages");
            Dotnet(RepositoryPaths.Root, null, "pack", Path.Combine("src", "NewsText", "NewsText.csproj"), "-c", "Release", "-o", Feed);
            File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
        }

        public string Root { get; }

        public string Feed { get; }

        public string Version { get; }

        public string Packages { get; }

        public string CopyConsumer(string name)
        {
            string target = Path.Combine(Root, name);
            Directory.CreateDirectory(target);
            foreach (string file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "consumers", name)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }

            return target;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }

        [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
        private static partial Regex VersionPrefix();
    }
}

/// <summary>The test classes that share one packed <see cref="ConsumerTests.LocalFeed"/>.</summary>
[CollectionDefinition(ConsumerTests.LocalFeed.Collection)]
public sealed class PackedNewsTextCollection : ICollectionFixture<ConsumerTests.LocalFeed>;
