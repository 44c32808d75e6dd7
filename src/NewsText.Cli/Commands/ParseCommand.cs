namespace NewsText.Cli.Commands;

/// <summary><c>newstext parse FILE|- [--format json|text|markdown]</c>: one article to standard output.</summary>
internal static class ParseCommand
{
    public static int Run(CommandOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string path = options.Single("FILE (or - for standard input)");
        string format = options.Get("--format") ?? "json";
        bool latin1 = InputReader.IsLatin1(options);
        string? warning;
        string text;
        if (path == "-")
        {
            using Stream input = Console.OpenStandardInput();
            text = stdin == Console.In ? InputReader.ReadStream(input, "standard input", out warning, latin1) : ReadAll(stdin, out warning);
        }
        else
        {
            text = InputReader.ReadFile(path, out warning, latin1);
        }

        if (warning is not null)
        {
            stderr.WriteLine($"newstext: warning: {warning}");
        }

        Article article = NewsTextParser.Default.Parse(text);
        stdout.Write(ArticleFormatter.Format(article, format));
        if (format == "json")
        {
            stdout.WriteLine();
        }

        return CommandLine.Success;
    }

    private static string ReadAll(TextReader reader, out string? warning)
    {
        warning = null;
        return reader.ReadToEnd();
    }
}
