namespace NewsText.Cli.Evaluation;

/// <summary>One gold attribution of a PolNeAR annotation file: its content and its sources, as UTF-16 spans.</summary>
internal sealed record BratAttribution(TextSpan Content, IReadOnlyList<TextSpan> Sources, bool IsDirect);
