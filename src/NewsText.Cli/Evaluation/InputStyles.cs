using System.Text;

namespace NewsText.Cli.Evaluation;

/// <summary>Re-renders a page in another <see cref="InputStyle"/>.</summary>
internal static class InputStyles
{
    private const int LynxWidth = 76;
    private const string LynxIndent = "   ";

    /// <summary>The page <paramref name="text"/> as <paramref name="style"/> gives it.</summary>
    /// <param name="text">The page as a browser copied it.</param>
    /// <param name="style">The style to render.</param>
    /// <param name="gold">The page's marked headline and body: an extractor's output is made of nothing else.</param>
    public static string Render(string text, InputStyle style, GoldArticle gold) => style switch
    {
        InputStyle.Wet => WithoutBlankLines(text),
        InputStyle.Crlf => text.ReplaceLineEndings("\r\n"),
        InputStyle.Wrapped => Wrapped(text, 72),
        InputStyle.Rewrapped => Rewrapped(text, 80),
        InputStyle.Markdown => Markdown(text),
        InputStyle.Lynx => Lynx(text),
        InputStyle.Extracted => Extracted(gold),
        InputStyle.Soup => Soup(text),
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
            ReadOnlySpan<char> trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                AppendWrapped(result, trimmed, width, indent: "");
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    // The page's own lines and blank lines, each line broken at the width: no blank line stands between most blocks.
    private static string Rewrapped(string text, int width)
    {
        var result = new StringBuilder(text.Length + text.Length / width);
        bool blank = true;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                if (!blank)
                {
                    result.Append('\n');
                }

                blank = true;
                continue;
            }

            AppendWrapped(result, trimmed, width, indent: "");
            blank = false;
        }

        return result.ToString();
    }

    private static void AppendWrapped(StringBuilder result, ReadOnlySpan<char> rest, int width, string indent)
    {
        width -= indent.Length;
        while (rest.Length > width)
        {
            int cut = rest[..width].LastIndexOf(' ');
            if (cut <= 0)
            {
                cut = width;
            }

            result.Append(indent).Append(rest[..cut].TrimEnd()).Append('\n');
            rest = rest[cut..].TrimStart();
        }

        result.Append(indent).Append(rest).Append('\n');
    }

    // A label is what a page renders as a link or button: a few words that do not end a sentence.
    private static bool IsLabel(ReadOnlySpan<char> line) => line.Count(' ') < 4 && line[^1] is not ('.' or '!' or '?');

    // "By Jane Doe": the name is a link to the author's page.
    private static bool IsByline(ReadOnlySpan<char> line) =>
        IsLabel(line) && line.Length > 4 && line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(line[3]);

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

            if (IsByline(trimmed))
            {
                // html2text keeps the marker as text and links the author's name.
                result.Append(trimmed[..3]).Append('[').Append(trimmed[3..]).Append("](https://example.com/author/").Append(trimmed.Length).Append(")\n\n");
            }
            else if (IsLabel(trimmed))
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

    private static string Lynx(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        var references = new List<string>();
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (IsByline(trimmed))
            {
                references.Add(InventedAddress(trimmed, references.Count));
                AppendWrapped(result, $"{trimmed[..3]}[{references.Count}]{trimmed[3..]}", LynxWidth, LynxIndent);
            }
            else if (IsLabel(trimmed))
            {
                references.Add(InventedAddress(trimmed, references.Count));
                AppendWrapped(result, $"[{references.Count}]{trimmed}", LynxWidth, LynxIndent);
            }
            else
            {
                AppendWrapped(result, trimmed, LynxWidth, LynxIndent);
            }

            result.Append('\n');
        }

        if (references.Count > 0)
        {
            result.Append("References\n\n");
            for (int i = 0; i < references.Count; i++)
            {
                result.Append($"{i + 1,4}. ").Append(references[i]).Append('\n');
            }
        }

        return result.ToString();
    }

    private static string InventedAddress(ReadOnlySpan<char> label, int index)
    {
        var slug = new StringBuilder("https://www.example.com/");
        foreach (char c in label)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug[^1] != '-' && slug[^1] != '/')
            {
                slug.Append('-');
            }
        }

        return slug.Append("/?ref=").Append(index).ToString();
    }

    private static string Extracted(GoldArticle gold)
    {
        var result = new StringBuilder(gold.Body.Length + 200);
        if (!string.IsNullOrWhiteSpace(gold.Title))
        {
            result.Append(gold.Title.Trim()).Append("\n\n");
        }

        foreach (ReadOnlySpan<char> line in gold.Body.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                result.Append(trimmed).Append("\n\n");
            }
        }

        return result.ToString();
    }

    // The markup's indentation and spacing vary from element to element; a fixed cycle keeps the rendering repeatable.
    private static string Soup(string text)
    {
        var result = new StringBuilder(text.Length * 2);
        int element = 0;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            element++;
            result.Append('\t', element % 4).Append(' ', element % 3 * 2);
            // Editors type &nbsp; into prose ("Why?&nbsp;Because"), and templates put one after "By"; menus and
            // labels come from templates that do not.
            int space = trimmed.IndexOf(' ');
            if (space > 0 && (IsByline(trimmed) || (element % 4 == 1 && !IsLabel(trimmed))))
            {
                result.Append(trimmed[..space]).Append('\u00A0').Append(trimmed[(space + 1)..]);
            }
            else
            {
                result.Append(trimmed);
            }

            result.Append(element % 5 == 0 ? " \u00A0\n" : "\n");
            for (int blank = 0; blank < element % 3; blank++)
            {
                result.Append('\n');
            }

            if (element % 2 == 0)
            {
                result.Append("\t\t \n");
            }

            if (element % 7 == 0)
            {
                result.Append("\u00A0\n");
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
        "rewrapped" => InputStyle.Rewrapped,
        "markdown" => InputStyle.Markdown,
        "lynx" => InputStyle.Lynx,
        "extracted" => InputStyle.Extracted,
        "soup" => InputStyle.Soup,
        _ => throw new UsageException($"unknown --style '{name}' (as-is, wet, crlf, wrapped, rewrapped, markdown, lynx, extracted or soup)"),
    };
}
