using System.Text;
using NewsText.Cli;

namespace NewsText.Tests.Cli;

/// <summary>The newstext command run in-process: exit codes, one-line errors, batches that lose nothing.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newstext-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Parse_prints_the_article_as_json()
    {
        (int exit, string output, _) = Run("parse", RepositoryPaths.Sample("article.txt"));

        Assert.Equal(0, exit);
        Assert.Equal("Harbor City Votes to Build Its First Tidal Barrier", NewsTextJson.Deserialize(output).Title);
    }

    [Fact]
    public void A_missing_file_is_one_clear_line_and_exit_code_2()
    {
        (int exit, string output, string error) = Run("parse", Path.Combine(_folder, "missing.txt"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal($"newstext: cannot read '{Path.Combine(_folder, "missing.txt")}': no such file", error.TrimEnd());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("parse", "a.txt", "--format", "pdf")]
    [InlineData("batch", "dir")]
    public void Wrong_usage_is_one_line_and_exit_code_2(params string[] args)
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Text.");
        Environment.CurrentDirectory = _folder;

        (int exit, _, string error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("newstext: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_read_with_replacement_characters_and_a_warning()
    {
        string path = Path.Combine(_folder, "latin.txt");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Caf\u00e9 news: the council voted on Tuesday to build a barrier in the harbor, the mayor said."));

        (int exit, string output, string error) = Run("parse", path, "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("warning", error, StringComparison.Ordinal);
        Assert.Contains("\uFFFD", output, StringComparison.Ordinal);
        Assert.Contains("Café", Run("parse", path, "--format", "text", "--encoding", "latin1").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        string path = Path.Combine(_folder, "utf16.txt");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Sample("article.txt")), Encoding.Unicode);

        (int exit, string output, _) = Run("parse", path);

        Assert.Equal(0, exit);
        Assert.Equal("Harbor City Votes to Build Its First Tidal Barrier", NewsTextJson.Deserialize(output).Title);
    }

    [Fact]
    public void A_batch_writes_every_document_and_an_error_record_for_the_one_that_fails()
    {
        string input = Path.Combine(_folder, "in");
        string output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(Path.Combine(input, "nested"));
        File.Copy(RepositoryPaths.Sample("article.txt"), Path.Combine(input, "one.txt"));
        File.Copy(RepositoryPaths.Sample("article.txt"), Path.Combine(input, "nested", "two.txt"));
        // A link to nothing: listed as a document, unreadable as one.
        File.CreateSymbolicLink(Path.Combine(input, "broken.txt"), Path.Combine(_folder, "nowhere.txt"));

        (int exit, _, string error) = Run("batch", input, "--out", output, "--jobs", "2");

        Assert.Equal(1, exit);
        Assert.True(File.Exists(Path.Combine(output, "one.json")));
        Assert.True(File.Exists(Path.Combine(output, "nested", "two.json")));
        Assert.True(File.Exists(Path.Combine(output, "broken.error.json")));
        Assert.Contains("no such file", File.ReadAllText(Path.Combine(output, "broken.error.json")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.Contains("(2 ok, 1 failed, 0 skipped)", error, StringComparison.Ordinal);
        Assert.Contains("failed 'broken.txt'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resumed_batch_skips_what_is_done()
    {
        string input = Path.Combine(_folder, "in");
        string output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(input);
        File.Copy(RepositoryPaths.Sample("article.txt"), Path.Combine(input, "one.txt"));
        File.Copy(RepositoryPaths.Sample("article.txt"), Path.Combine(input, "two.txt"));
        Assert.Equal(0, Run("batch", input, "--out", output).Exit);
        File.Delete(Path.Combine(output, "two.json"));

        (int exit, _, string error) = Run("batch", input, "--out", output, "--resume");

        Assert.Equal(0, exit);
        Assert.Contains("(1 ok, 0 failed, 1 skipped)", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "two.json")));
    }

    [Fact]
    public void A_document_that_parses_now_loses_the_error_record_of_an_earlier_run()
    {
        string input = Path.Combine(_folder, "in");
        string output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(Path.Combine(input, "nested"));
        File.Copy(RepositoryPaths.Sample("article.txt"), Path.Combine(input, "nested", "one.txt"));
        Directory.CreateDirectory(Path.Combine(output, "nested"));
        File.WriteAllText(Path.Combine(output, "nested", "one.error.json"), "{}");

        (int exit, _, _) = Run("batch", input, "--out", output);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(output, "nested", "one.json")));
        Assert.False(File.Exists(Path.Combine(output, "nested", "one.error.json")));
    }
}
