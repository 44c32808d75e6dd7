using System.Diagnostics;

namespace NewsText.Benchmarks;

/// <summary>
/// Times the whole parse of the sample grown to 1 MB and to 20 MB (the best of the runs in a second each) and prints
/// the ratio: linear time means about 20, the bar is 25.
/// </summary>
public static class Scaling
{
    public static int Run()
    {
        var parser = new NewsTextParser();
        string warmUp = Inputs.Repeat(Inputs.Small, 1_000_000);
        // Until the parse's methods reach their last tier, the first input timed would look slow and the ratio small:
        // the runtime promotes a method after 30 calls, and some run once per parse.
        for (int i = 0; i < 50; i++)
        {
            parser.Parse(warmUp);
        }

        double small = Best(parser, Inputs.Repeat(Inputs.Small, 1_000_000));
        double large = Best(parser, Inputs.Repeat(Inputs.Small, 20_000_000));
        Console.WriteLine($"1 MB: {small:F3} s; 20 MB: {large:F3} s; ratio {large / small:F1} (linear is 20, bar 25)");
        return large / small <= 25 ? 0 : 1;
    }

    /// <summary>
    /// The best of the runs in a second, three at least: one run of a large input can include a full garbage collection
    /// the others do not, and on a shared machine a few runs of a small one can all fall into a slow moment.
    /// </summary>
    public static double Best(NewsTextParser parser, string text)
    {
        double best = double.MaxValue;
        var total = Stopwatch.StartNew();
        for (int i = 0; i < 3 || total.Elapsed.TotalSeconds < 1; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            parser.Parse(text);
            best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
