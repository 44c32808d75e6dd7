using Microsoft.Extensions.Logging;

namespace NewsText.Logging;

/// <summary>Source-generated log messages. Everything is Debug level and logged per block or per quote, never per word.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Removed [{Start}, +{Length}) as {Kind}: {Reason}")]
    public static partial void BlockRemoved(ILogger logger, int start, int length, RemovalKind kind, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Body: {ParagraphCount} paragraphs from {BlockCount} blocks; title at {TitleStart}")]
    public static partial void BodyChosen(ILogger logger, int paragraphCount, int blockCount, int titleStart);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Quote at {Start} attributed to {Speaker} because {Why}")]
    public static partial void SpeakerChosen(ILogger logger, int start, string speaker, string why);
}
