using System.Globalization;

namespace NewsText.Cli.Commands;

/// <summary>Counts a batch's documents from many threads at once.</summary>
internal sealed class BatchSummary
{
    private int _ok;
    private int _failed;
    private int _skipped;
    private long _characters;

    public int Ok => _ok;

    public int Failed => _failed;

    public int Skipped => _skipped;

    public int Documents => _ok + _failed + _skipped;

    public TimeSpan Elapsed { get; set; }

    public void AddOk(int characters)
    {
        Interlocked.Increment(ref _ok);
        Interlocked.Add(ref _characters, characters);
    }

    public void AddFailed() => Interlocked.Increment(ref _failed);

    public void AddSkipped() => Interlocked.Increment(ref _skipped);

    public override string ToString()
    {
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-6);
        double megabytes = _characters * 2 / 1e6;
        return string.Create(CultureInfo.InvariantCulture,
            $"newstext: {Documents} documents ({Ok} ok, {Failed} failed, {Skipped} skipped), {megabytes:F2} MB of text in {seconds:F2} s, {(Ok + Failed) / seconds:F1} documents/s");
    }
}
