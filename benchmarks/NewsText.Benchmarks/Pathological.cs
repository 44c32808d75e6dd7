using System.Text;

namespace NewsText.Benchmarks;

/// <summary>
/// Times the whole parse of each hostile input at a base size and at twenty times that size, taking turns; linear time
/// means a ratio near 20 (the robustness bar is 40). `--pathological` runs it; `--pathological-large` adds 100 MB articles.
/// </summary>
public static class Pathological
{
    private static readonly (string Name, Func<int, string> Build)[] Inputs =
    [
        ("random bytes", size => Encoding.UTF8.GetString(RandomBytes(size))),
        ("unmatched quotation marks", size => Repeat("“ ", size)),
        ("quotations in one run-on sentence", size => Repeat("said “a” ", size)),
        ("line without spaces", size => new string('x', size)),
        ("repeated titles (Mr. Mr. …)", size => Repeat("Mr. ", size)),
        ("repeated lines", size => Repeat("Share on Facebook\nThe council voted to build the barrier, the mayor said.\n", size)),
        ("mixed scripts and right-to-left", size => Repeat("שלום “quoted” مرحبا 中文。 said Trump — Zelenskyy\n\n", size)),
        ("lone surrogates", size => Repeat(Benchmarks.Inputs.Small.Replace('e', '\uD800'), size)),
        ("article", size => Benchmarks.Inputs.Repeat(Benchmarks.Inputs.Small, size)),
        ("headlines run on into credits", size => Repeat(HeadlineOverCredit, size)),
        ("wrapped list, Unicode separators", size => Repeat(HeadlineOverCredit.Replace("\n", "\u2028   * ", StringComparison.Ordinal), size)),
    ];

    // Hard-wrapped at 80 columns with no blank lines: every headline is re-joined to the credit under it, then split off.
    private const string HeadlineOverCredit =
        "The First Map of the Two Islands Just Revealed Some Tantalising New Features\nREUTERS\n" +
        "The ferry company said on Monday that it would double the crossings between the\n" +
        "two islands next summer, after a season in which passengers were turned away at\n" +
        "the quay on most weekends, and that it has chartered a second vessel while a\n" +
        "larger ferry is built for the islanders, who asked for the fares to stay as they\n" +
        "are, since many of them cross every day for work, school and the hospital.\n";

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private const int Turns = 3;

    // The slowest input takes half a second a megabyte: a turn parses the 1 MB text four times, not twenty.
    private const int SmallRunsPerTurn = 4;

    public static int Run(bool large)
    {
        var parser = new NewsTextParser();
        bool allLinear = true;
        const int baseSize = 1 << 20;
        foreach ((string name, Func<int, string> build) in Inputs)
        {
            // Both sizes take turns, as in Scaling: timed one after the other, the 1 MB parse ran from the cache and
            // the 20 MB one in a heap that the inputs before it had grown, and one input's ratio read 38 to 62 on a
            // machine where, in turns, it reads 21.
            (double small, double big) = Scaling.BestTurns(parser, build(baseSize), build(baseSize * 20), WarmUp, Turns, SmallRunsPerTurn);
            double ratio = big / small;
            allLinear &= ratio <= 40;
            Console.WriteLine($"{name,-34} 1 MB {small,7:F3} s   20 MB {big,7:F3} s   ratio {ratio,5:F1}");
        }

        if (large)
        {
            Console.WriteLine($"{"article, 100 MB",-34} {Scaling.Best(parser, Benchmarks.Inputs.Repeat(Benchmarks.Inputs.Small, 100 << 20)),7:F3} s");
        }

        return allLinear ? 0 : 1;
    }

    private static string Repeat(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length < size)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static byte[] RandomBytes(int size)
    {
        byte[] bytes = new byte[size];
        new Random(1).NextBytes(bytes);
        return bytes;
    }
}
