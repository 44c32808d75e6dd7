using System.Buffers;
using System.Text;

namespace NewsText.Text;

/// <summary>
/// What a reader sees of a paragraph: its hard-wrapped lines re-joined, each line break (with the blanks around it) as
/// one space, and the Markdown that a text exporter (html2text, pandoc) wrote inside it read as a browser shows the
/// page: a link as its text, an image as nothing, emphasis marks and backslash escapes dropped, and a text browser's
/// link number ("[12]Home") left out.
/// </summary>
/// <remarks>
/// A body copied from the Markdown keeps every address it links to, and each of them breaks the sentence around it for
/// anything that reads the words in order.
/// </remarks>
internal static class ReaderText
{
    private static readonly SearchValues<char> Markup = SearchValues.Create("[!*_\\");

    /// <summary>The text a reader sees of the paragraph at <paramref name="start"/>, <paramref name="length"/> of <paramref name="text"/>.</summary>
    public static string Of(string text, int start, int length)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, length);
        string joined = span.IndexOfAny(CharSets.LineBreaks) >= 0 ? BlockText.JoinLines(span) : span.ToString();
        if (joined.AsSpan().IndexOfAny(Markup) < 0)
        {
            return joined;
        }

        var builder = new StringBuilder(joined.Length);
        AppendVisible(joined, 0, joined.Length, builder);
        return builder.ToString();
    }

    private static void AppendVisible(string text, int from, int end, StringBuilder builder)
    {
        int i = from;
        while (i < end)
        {
            int next = text.AsSpan(i, end - i).IndexOfAny(Markup);
            if (next < 0)
            {
                builder.Append(text, i, end - i);
                return;
            }

            builder.Append(text, i, next);
            i += next;
            char c = text[i];
            if (c == '\\' && i + 1 < end && IsAsciiPunctuation(text[i + 1]))
            {
                builder.Append(text[i + 1]);
                i += 2;
            }
            else if (c == '!' && i + 1 < end && text[i + 1] == '['
                && LineMarkup.TryReadInlineLink(text, i + 1, end, out _, out int imageEnd, out int afterImage) && afterImage != imageEnd)
            {
                // Browsers show an image, not its description.
                i = afterImage;
            }
            else if (c == '[' && LineMarkup.TryReadInlineLink(text, i, end, out int visibleStart, out int visibleEnd, out int after))
            {
                if (after == visibleEnd)
                {
                    // A link number: the link's text follows it.
                    i = visibleStart;
                    continue;
                }

                // The link's text may hold an image or emphasis of its own.
                AppendVisible(text, visibleStart, visibleEnd, builder);
                i = after;
            }
            else if (c is '*' or '_')
            {
                i = AppendUnlessEmphasis(text, i, from, end, builder);
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }
    }

    /// <summary>
    /// A run of '*' or '_' that opens or closes a word ("_really_", "**Washington**") marks emphasis; a word's inner
    /// underscore ("snake_case") and a lone "*" between spaces are text. Two stars or more always mark it.
    /// </summary>
    private static int AppendUnlessEmphasis(string text, int at, int from, int end, StringBuilder builder)
    {
        char mark = text[at];
        int run = at;
        while (run < end && text[run] == mark)
        {
            run++;
        }

        bool wordBefore = at > from && CharSets.IsLetterOrDigit(text[at - 1]);
        bool wordAfter = run < end && CharSets.IsLetterOrDigit(text[run]);
        bool emphasis = wordBefore != wordAfter || (mark == '*' && run - at >= 2);
        if (!emphasis)
        {
            builder.Append(text, at, run - at);
        }

        return run;
    }

    private static bool IsAsciiPunctuation(char c) => c < 0x80 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
