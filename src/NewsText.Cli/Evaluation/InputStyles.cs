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
        InputStyle.Markdown => Markdown(text),
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

    // A label is what a page renders as a link or button: a few words that do not end a sentence.
    private static string Markdown(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            bool label = trimmed.Count(' ') < 4 && trimmed[^1] is not ('.' or '!' or '?');
            if (label)
            {
                result.Append("* [").Append(trimmed).Append("](https://example.com/").Append(trimmed.Length).Append(")\n\n");
            }
            else
            {
                result.Append(trimmed).Append("\n\n");
            }
        }

        return result.ToString();
    }

    public static InputStyle Parse(string? name) => name switch
    {
        null or "as-is" => InputStyle.AsIs,
        "wet" => InputStyle.Wet,
        "crlf" => InputStyle.Crlf,
        "wrapped" => InputStyle.Wrapped,
        "markdown" => InputStyle.Markdown,
        _ => throw new UsageException($"unknown --style '{name}' (as-is, wet, crlf, wrapped or markdown)"),
    };
}
