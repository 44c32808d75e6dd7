using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsText.Benchmarks;

/// <summary>A column of throughput: MB/s of input, inputs per second, or bytes allocated per input byte.</summary>
public sealed class ThroughputColumn(ThroughputMeasure measure) : IColumn
{
    public string Id => measure.ToString();

    public string ColumnName => measure switch
    {
        ThroughputMeasure.Megabytes => "MB/s",
        ThroughputMeasure.Pages => "Pages/s",
        _ => "Alloc/byte",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)measure;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => measure switch
    {
        ThroughputMeasure.Megabytes => "Megabytes of input (UTF-16) per second",
        ThroughputMeasure.Pages => "Input texts (the small article, the large page, or each corpus page) per second",
        _ => "Bytes allocated per byte of input (UTF-16)",
    };

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
        double seconds = report.ResultStatistics.Mean / 1e9;
        (double? value, string format) = measure switch
        {
            ThroughputMeasure.Megabytes => (inputBytes / 1e6 / seconds, "F1"),
            ThroughputMeasure.Pages => (Stages.Texts(name).Length / seconds, "F0"),
            _ => (report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) / inputBytes, "F2"),
        };

        return value is double shown ? shown.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "-";
    }
}
