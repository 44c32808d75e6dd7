namespace NewsText.Cli;

/// <summary>The command line is wrong; reported as one line and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
