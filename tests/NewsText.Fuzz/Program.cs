using NewsText;
using SharpFuzz;

// AFL++ feeds bytes; any exception, or a span that is not the substring it names, is a crash to keep.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream);
    string text = reader.ReadToEnd();
    Article article = NewsTextParser.Default.Parse(text);
    foreach (RemovedText removed in article.Removed)
    {
        Check(text, removed.Start, removed.Length, removed.Text);
    }

    foreach (Quote quote in article.Quotes)
    {
        Check(text, quote.Start, quote.Length, quote.Text);
        if (quote.Speaker is QuoteSpeaker speaker)
        {
            Check(text, speaker.Mention.Start, speaker.Mention.Length, speaker.Mention.Text);
        }
    }

    for (int i = 0; i < article.Authors.Count; i++)
    {
        Check(text, article.AuthorSpans[i].Start, article.AuthorSpans[i].Length, article.Authors[i]);
    }

    if (article.TitleSpan is TextSpan title)
    {
        Check(text, title.Start, title.Length, article.Title!);
    }
});

static void Check(string text, int start, int length, string value)
{
    if (start < 0 || length < 0 || start + length > text.Length || text.Substring(start, length) != value)
    {
        throw new InvalidOperationException($"span [{start}, +{length}) is not its text");
    }
}
