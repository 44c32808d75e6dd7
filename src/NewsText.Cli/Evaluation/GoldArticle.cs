namespace NewsText.Cli.Evaluation;

/// <summary>What a person marked on a page: its headline (the metadata title, when there is one) and its body text.</summary>
internal sealed record GoldArticle(string? Title, string Body);
