namespace NewsText.Boilerplate;

/// <summary>One block set aside, before <see cref="RemovalList"/> makes it into a <see cref="RemovedText"/>.</summary>
internal readonly record struct Removal(TextSpan Span, RemovalKind Kind, string Reason);
