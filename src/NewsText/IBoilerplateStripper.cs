namespace NewsText;

/// <summary>
/// Separates an article from the page around it: finds the title, dek, byline, date, dateline and body, and records
/// every other block with the reason it was removed. Fills every field of <see cref="Article"/> except
/// <see cref="Article.Quotes"/> and <see cref="Article.Speakers"/>.
/// </summary>
public interface IBoilerplateStripper
{
    /// <summary>Strips the boilerplate from <paramref name="text"/>.</summary>
    /// <param name="text">The text to strip.</param>
    /// <param name="cancellationToken">Stops work on a very large input.</param>
    /// <returns>The article without quotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Article Strip(string text, CancellationToken cancellationToken = default);
}
