using System.Text;

namespace NewsText.Cli.Evaluation;

/// <summary>Re-renders a page in another <see cref="InputStyle"/>.</summary>
internal static class InputStyles
{
    public static string Render(string text, InputStyle style) => style switch
    {
        InputStyle.Wet => WithoutBlankLines(text),
        InputStyle.Crlf => text.ReplaceLineEndings("\r\n"),
        InputStyle.Wrapped => Wrapped(text, 72),
        _ => text,
    };

    private static string WithoutBlankLines(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                result.Append(line.Trim()).Append('\n');
            }
        }

        return result.ToString();
    }

    private static string Wrapped(string text, int width)
    {
        var result = new StringBuilder(text.Length + text.Length / width);
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> rest = line.Trim();
            if (rest.IsEmpty)
            {
                continue;
            }

            while (rest.Length > width)
            {
                int cut = rest[..width].LastIndexOf(' ');
                if (cut <= 0)
                {
                    cut = width;
                }

                result.Append(rest[..cut].TrimEnd()).Append('\n');
                rest = rest[cut..].TrimStart();
            }

            result.Append(rest).Append("\n\n");
        }

        return result.ToString();
    }

    public static InputStyle Parse(string? name) => name switch
    {
        null or "as-is" => InputStyle.AsIs,
        "wet" => InputStyle.Wet,
        "crlf" => InputStyle.Crlf,
        "wrapped" => InputStyle.Wrapped,
        _ => throw new UsageException($"unknown --style '{name}' (as-is, wet, crlf or wrapped)"),
    };
}
