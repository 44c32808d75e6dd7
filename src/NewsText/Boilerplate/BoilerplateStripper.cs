using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsText.Logging;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>The default <see cref="IBoilerplateStripper"/>. Immutable and thread-safe.</summary>
public sealed class BoilerplateStripper : IBoilerplateStripper
{
    private readonly ILogger _logger;

    /// <summary>Creates a stripper.</summary>
    /// <param name="loggerFactory">Receives a Debug line for every removal; null for none.</param>
    public BoilerplateStripper(ILoggerFactory? loggerFactory = null)
    {
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BoilerplateStripper>();
    }

    /// <inheritdoc />
    public Article Strip(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Block> blocks = BlockSegmenter.Segment(text, cancellationToken);
        var paragraphs = new List<TextSegment>();
        var removed = new List<RemovedText>();
        string? title = null;
        TextSpan? titleSpan = null;
        foreach (Block block in blocks)
        {
            ReadOnlySpan<char> span = block.Slice(text);
            int words = span.Count(' ') + 1;
            if (title is null && words is >= 3 and <= 30)
            {
                title = text.Substring(block.Start, block.Length);
                titleSpan = block.Span;
                Remove(text, block, RemovalKind.Title, "the headline", removed);
            }
            else if (words >= 12 && span[^1] is '.' or '!' or '?' or '"' or '”')
            {
                paragraphs.Add(BlockText.Segment(text, block));
            }
            else
            {
                Remove(text, block, RemovalKind.OutsideArticle, "outside the article body", removed);
            }
        }

        return new Article
        {
            Title = title,
            TitleSpan = titleSpan,
            Paragraphs = paragraphs,
            Removed = removed,
            Diagnostics = paragraphs.Count == 0 ? ["No article body found."] : [],
        };
    }

    private void Remove(string text, Block block, RemovalKind kind, string reason, List<RemovedText> removed)
    {
        removed.Add(new RemovedText(text.Substring(block.Start, block.Length), block.Start, block.Length, kind, reason));
        Log.BlockRemoved(_logger, block.Start, block.Length, kind, reason);
    }
}
