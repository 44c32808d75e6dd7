namespace NewsText;

/// <summary>Turns plain news text into an <see cref="Article"/>.</summary>
public interface IArticleParser
{
    /// <summary>Parses one article. Never throws for a non-null string; a document with no article in it gives an
    /// article with empty fields and a note in <see cref="Article.Diagnostics"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The parsed article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    Article Parse(string text);
}
