namespace NewsText.Tests;

/// <summary>A theory that needs <c>../shared/corpus</c>; it is skipped, with a message, where the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute() => Skip = RepositoryPaths.CorpusSkipReason;
}
