namespace NewsText.Cli.Evaluation;

/// <summary>
/// Scores attribution on a PolNeAR-format folder (<c>text/&lt;doc&gt;.txt</c>, <c>attributions/&lt;doc&gt;_&lt;annotator&gt;.ann</c>,
/// first annotator per document) with the corpus README's metric, over all attributions and over the direct ones (gold
/// contents holding a quotation mark; predictions of kind direct or mixed).
/// </summary>
internal static class PolnearEvaluation
{
    public static bool Recognises(string folder) =>
        Directory.Exists(Path.Combine(folder, "text")) && Directory.Exists(Path.Combine(folder, "attributions"));

    /// <summary>Every non-blank line of the text as a paragraph.</summary>
    private static List<TextSegment> Lines(string text)
    {
        var lines = new List<TextSegment>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                lines.Add(new TextSegment(text[s..e], s, e - s));
            }

            start = end + 1;
        }

        return lines;
    }

    /// <summary>Scores the folder.</summary>
    /// <param name="folder">The corpus folder.</param>
    /// <param name="details">Receives a line per document, or null.</param>
    /// <param name="attributionOnly">Feeds every block of the text to the extractor instead of the stripped body.</param>
    public static IReadOnlyList<Metric> Score(string folder, TextWriter? details, bool attributionOnly)
    {
        var all = new AttributionScore();
        var direct = new AttributionScore();
        var annotations = Directory.EnumerateFiles(Path.Combine(folder, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();
        var extractor = new NewsText.Attribution.AttributionExtractor();
        foreach (string textPath in Directory.EnumerateFiles(Path.Combine(folder, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            string doc = Path.GetFileNameWithoutExtension(textPath);
            string? annotation = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(doc + "_", StringComparison.Ordinal));
            if (annotation is null)
            {
                continue;
            }

            string text = InputReader.ReadFile(textPath, out _);
            List<BratAttribution> gold = BratReader.Read(annotation, text);
            IReadOnlyList<Quote> quotes = attributionOnly
                ? extractor.Extract(text, Lines(text)).Quotes
                : NewsTextParser.Default.Parse(text).Quotes;
            all.Add(gold, quotes);
            direct.Add(gold.Where(g => g.IsDirect).ToList(), quotes.Where(q => q.Kind != QuoteKind.Indirect).ToList());
            details?.WriteLine($"{doc[..Math.Min(40, doc.Length)],-40} gold {gold.Count,3} predicted {quotes.Count,3}");
        }

        return
        [
            new("direct precision", direct.Precision, null, direct.Predicted),
            new("direct recall", direct.Recall, null, direct.Gold),
            new("direct F1", direct.F1, 0.93, direct.Gold),
            new("direct speaker accuracy", direct.SpeakerAccuracy, 0.90, direct.WithSource),
            new("all precision", all.Precision, null, all.Predicted),
            new("all recall", all.Recall, null, all.Gold),
            new("all F1", all.F1, 0.70, all.Gold),
            new("all speaker accuracy", all.SpeakerAccuracy, 0.80, all.WithSource),
        ];
    }
}
