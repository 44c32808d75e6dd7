using System.Text;

namespace NewsText.Cli;

/// <summary>
/// Reads a document's bytes as text: UTF-8 with or without a byte order mark, UTF-16 with one; bytes that are not
/// valid UTF-8 are decoded with U+FFFD and reported as a warning, never dropped silently.
/// </summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path, out string? warning)
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

        return Decode(bytes, path, out warning);
    }

    public static string ReadStream(Stream stream, string name, out string? warning)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Decode(buffer.ToArray(), name, out warning);
    }

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
