using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NewsText.Benchmarks;

// `--short` runs a quick job (a couple of minutes in all); without it, BenchmarkDotNet's default job. `--scaling`
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
    .AddColumn(new ThroughputColumn(allocation: false), new ThroughputColumn(allocation: true))
    .WithOptions(ConfigOptions.JoinSummary);
if (args.Contains("--short"))
{
    config = config.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1));
}

BenchmarkSwitcher.FromAssembly(typeof(Stages).Assembly).Run(args.Where(a => a is not "--short").ToArray(), config);
return 0;
