using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using NewsText.Benchmarks;

// `--short` runs a quick in-process job (under two minutes in all, build included); without it, BenchmarkDotNet's default job. `--scaling`
// times a 1 MB and a 20 MB input instead, to show that parse time grows linearly; `--pathological` does the same for
// each hostile input, and `--pathological-large` adds a 100 MB article.
if (args.Contains("--scaling"))
{
    return Scaling.Run();
}

if (args.Contains("--pathological") || args.Contains("--pathological-large"))
{
    return Pathological.Run(large: args.Contains("--pathological-large"));
}

IConfig config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn(ThroughputMeasure.Megabytes), new ThroughputColumn(ThroughputMeasure.Pages), new ThroughputColumn(ThroughputMeasure.Allocation))
    .WithOptions(ConfigOptions.JoinSummary);
if (args.Contains("--short"))
{
    // In process and with short iterations, so that every stage on every input is measured in well under two
    // minutes; the full run keeps BenchmarkDotNet's separate processes and statistics.
    config = config.AddJob(Job.ShortRun
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(TimeInterval.FromMilliseconds(250)));
}

BenchmarkSwitcher.FromAssembly(typeof(Stages).Assembly).Run(args.Where(a => a is not "--short").ToArray(), config);
return 0;
