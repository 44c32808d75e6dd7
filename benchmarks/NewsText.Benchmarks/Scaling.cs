using System.Diagnostics;

namespace NewsText.Benchmarks;

/// <summary>
/// Times the whole parse of the sample grown to 1 MB and to 20 MB and prints the ratio: linear time means about 20, the
/// bar is 25. Twenty parses of 1 MB and one of 20 MB take turns, so that both sizes meet the same moments of a shared
/// machine and the same state of the heap, and the best turn of each counts.
/// </summary>
public static class Scaling
{
    // Until the parse's methods reach their last tier, the 1 MB parse looks slow and the ratio small. After 50 parses
    // of 1 MB (this benchmark's warm-up until December 2026) the 1 MB parse still took up to 2.5 times as long as it
    // did a few seconds later: a method called once per parse is promoted in steps, the last with its profile.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    private const int Turns = 20;
    private const int SmallSize = 1_000_000;
    private const int LargeSize = 20_000_000;

    public static int Run()
    {
        var parser = new NewsTextParser();
        (double bestSmall, double bestLarge) = BestTurns(parser, Inputs.Repeat(Inputs.Small, SmallSize), Inputs.Repeat(Inputs.Small, LargeSize), WarmUp, Turns);
        double ratio = bestLarge / bestSmall;
        Console.WriteLine($"1 MB: {bestSmall * 1000:F2} ms; 20 MB: {bestLarge * 1000:F1} ms; ratio {ratio:F1} (linear is 20, bar 25)");
        return ratio <= 25 ? 0 : 1;
    }

    /// <summary>
    /// The best time of one parse of <paramref name="small"/> and of <paramref name="large"/>, in seconds, from
    /// <paramref name="turns"/> turns after <paramref name="warmUp"/>: each turn parses the small text
    /// <paramref name="smallRuns"/> times (by default as many times as it fits in the large one), then the large one once.
    /// </summary>
    public static (double Small, double Large) BestTurns(NewsTextParser parser, string small, string large, TimeSpan warmUp, int turns, int smallRuns = 0)
    {
        smallRuns = smallRuns > 0 ? smallRuns : Math.Max(1, large.Length / Math.Max(1, small.Length));
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < warmUp)
        {
            Turn(parser, small, large, smallRuns);
        }

        double bestSmall = double.MaxValue, bestLarge = double.MaxValue;
        for (int i = 0; i < turns; i++)
        {
            (double smallTime, double largeTime) = Turn(parser, small, large, smallRuns);
            bestSmall = Math.Min(bestSmall, smallTime);
            bestLarge = Math.Min(bestLarge, largeTime);
        }

        return (bestSmall, bestLarge);
    }

    /// <summary>The time of one parse of the small text (the mean of <paramref name="smallRuns"/>) and of one of the large text, in seconds.</summary>
    private static (double Small, double Large) Turn(NewsTextParser parser, string small, string large, int smallRuns)
    {
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < smallRuns; i++)
        {
            parser.Parse(small);
        }

        double smallTime = stopwatch.Elapsed.TotalSeconds / smallRuns;
        stopwatch.Restart();
        parser.Parse(large);
        return (smallTime, stopwatch.Elapsed.TotalSeconds);
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
