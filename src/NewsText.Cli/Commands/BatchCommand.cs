using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsText.Cli.Commands;

/// <summary>
/// <c>newstext batch DIR --out DIR [--jobs N] [--resume] [--encoding utf-8|latin1]</c>: every <c>*.txt</c> under DIR to
/// <c>OUT/&lt;same relative path&gt;.json</c>, in parallel and streaming (one document in memory per worker).
/// A document that fails gets <c>&lt;name&gt;.error.json</c> and never stops the others; each output is written to a
/// temporary file and renamed, so an interrupted run leaves no half-written file.
/// </summary>
internal static class BatchCommand
{
    public static int Run(CommandOptions options, TextWriter stderr)
    {
        string inputDir = Path.GetFullPath(options.Single("input folder"));
        string outputDir = Path.GetFullPath(options.Get("--out") ?? throw new UsageException("batch needs --out DIR"));
        int jobs = options.GetInt("--jobs", Environment.ProcessorCount, 1, 512);
        bool resume = options.Has("--resume");
        bool latin1 = InputReader.IsLatin1(options);
        if (!Directory.Exists(inputDir))
        {
            throw new InputException($"cannot read '{inputDir}': no such directory");
        }

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            BatchSummary summary = Process(inputDir, outputDir, jobs, resume, latin1, stderr, cancellation.Token);
            stderr.WriteLine(summary.ToString());
            if (cancellation.IsCancellationRequested)
            {
                stderr.WriteLine("newstext: interrupted; run again with --resume to finish.");
                return CommandLine.SomeFailed;
            }

            return summary.Failed > 0 ? CommandLine.SomeFailed : CommandLine.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    internal static BatchSummary Process(string inputDir, string outputDir, int jobs, bool resume, bool latin1, TextWriter stderr, CancellationToken cancellationToken)
    {
        var summary = new BatchSummary();
        var stopwatch = Stopwatch.StartNew();
        bool showProgress = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        var parser = NewsTextParser.Default;
        var output = new BatchOutput(outputDir);
        IEnumerable<string> files = Directory.EnumerateFiles(inputDir, "*.txt", SearchOption.AllDirectories);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = jobs };
        try
        {
            // NoBuffering hands out one path at a time, so a folder of millions of files is never listed in memory.
            Parallel.ForEach(Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering), parallel, (file, state) =>
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    state.Stop();
                    return;
                }

                string relative = Path.GetRelativePath(inputDir, file);
                string target = output.TargetOf(relative);
                if (resume && File.Exists(target))
                {
                    summary.AddSkipped();
                    return;
                }

                ProcessOne(parser, output, file, relative, target, latin1, summary, stderr, cancellationToken);
                if (showProgress)
                {
                    stderr.Write($"\r{summary.Documents} documents...");
                }
            });
        }
        catch (OperationCanceledException)
        {
            // Interrupted: what finished is on disk, what did not left no file behind.
        }

        if (showProgress)
        {
            stderr.Write('\r');
        }

        summary.Elapsed = stopwatch.Elapsed;
        return summary;
    }

    private static void ProcessOne(NewsTextParser parser, BatchOutput output, string file, string relative, string target, bool latin1, BatchSummary summary, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            string text = InputReader.ReadFile(file, out string? warning, latin1);
            if (warning is not null)
            {
                lock (stderr)
                {
                    stderr.WriteLine($"newstext: warning: {warning}");
                }
            }

            Article article = parser.Parse(text, cancellationToken);
            output.WriteArticle(target, article);
            summary.AddOk(text.Length);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            summary.AddFailed();
            string message = e is InputException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            lock (stderr)
            {
                stderr.WriteLine($"newstext: failed '{relative}': {message}");
            }

            output.WriteError(target, relative, message);
        }
    }
}
