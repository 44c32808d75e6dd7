using PublicApiGenerator;

namespace NewsText.Tests.Packaging;

/// <summary>
/// The public surface is a reviewed text file: any change to it fails this test with the difference, until the file is
/// regenerated with NEWSTEXT_ACCEPT_API=1 and the diff is read and committed.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Approved = Path.Combine(RepositoryPaths.Root, "tests", "NewsText.Tests", "Packaging", "NewsText.approved.txt");

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        string actual = typeof(Article).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("NEWSTEXT_ACCEPT_API") == "1")
        {
            File.WriteAllText(Approved, actual);
        }

        string approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        Assert.True(approved == actual, "The public API changed. Review the diff below, then run the tests with NEWSTEXT_ACCEPT_API=1 to approve it.\n" + Diff(approved, actual));
    }

    private static string Diff(string approved, string actual)
    {
        var before = new HashSet<string>(approved.Split('\n'));
        var after = new HashSet<string>(actual.Split('\n'));
        return string.Join('\n', approved.Split('\n').Where(l => !after.Contains(l)).Select(l => "- " + l)
            .Concat(actual.Split('\n').Where(l => !before.Contains(l)).Select(l => "+ " + l)));
    }
}
