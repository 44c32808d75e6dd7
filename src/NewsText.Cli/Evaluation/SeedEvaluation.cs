using System.Text.Json;

namespace NewsText.Cli.Evaluation;

/// <summary>
/// Checks the seed article (<c>article.txt</c> with <c>expected.json</c>): title, authors, paragraphs, the direct quotes
/// with their exact spans and speakers, the speakers' titles, and the indirect attributions that must be found. Each
/// figure is the share of expectations met; the floor is all of them.
/// </summary>
internal static class SeedEvaluation
{
    public static bool Recognises(string folder) =>
        File.Exists(Path.Combine(folder, "article.txt")) && File.Exists(Path.Combine(folder, "expected.json"));

    public static IReadOnlyList<Metric> Score(string folder)
    {
        string text = InputReader.ReadFile(Path.Combine(folder, "article.txt"), out _);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "expected.json")));
        JsonElement expected = document.RootElement;
        Article article = NewsTextParser.Default.Parse(text);

        bool titleOk = expected.GetProperty("title").GetString() == article.Title;
        bool authorsOk = Strings(expected, "authors").SequenceEqual(article.Authors);
        bool paragraphsOk = Strings(expected, "paragraphs").SequenceEqual(article.Paragraphs.Select(p => p.Text));

        var directs = article.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        int directRight = 0, directExpected = 0;
        foreach (JsonElement quote in expected.GetProperty("directQuotes").EnumerateArray())
        {
            directExpected++;
            int start = quote.GetProperty("start").GetInt32();
            int length = quote.GetProperty("length").GetInt32();
            string? speaker = quote.GetProperty("speaker").GetString();
            directRight += directs.Any(q => q.Start == start && q.Length == length && q.Speaker?.Name == speaker) ? 1 : 0;
        }

        int speakersRight = 0, speakersExpected = 0;
        foreach (JsonElement speaker in expected.GetProperty("speakers").EnumerateArray())
        {
            speakersExpected++;
            Speaker? found = article.Speakers.FirstOrDefault(s => s.Name == speaker.GetProperty("name").GetString());
            bool titleRight = found is not null && found.Title == speaker.GetProperty("title").GetString();
            bool organizationRight = found is not null
                && (!speaker.TryGetProperty("organization", out JsonElement organization) || found.Organization == organization.GetString());
            speakersRight += titleRight && organizationRight ? 1 : 0;
        }

        int indirectRight = 0, indirectExpected = 0;
        foreach (JsonElement attribution in expected.GetProperty("indirectAttributions").EnumerateArray())
        {
            indirectExpected++;
            string contains = attribution.GetProperty("contains").GetString()!;
            string? speaker = attribution.GetProperty("speaker").GetString();
            indirectRight += article.Quotes.Any(q => q.Kind == QuoteKind.Indirect && q.Text.Contains(contains, StringComparison.Ordinal) && q.Speaker?.Name == speaker) ? 1 : 0;
        }

        return
        [
            new("seed title", titleOk ? 1 : 0, 1, 1),
            new("seed authors", authorsOk ? 1 : 0, 1, 1),
            new("seed paragraphs", paragraphsOk ? 1 : 0, 1, 1),
            new("seed direct quotes (span and speaker)", Ratio(directRight, directExpected), 1, directExpected),
            new("seed no extra direct quotes", directs.Count == directExpected ? 1 : 0, 1, directs.Count),
            new("seed speakers (title, organisation)", Ratio(speakersRight, speakersExpected), 1, speakersExpected),
            new("seed indirect attributions", Ratio(indirectRight, indirectExpected), 1, indirectExpected),
        ];
    }

    private static IEnumerable<string?> Strings(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => e.GetString());

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
