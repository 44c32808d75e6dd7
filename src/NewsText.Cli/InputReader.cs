using System.Text;

namespace NewsText.Cli;

/// <summary>
/// Reads a document's bytes as text: UTF-8 with or without a byte order mark, UTF-16 with one; bytes that are not
/// valid UTF-8 are decoded with U+FFFD and reported as a warning, never dropped silently.
/// </summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file as UTF-8/UTF-16 (see the class), or as Latin-1 when <paramref name="latin1"/> is set.</summary>
    public static string ReadFile(string path, out string? warning, bool latin1 = false)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"cannot read '{path}': {Describe(e)}", e);
        }

        warning = null;
        return latin1 ? Encoding.Latin1.GetString(bytes) : Decode(bytes, path, out warning);
    }

    public static string ReadStream(Stream stream, string name, out string? warning, bool latin1 = false)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        warning = null;
        return latin1 ? Encoding.Latin1.GetString(buffer.ToArray()) : Decode(buffer.ToArray(), name, out warning);
    }

    /// <summary>Reads the <c>--encoding</c> option: utf-8 (the default, with UTF-16 by its byte order mark) or latin1.</summary>
    public static bool IsLatin1(CommandOptions options) => options.Get("--encoding") switch
    {
        null or "utf-8" or "utf8" => false,
        "latin1" or "latin-1" or "iso-8859-1" => true,
        string other => throw new UsageException($"unknown --encoding '{other}' (utf-8 or latin1)"),
    };

    public static string Decode(byte[] bytes, string name, out string? warning)
    {
        warning = null;
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            warning = $"'{name}' is not valid UTF-8; invalid bytes were read as U+FFFD";
            return Encoding.UTF8.GetString(span);
        }
    }

    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
