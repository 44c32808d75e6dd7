namespace NewsText.Cli.Evaluation;

/// <summary>One figure of a corpus score, with the floor the project holds it to (null: reported only).</summary>
internal sealed record Metric(string Name, double Value, double? Floor, int Count)
{
    public bool Passes => Floor is not double floor || Value >= floor;
}
