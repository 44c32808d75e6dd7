namespace NewsText.Tests.Attribution;

/// <summary>Runs the attribution extractor on a test article whose paragraphs are separated by blank lines.</summary>
internal static class ArticleText
{
    public static List<Quote> Extract(string text) =>
        [.. new NewsText.Attribution.AttributionExtractor().Extract(text, Paragraphs(text)).Quotes];

    public static List<TextSegment> Paragraphs(string text)
    {
        var paragraphs = new List<TextSegment>();
        int start = 0;
        foreach (string part in text.Split("\n\n"))
        {
            paragraphs.Add(new TextSegment(part, start, part.Length));
            start += part.Length + 2;
        }

        return paragraphs;
    }
}
