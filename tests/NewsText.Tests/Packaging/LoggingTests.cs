using Microsoft.Extensions.Logging;

namespace NewsText.Tests.Packaging;

/// <summary>The parser explains itself at Debug level through the logger factory it is given.</summary>
public sealed class LoggingTests
{
    [Fact]
    public void Removals_and_speaker_choices_are_logged_at_debug()
    {
        var factory = new CapturingLoggerFactory();
        var parser = new NewsTextParser(loggerFactory: factory);
        string text = "Home\n\nHarbor City Votes to Build a Barrier\n\nBy Maria Okafor\n\n" +
            "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor after a decade of debate.\n\n" +
            "“We are done mopping up after every storm,” Okafor said after the vote in a crowded chamber full of residents.";

        parser.Parse(text);

        Assert.Contains(factory.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("byline", StringComparison.Ordinal));
        Assert.Contains(factory.Entries, e => e.Level == LogLevel.Debug && e.Message.Contains("attributed to Okafor", StringComparison.Ordinal));
        Assert.All(factory.Entries, e => Assert.Equal(LogLevel.Debug, e.Level));
    }

    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerFactory owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Entries)
                {
                    owner.Entries.Add((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
