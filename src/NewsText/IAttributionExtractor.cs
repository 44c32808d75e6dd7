namespace NewsText;

/// <summary>Finds who said what in an article's body: direct, mixed and indirect quotes and their speakers.</summary>
public interface IAttributionExtractor
{
    /// <summary>Extracts the attributions from the body paragraphs of <paramref name="text"/>.</summary>
    /// <param name="text">The whole input string the paragraphs point into.</param>
    /// <param name="paragraphs">The body paragraphs, in input order, as <see cref="Article.Paragraphs"/> gives them.</param>
    /// <param name="cancellationToken">Stops work on a very large input.</param>
    /// <returns>The quotes and resolved speakers. Every span points into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    AttributionResult Extract(string text, IReadOnlyList<TextSegment> paragraphs, CancellationToken cancellationToken = default);
}
