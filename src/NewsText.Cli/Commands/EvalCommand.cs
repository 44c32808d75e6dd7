using System.Globalization;
using NewsText.Cli.Evaluation;

namespace NewsText.Cli.Commands;

/// <summary>
/// <c>newstext eval DIR [--check] [--details] [--style as-is|wet|crlf|wrapped|rewrapped|markdown|lynx|extracted|soup]</c>: scores NewsText on a corpus folder and prints the figures; with
/// <c>--check</c>, exits 1 when one is below the project's floor.
/// </summary>
internal static class EvalCommand
{
    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        string folder = options.Single("corpus folder");
        if (!Directory.Exists(folder))
        {
            throw new InputException($"cannot read '{folder}': no such directory");
        }

        TextWriter? details = options.Has("--details") ? stdout : null;
        IReadOnlyList<Metric> metrics = PolnearEvaluation.Recognises(folder)
            ? PolnearEvaluation.Score(folder, details, options.Has("--attribution-only"))
            : SeedEvaluation.Recognises(folder)
                ? SeedEvaluation.Score(folder)
                : PagesEvaluation.Recognises(folder)
                    ? PagesEvaluation.Score(folder, details, InputStyles.Parse(options.Get("--style")))
                    : throw new InputException($"'{folder}' is not a corpus folder NewsText can score (pages, PolNeAR or the seed)");

        bool allPass = true;
        stdout.WriteLine($"corpus: {folder}");
        foreach (Metric metric in metrics)
        {
            string floor = metric.Floor is double f ? string.Create(CultureInfo.InvariantCulture, $"  (floor {f:F2}) {(metric.Passes ? "ok" : "BELOW")}") : "";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {metric.Name,-32} {metric.Value:F3}  n={metric.Count}{floor}"));
            allPass &= metric.Passes;
        }

        if (options.Has("--check") && !allPass)
        {
            stderr.WriteLine("newstext: a quality figure is below its floor.");
            return CommandLine.SomeFailed;
        }

        return CommandLine.Success;
    }
}
