using NewsText.Cli.Commands;

namespace NewsText.Cli;

/// <summary>Dispatches the verbs. Exit codes: 0 success, 1 some documents failed or a quality floor was missed, 2 usage or unreadable input.</summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageOrInputError = 2;

    public const string Usage = """
        newstext: parse dirty news text into a clean article with quotes, as JSON.

        Usage:
          newstext parse FILE|- [--format json|text|markdown] [--encoding utf-8|latin1]
          newstext batch DIR --out DIR [--jobs N] [--resume] [--encoding utf-8|latin1]
          newstext eval DIR [--check] [--details] [--style STYLE] [--attribution-only]
          newstext --help | --version

        parse   one article from a file, or from standard input with '-'; JSON by default.
        batch   every *.txt under DIR to OUT/<same relative name>.json, in parallel; a document that fails gets
                OUT/<name>.error.json and exit code 1 at the end; --resume skips documents already written.
        Input is UTF-8 (with or without a byte order mark) or UTF-16 with one; invalid UTF-8 is read with U+FFFD and a
        warning, or use --encoding latin1.
        eval    scores NewsText on a corpus folder (pages with gold bodies, PolNeAR, or the seed article);
                --check exits 1 when a figure is below the project's floor; --style re-renders each page first
                (wet: one line per block, no blank lines, as in Common Crawl WET; crlf: Windows line ends;
                wrapped: blank lines between blocks, each hard-wrapped at 72 columns; rewrapped: the page's own lines
                hard-wrapped at 80 columns, no blank lines added; markdown: short labels as
                bulleted links, as html2text or pandoc export a page; lynx: a text browser's dump, indented, wrapped
                near 76 columns, labels with link numbers, a References list; extracted: only the gold headline and
                body paragraphs, as an extractor's text output; soup: an HTML parser's get_text(), indented, with
                runs of blank lines and no-break spaces); --attribution-only scores a PolNeAR folder with every
                line fed to the attribution model, the stripper skipped.
        """;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageOrInputError : Success;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(Article).Assembly.GetName().Version?.ToString(3));
            return Success;
        }

        try
        {
            var options = CommandOptions.Parse(args.AsSpan(1));
            return args[0] switch
            {
                "parse" => ParseCommand.Run(options, stdin, stdout, stderr),
                "batch" => BatchCommand.Run(options, stderr),
                "eval" => EvalCommand.Run(options, stdout, stderr),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"newstext: {e.Message}. Run 'newstext --help' for usage.");
            return UsageOrInputError;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"newstext: {e.Message}");
            return UsageOrInputError;
        }
    }
}
