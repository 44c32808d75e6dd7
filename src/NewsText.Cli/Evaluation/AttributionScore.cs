namespace NewsText.Cli.Evaluation;

/// <summary>
/// Accumulates the corpus README's attribution metric: gold and predicted contents paired one to one, greedily by
/// character overlap; a pair counts when the overlap covers half of the shorter span.
/// </summary>
internal sealed class AttributionScore
{
    public int Predicted { get; private set; }
    public int PredictedRight { get; private set; }
    public int Gold { get; private set; }
    public int GoldFound { get; private set; }
    public int WithSource { get; private set; }
    public int SpeakerRight { get; private set; }

    public void Add(IReadOnlyList<BratAttribution> gold, IReadOnlyList<Quote> predicted)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        var pairs = new List<(int Overlap, int G, int P)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                int overlap = Overlap(gold[g].Content, predicted[p].Span);
                if (overlap > 0)
                {
                    pairs.Add((overlap, g, p));
                }
            }
        }

        pairs.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var goldUsed = new HashSet<int>();
        var predictedUsed = new HashSet<int>();
        foreach ((int overlap, int g, int p) in pairs)
        {
            if (goldUsed.Contains(g) || predictedUsed.Contains(p))
            {
                continue;
            }

            goldUsed.Add(g);
            predictedUsed.Add(p);
            if (overlap * 2 < Math.Min(gold[g].Content.Length, predicted[p].Length))
            {
                continue;
            }

            GoldFound++;
            PredictedRight++;
            if (gold[g].Sources.Count > 0)
            {
                WithSource++;
                TextSpan? mention = predicted[p].Speaker?.Mention.Span;
                SpeakerRight += mention is TextSpan m && gold[g].Sources.Any(s => Overlap(s, m) > 0) ? 1 : 0;
            }
        }
    }

    public double Precision => Predicted == 0 ? 0 : (double)PredictedRight / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SpeakerAccuracy => WithSource == 0 ? 0 : (double)SpeakerRight / WithSource;

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
