using System.Text.Json;

namespace NewsText.Cli.Evaluation;

/// <summary>
/// Scores a folder of pages (<c>&lt;id&gt;.txt</c> with <c>&lt;id&gt;.json</c> holding <c>body</c>, <c>title</c>,
/// <c>authors</c>, <c>published</c>) the way the corpus README defines: body shingle F1, title accuracy, author
/// precision and recall, date accuracy.
/// </summary>
internal static class PagesEvaluation
{
    public static bool Recognises(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Any(json => File.Exists(Path.ChangeExtension(json, ".txt")));

    /// <summary>Scores every page of <paramref name="folder"/>.</summary>
    /// <param name="folder">The corpus folder.</param>
    /// <param name="details">Receives one line per page, or null.</param>
    /// <param name="style">Renders each page in another input style first, to check that the parse does not depend on it.</param>
    public static IReadOnlyList<Metric> Score(string folder, TextWriter? details, InputStyle style = InputStyle.AsIs)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionDocs = 0, recallDocs = 0, titleRight = 0, titles = 0;
        int authorsPredicted = 0, authorsPredictedRight = 0, authorsGold = 0, authorsGoldFound = 0;
        int dates = 0, datesRight = 0;
        foreach (string goldPath in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            string textPath = Path.ChangeExtension(goldPath, ".txt");
            if (!File.Exists(textPath))
            {
                continue;
            }

            using JsonDocument gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            JsonElement root = gold.RootElement;
            string? goldTitle = Text(root, "title");
            string goldBody = Text(root, "body") ?? "";
            string input = InputStyles.Render(InputReader.ReadFile(textPath, out _), style, new GoldArticle(goldTitle, goldBody));
            Article article = NewsTextParser.Default.Parse(input);
            string body = string.Join('\n', article.Paragraphs.Select(p => p.Text));
            (int tp, int fp, int fn) = ShingleScore.Compare(body, goldBody);
            if (tp + fp > 0)
            {
                precisionSum += (double)tp / (tp + fp);
                precisionDocs++;
            }

            if (tp + fn > 0)
            {
                recallSum += (double)tp / (tp + fn);
                recallDocs++;
            }

            bool titleOk = false;
            if (!string.IsNullOrWhiteSpace(goldTitle))
            {
                titles++;
                titleOk = FieldMatch.TitleMatches(article.Title, goldTitle);
                titleRight += titleOk ? 1 : 0;
            }

            List<string> goldAuthors = Authors(root);
            if (goldAuthors.Count > 0)
            {
                authorsGold += goldAuthors.Count;
                authorsGoldFound += goldAuthors.Count(g => article.Authors.Any(p => FieldMatch.AuthorMatches(p, g)));
                authorsPredicted += article.Authors.Count;
                authorsPredictedRight += article.Authors.Count(p => goldAuthors.Any(g => FieldMatch.AuthorMatches(p, g)));
            }

            if (FieldMatch.GoldDay(Text(root, "published")) is DateOnly day)
            {
                dates++;
                datesRight += FieldMatch.DayMatches(article.Published, day) ? 1 : 0;
            }

            details?.WriteLine(
                $"{Path.GetFileNameWithoutExtension(textPath)[..Math.Min(12, Path.GetFileNameWithoutExtension(textPath).Length)]}  " +
                $"P {Ratio(tp, tp + fp):F3} R {Ratio(tp, tp + fn):F3}  title {(titleOk ? "ok " : "BAD")} " +
                $"authors [{string.Join("; ", article.Authors)}] gold [{string.Join("; ", goldAuthors)}]  date {article.Published ?? "-"}");
        }

        double precision = precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
        double recall = recallDocs == 0 ? 0 : recallSum / recallDocs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return
        [
            new("body F1", f1, 0.94, Math.Max(precisionDocs, recallDocs)),
            new("body precision", precision, null, precisionDocs),
            new("body recall", recall, null, recallDocs),
            new("title accuracy", Ratio(titleRight, titles), 0.85, titles),
            new("authors precision", Ratio(authorsPredictedRight, authorsPredicted), 0.90, authorsPredicted),
            new("authors recall", Ratio(authorsGoldFound, authorsGold), 0.80, authorsGold),
            new("date accuracy (same day, +-1)", Ratio(datesRight, dates), null, dates),
        ];
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Metadata lists some authors twice ("Ryan Reed", "Ryan Reed"); each distinct name counts once.
    private static List<string> Authors(JsonElement root)
    {
        var authors = new List<string>();
        if (root.TryGetProperty("authors", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement author in list.EnumerateArray())
            {
                if (author.GetString() is { Length: > 0 } name && !authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    authors.Add(name);
                }
            }
        }

        return authors;
    }
}
