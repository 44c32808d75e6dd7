using System.Text;

namespace NewsText.Cli;

/// <summary>Renders an article for the terminal: JSON, plain text or Markdown.</summary>
internal static class ArticleFormatter
{
    public static string Format(Article article, string format) => format switch
    {
        "json" => NewsTextJson.Serialize(article, indented: true),
        "text" => ToText(article),
        "markdown" or "md" => ToMarkdown(article),
        _ => throw new UsageException($"unknown format '{format}' (json, text or markdown)"),
    };

    private static string ToText(Article article)
    {
        var text = new StringBuilder();
        if (article.Title is not null)
        {
            text.AppendLine(article.Title).AppendLine();
        }

        AppendMetadata(text, article, prefix: "");
        foreach (TextSegment paragraph in article.Paragraphs)
        {
            text.AppendLine(paragraph.Text).AppendLine();
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string ToMarkdown(Article article)
    {
        var text = new StringBuilder();
        if (article.Title is not null)
        {
            text.Append("# ").AppendLine(article.Title).AppendLine();
        }

        if (article.Dek is not null)
        {
            text.Append("*").Append(article.Dek).AppendLine("*").AppendLine();
        }

        AppendMetadata(text, article, prefix: "> ");
        foreach (TextSegment paragraph in article.Paragraphs)
        {
            text.AppendLine(paragraph.Text).AppendLine();
        }

        if (article.Quotes.Count > 0)
        {
            text.AppendLine("## Quotes").AppendLine();
            foreach (Quote quote in article.Quotes)
            {
                string who = quote.Speaker?.Name ?? quote.Speaker?.Mention.Text ?? "unknown";
                text.Append("- **").Append(who).Append("** (").Append(quote.Kind.ToString().ToLowerInvariant()).Append("): ")
                    .AppendLine(quote.Text);
            }
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private static void AppendMetadata(StringBuilder text, Article article, string prefix)
    {
        if (article.Authors.Count > 0)
        {
            text.Append(prefix).Append("By ").AppendLine(string.Join(", ", article.Authors));
        }

        if (article.Published is not null)
        {
            text.Append(prefix).Append("Published ").AppendLine(article.Published);
        }

        if (article.Dateline is not null)
        {
            text.Append(prefix).Append("Dateline ").AppendLine(article.Dateline);
        }

        if (article.Authors.Count > 0 || article.Published is not null || article.Dateline is not null)
        {
            text.AppendLine();
        }
    }
}
