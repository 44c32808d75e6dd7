namespace NewsText.Tests;

/// <summary>A fact that needs <c>../shared/corpus</c>; it is skipped, with a message, where the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute() => Skip = RepositoryPaths.CorpusSkipReason;
}
