using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsText.Benchmarks;

/// <summary>MB/s of input text (UTF-16, two bytes a character) and bytes allocated per input byte.</summary>
public sealed class ThroughputColumn(bool allocation) : IColumn
{
    public string Id => allocation ? "AllocPerInputByte" : "MBps";

    public string ColumnName => allocation ? "Alloc/byte" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocation ? "Bytes allocated per byte of input (UTF-16)" : "Megabytes of input (UTF-16) per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BenchmarkReport? report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Parameters["Input"] is not string name)
        {
            return "-";
        }

        double inputBytes = Stages.InputBytes(name);
        if (allocation)
        {
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is long bytes ? (bytes / inputBytes).ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        double seconds = report.ResultStatistics.Mean / 1e9;
        return (inputBytes / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
