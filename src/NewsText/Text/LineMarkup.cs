using System.Runtime.CompilerServices;

namespace NewsText.Text;

/// <summary>
/// Finds the visible part of a line that a text renderer decorated with lightweight markup: Markdown headings, list
/// bullets, block quotes and bold lines (html2text, pandoc), pictures without a description ("[] "), a line that is
/// one link or image ("[Home](/news)", "![Logo](logo.png)"), and a text browser's leading link number ("[12]Home"). A
/// reader of the page sees only what is inside, as a browser's innerText shows it, so the block covers only that.
/// Links inside running text are left alone: the span of a paragraph stays one piece of the input.
/// </summary>
internal static class LineMarkup
{
    private const int MaxMarkers = 3;

    /// <summary>Narrows the trimmed line [<paramref name="start"/>, <paramref name="end"/>) to its visible text.</summary>
    /// <remarks>
    /// Nearly every line starts with a letter or digit and ends with no '*': two comparisons, inlined into the
    /// segmenter's loop, keep plain text on the fast path, and the rest is called only for the others.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Narrow(string text, ref int start, ref int end)
    {
        if (!char.IsLetterOrDigit(text[start]) || text[end - 1] == '*')
        {
            NarrowDecorated(text, ref start, ref end);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NarrowDecorated(string text, ref int start, ref int end)
    {
        int s = start;
        int e = end;
        for (int i = 0; i < MaxMarkers && s < e; i++)
        {
            int next = AfterMarker(text, s, e);
            if (next == s)
            {
                break;
            }

            s = next;
        }

        InsideWholeLineDecoration(text, ref s, ref e);
        e = BeforeClosingStars(text, s, e);
        while (s < e && CharSets.IsBlank(text[s]))
        {
            s++;
        }

        while (e > s && CharSets.IsBlank(text[e - 1]))
        {
            e--;
        }

        if (e > s)
        {
            start = s;
            end = e;
        }
    }

    /// <summary>The index after a leading heading, bullet or quote marker and its spaces, or <paramref name="s"/>.</summary>
    private static int AfterMarker(string text, int s, int e)
    {
        int i = s;
        if (text[i] is '#' or '*')
        {
            // "# Title" in Markdown, "****** Title ******" as Debian's html2text prints an <h1>; one '*' is a bullet.
            char mark = text[i];
            while (i < e && i - s < 7 && text[i] == mark)
            {
                i++;
            }

            if (i - s > 6)
            {
                return s;
            }
        }
        else if (text[i] is '+' or '-' or '>' || IsBulletGlyph(text[i]))
        {
            i++;
        }
        else if (text[i] == '[' && i + 1 < e && text[i + 1] == ']')
        {
            // A picture without a description, as pandoc's plain text draws it ("[] Jane Doe", an author's photo).
            i += 2;
        }
        else
        {
            return s;
        }

        // A marker stands apart from the text it marks ("# Title", "* Home"), by a space or, in elinks, a no-break
        // space; "#hashtag" and "-5" are text.
        if (i >= e || text[i] is not (' ' or '\u00A0'))
        {
            return s;
        }

        while (i < e && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i < e ? i : s;
    }

    /// <summary>
    /// Where a heading's closing stars start ("…Title ******", or "…U.S. ******" on the last line of a wrapped one),
    /// or <paramref name="e"/>: a run of two to six that stands apart from the text, as Debian's html2text closes its
    /// headings. "**bold**" and "word*" are text.
    /// </summary>
    private static int BeforeClosingStars(string text, int s, int e)
    {
        int run = e;
        while (run > s && e - run < MaxHeadingMarks && text[run - 1] == '*')
        {
            run--;
        }

        return e - run >= 2 && run > s && text[run - 1] == ' ' ? run : e;
    }

    /// <summary>Whether <paramref name="line"/> was narrowed off a heading's closing stars (see <see cref="BeforeClosingStars"/>).</summary>
    public static bool EndsBeforeClosingStars(string text, Block line) =>
        line.End + 1 < text.Length && text[line.End] == ' ' && text[line.End + 1] == '*';

    // "######" and "******": the deepest heading's marks.
    private const int MaxHeadingMarks = 6;

    // The bullets text browsers draw for the levels of a list: w3m's "□" under "•", others' "◦", "■" or "▪".
    private static bool IsBulletGlyph(char c) => c is '•' or '◦' or '○' or '●' or '■' or '□' or '▪' or '‣';

    private static void InsideWholeLineDecoration(string text, ref int s, ref int e)
    {
        // A link may show an image ("[![Logo](logo.png)](/)"), which shows its description: two levels at most.
        for (int level = 0; level < 2 && e - s >= 3; level++)
        {
            int link = text[s] == '!' && text[s + 1] == '[' ? s + 1 : s;
            if (text[link] != '[' || !InsideLink(text, link, ref s, ref e))
            {
                break;
            }
        }

        if (e - s > 4 && ((text[s] == '*' && text[s + 1] == '*' && text[e - 2] == '*' && text[e - 1] == '*')
            || (text[s] == '_' && text[s + 1] == '_' && text[e - 2] == '_' && text[e - 1] == '_')))
        {
            s += 2;
            e -= 2;
        }
    }

    /// <summary>
    /// "[text](target)" as a whole line gives its text; "[12]text" (a link number) gives what follows. Returns whether
    /// the line was a Markdown link, whose text may be one in turn.
    /// </summary>
    private static bool InsideLink(string text, int link, ref int s, ref int e)
    {
        // A footnote ("[1] Smith, 2015") keeps its number: a text browser writes the number against the link text.
        if (!TryReadInlineLink(text, link, e, out int visibleStart, out int visibleEnd, out int after))
        {
            return false;
        }

        if (after == visibleEnd)
        {
            s = visibleStart;
            return false;
        }

        // A link followed by more text ("[a](b) and (c)") is running text.
        if (after != e)
        {
            return false;
        }

        s = visibleStart;
        e = visibleEnd;
        return true;
    }

    /// <summary>
    /// Whether the block at <paramref name="start"/> is a Markdown image: a line "![description](picture.jpg)" narrowed
    /// to its description, or one whose description runs on to the next line. A browser shows the picture, not its words.
    /// </summary>
    public static bool IsImage(string text, int start) =>
        (start >= 2 && text[start - 1] == '[' && text[start - 2] == '!')
        || (start + 1 < text.Length && text[start] == '!' && text[start + 1] == '[');

    /// <summary>
    /// Whether the block at <paramref name="start"/> was narrowed past the mark of a top-level heading that opens its
    /// line: Markdown's "# ", or the six stars of Debian's html2text ("****** ").
    /// </summary>
    public static bool IsTopHeading(string text, int start) => HeadingMarksBefore(text, start) is ('#', 1) or ('*', MaxHeadingMarks);

    /// <summary>Whether the block at <paramref name="start"/> was narrowed past the stars that open a heading of Debian's html2text ("*** ").</summary>
    public static bool OpensStarredHeading(string text, int start) => HeadingMarksBefore(text, start) is ('*', >= 2);

    /// <summary>The heading marks ('#' or '*', and how many) that open the line before <paramref name="start"/>, where it was narrowed past them and their spaces.</summary>
    private static (char Mark, int Count) HeadingMarksBefore(string text, int start)
    {
        int last = start - 1;
        while (last >= 0 && text[last] == ' ')
        {
            last--;
        }

        if (last == start - 1 || last < 0 || text[last] is not ('#' or '*'))
        {
            return default;
        }

        int first = last;
        while (first > 0 && last - first < MaxHeadingMarks && text[first - 1] == text[last])
        {
            first--;
        }

        return first == 0 || text[first - 1] is ' ' or '\t' or '\n' or '\r' ? (text[last], last - first + 1) : default;
    }

    /// <summary>
    /// Reads an inline link that starts at <paramref name="position"/>: Markdown's "[Jane Doe](https://…)" or a text
    /// browser's link number before its text ("[12]Jane Doe"). <paramref name="visibleStart"/> and
    /// <paramref name="visibleEnd"/> bound the text a reader sees; <paramref name="after"/> is where the link's markup
    /// ends (after the target, or <paramref name="visibleEnd"/> for a link number, whose text runs on).
    /// </summary>
    /// <remarks>
    /// A link's text may hold one image ("[![Logo](logo.png) Home](/)"), and its target escaped or nested parentheses
    /// ("/wiki/Monde_\(série\)", as html2text writes them) and a quoted title. The search stops at the next bracket
    /// that cannot belong to the link, so reading every link of a text reads each character a bounded number of times.
    /// </remarks>
    public static bool TryReadInlineLink(string text, int position, int end, out int visibleStart, out int visibleEnd, out int after)
    {
        visibleStart = visibleEnd = after = position;
        if (position + 2 >= end || text[position] != '[')
        {
            return false;
        }

        int close = MatchingBracket(text, position, end);
        if (close < 0)
        {
            return false;
        }

        if (close > position + 1 && text.AsSpan(position + 1, close - position - 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // "[12]Jane Doe": the number belongs to the link whose text follows it. A footnote's number stands
            // apart from the words, or before punctuation ("per shift[1], even").
            if (close + 1 >= end || CharSets.IsBlank(text[close + 1]) || text[close + 1] is ',' or '.' or ';' or ':' or ')' or ']' or '!' or '?')
            {
                return false;
            }

            visibleStart = close + 1;
            visibleEnd = after = end;
            return true;
        }

        // An image or link may show nothing ("![](spacer.gif)").
        if (close + 1 >= end || text[close + 1] != '(')
        {
            return false;
        }

        int closeParen = TargetEnd(text, close + 2, end);
        if (closeParen < 0)
        {
            return false;
        }

        visibleStart = position + 1;
        visibleEnd = close;
        after = closeParen + 1;
        return true;
    }

    /// <summary>The ']' that closes the '[' at <paramref name="open"/>, with at most an image's brackets inside, or -1.</summary>
    private static int MatchingBracket(string text, int open, int end)
    {
        int depth = 0;
        for (int i = open; i < end; i++)
        {
            char c = text[i];
            if (c == '[' && (++depth > 2 || (depth == 2 && text[i - 1] != '!')))
            {
                return -1;
            }

            if (c == ']' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The ')' that ends a link target starting at <paramref name="from"/> (after its '('), or -1.</summary>
    private static int TargetEnd(string text, int from, int end)
    {
        int parentheses = 0;
        bool title = false;
        bool path = false;
        for (int i = from; i < end; i++)
        {
            char c = text[i];
            if (title)
            {
                title = c != '"';
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c == '"' && i > from && CharSets.IsBlank(text[i - 1]))
            {
                // [Jane Doe](/staff/jd "Jane's page")
                title = true;
            }
            else if (c is '[' or ']' || (CharSets.IsBlank(c) && !(path || (i > from && i + 1 < end && text[i + 1] == '"'))))
            {
                // A blank in a target comes before its title, or inside a path that html2text left unescaped
                // ("http://example.com/Beat Blogs/a.jpg"); "(see below)" is no address.
                return -1;
            }
            else if (c == '(')
            {
                parentheses++;
            }
            else if (c == '/')
            {
                path = true;
            }
            else if (c == ')' && parentheses-- == 0)
            {
                return i > from ? i : -1;
            }
        }

        return -1;
    }
}
