using System.Globalization;

namespace NewsText.Cli.Evaluation;

/// <summary>
/// Reads brat standoff attributions (<c>T</c> spans tied by <c>E</c> events with Content, Cue and Source roles).
/// Offsets in the files count Unicode code points; they are turned into UTF-16 offsets of the text.
/// </summary>
internal static class BratReader
{
    public static List<BratAttribution> Read(string annotationPath, string text)
    {
        int[] utf16 = CodePointOffsets(text);
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (string line in File.ReadLines(annotationPath))
        {
            if (line.Length > 1 && line[0] == 'T' && char.IsDigit(line[1]))
            {
                string[] fields = line.Split('\t');
                if (fields.Length >= 2 && ParseSpan(fields[1], utf16) is TextSpan span)
                {
                    spans[fields[0]] = span;
                }
            }
            else if (line.Length > 1 && line[0] == 'E' && char.IsDigit(line[1]))
            {
                events.Add(line);
            }
        }

        var attributions = new List<BratAttribution>();
        foreach (string line in events)
        {
            TextSpan? content = null;
            var sources = new List<TextSpan>();
            foreach (string role in line.Split('\t', 2)[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = role.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out TextSpan span))
                {
                    continue;
                }

                if (role.StartsWith("Content", StringComparison.Ordinal))
                {
                    content = span;
                }
                else if (role.StartsWith("Source", StringComparison.Ordinal))
                {
                    sources.Add(span);
                }
            }

            if (content is TextSpan c)
            {
                attributions.Add(new BratAttribution(c, sources, HasQuotationMark(text.AsSpan(c.Start, c.Length))));
            }
        }

        return attributions;
    }

    // Some archives (the New York Times among PolNeAR's sources) write quotation marks as two apostrophes.
    private static bool HasQuotationMark(ReadOnlySpan<char> content) =>
        content.IndexOfAny("\"“”«»„") >= 0 || content.IndexOf("''", StringComparison.Ordinal) >= 0;

    // "Content 120 211" or "Content 120 150;160 211": the whole range from the first start to the last end.
    private static TextSpan? ParseSpan(string typeAndOffsets, int[] utf16)
    {
        string[] parts = typeAndOffsets.Split(' ', 2);
        if (parts.Length < 2)
        {
            return null;
        }

        int start = int.MaxValue, end = -1;
        foreach (string fragment in parts[1].Split(';'))
        {
            string[] offsets = fragment.Trim().Split(' ');
            if (offsets.Length == 2 && int.TryParse(offsets[0], CultureInfo.InvariantCulture, out int s) && int.TryParse(offsets[1], CultureInfo.InvariantCulture, out int e))
            {
                start = Math.Min(start, s);
                end = Math.Max(end, e);
            }
        }

        if (end < 0 || start >= utf16.Length || end >= utf16.Length)
        {
            return null;
        }

        return new TextSpan(utf16[start], utf16[end] - utf16[start]);
    }

    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }
}
