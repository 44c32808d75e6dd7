namespace NewsText.Cli;

/// <summary>An input cannot be read; reported as one line and exit code 2.</summary>
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
