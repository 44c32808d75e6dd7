using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsText.Attribution;
using NewsText.Boilerplate;

namespace NewsText;

/// <summary>
/// The default <see cref="IArticleParser"/>: strips the boilerplate around the article, assembles its fields, then
/// finds who said what. An instance is immutable after construction and safe to share across threads.
/// </summary>
/// <remarks>
/// The pipeline runs on one immutable input string. Each stage works on spans of it and copies text only when the
/// result is built: segment into blocks, classify and strip (<see cref="IBoilerplateStripper"/>), assemble the
/// article, attribute quotes (<see cref="IAttributionExtractor"/>).
/// </remarks>
public sealed class NewsTextParser : IArticleParser
{
    private readonly IBoilerplateStripper _stripper;
    private readonly IAttributionExtractor _attributionExtractor;

    /// <summary>A shared parser with the default options.</summary>
    public static NewsTextParser Default { get; } = new();

    /// <summary>Creates a parser with the default stripper and attribution extractor.</summary>
    /// <param name="options">Settings; null for <see cref="NewsTextOptions.Default"/>.</param>
    /// <param name="loggerFactory">Receives Debug-level explanations of removals and speaker choices; null for none.</param>
    public NewsTextParser(NewsTextOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        Options = options ?? NewsTextOptions.Default;
        loggerFactory ??= NullLoggerFactory.Instance;
        _stripper = new BoilerplateStripper(loggerFactory);
        _attributionExtractor = new AttributionExtractor(Options, loggerFactory);
    }

    /// <summary>Creates a parser from other stages, for callers who replace one of them.</summary>
    /// <param name="stripper">Finds the article in the text.</param>
    /// <param name="attributionExtractor">Finds quotes and speakers in the article body.</param>
    /// <param name="options">Settings; null for <see cref="NewsTextOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stripper"/> or <paramref name="attributionExtractor"/> is null.</exception>
    public NewsTextParser(IBoilerplateStripper stripper, IAttributionExtractor attributionExtractor, NewsTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stripper);
        ArgumentNullException.ThrowIfNull(attributionExtractor);
        Options = options ?? NewsTextOptions.Default;
        _stripper = stripper;
        _attributionExtractor = attributionExtractor;
    }

    /// <summary>The settings this parser was built with.</summary>
    public NewsTextOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NewsTextOptions.MaxInputLength"/>.</exception>
    public Article Parse(string text) => Parse(text, CancellationToken.None);

    /// <summary>Parses one article; see <see cref="Parse(string)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="cancellationToken">Stops work on a very large input.</param>
    /// <returns>The parsed article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NewsTextOptions.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Article Parse(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Options.MaxInputLength is int max && text.Length > max)
        {
            ThrowHelper.ThrowInputTooLong(text.Length, max);
        }

        if (_stripper is BoilerplateStripper stripper)
        {
            return stripper.Strip(text, Options.ExtractQuotes ? _attributionExtractor : null, cancellationToken);
        }

        Article article = _stripper.Strip(text, cancellationToken);
        if (!Options.ExtractQuotes || article.Paragraphs.Count == 0)
        {
            return article;
        }

        AttributionResult attribution = _attributionExtractor.Extract(text, article.Paragraphs, cancellationToken);
        return article with { Quotes = attribution.Quotes, Speakers = attribution.Speakers };
    }
}
