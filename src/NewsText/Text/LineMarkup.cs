namespace NewsText.Text;

/// <summary>
/// Finds the visible part of a line that a text renderer decorated with lightweight markup: Markdown headings, list
/// bullets, block quotes and bold lines (html2text, pandoc), a line that is one link or image ("[Home](/news)",
/// "![Logo](logo.png)"), and a text browser's leading link number ("[12]Home"). A reader of the page sees only what is
/// inside, as a browser's innerText shows it, so the block covers only that. Links inside running text are left alone:
/// the span of a paragraph stays one piece of the input.
/// </summary>
internal static class LineMarkup
{
    private const int MaxMarkers = 3;

    /// <summary>Narrows the trimmed line [<paramref name="start"/>, <paramref name="end"/>) to its visible text.</summary>
    public static void Narrow(string text, ref int start, ref int end)
    {
        // Nearly every line starts with a letter or digit: one comparison keeps plain text on the fast path.
        if (char.IsLetterOrDigit(text[start]))
        {
            return;
        }

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
        if (text[i] == '#')
        {
            while (i < e && i - s < 7 && text[i] == '#')
            {
                i++;
            }

            if (i - s > 6)
            {
                return s;
            }
        }
        else if (text[i] is '*' or '+' or '-' or '•' or '>')
        {
            i++;
        }
        else
        {
            return s;
        }

        // A marker stands apart from the text it marks ("# Title", "* Home"); "#hashtag" and "-5" are text.
        if (i >= e || text[i] != ' ')
        {
            return s;
        }

        while (i < e && text[i] == ' ')
        {
            i++;
        }

        return i < e ? i : s;
    }

    private static void InsideWholeLineDecoration(string text, ref int s, ref int e)
    {
        int length = e - s;
        if (length < 3)
        {
            return;
        }

        if (text[s] == '!' && text[s + 1] == '[')
        {
            s++;
            InsideLink(text, ref s, ref e);
        }
        else if (text[s] == '[')
        {
            InsideLink(text, ref s, ref e);
        }
        else if (length > 4 && ((text[s] == '*' && text[s + 1] == '*' && text[e - 2] == '*' && text[e - 1] == '*')
            || (text[s] == '_' && text[s + 1] == '_' && text[e - 2] == '_' && text[e - 1] == '_')))
        {
            s += 2;
            e -= 2;
        }
    }

    /// <summary>"[text](target)" as a whole line gives its text; "[12]text" (a link number) gives what follows.</summary>
    private static void InsideLink(string text, ref int s, ref int e)
    {
        int close = text.AsSpan(s + 1, e - s - 1).IndexOf(']');
        if (close < 0)
        {
            return;
        }

        close += s + 1;
        if (close + 1 < e && text[close + 1] == '(' && text[e - 1] == ')')
        {
            // The target is one address, with at most a quoted title after it: a closing parenthesis inside running
            // text ("[a] then (b)") does not make the line a link.
            ReadOnlySpan<char> target = text.AsSpan(close + 2, e - close - 3);
            int space = target.IndexOf(' ');
            if (close > s + 1 && (space < 0 || IsLinkTitle(target[(space + 1)..])) && target.IndexOf('(') < 0)
            {
                e = close;
                s++;
            }

            return;
        }

        // A footnote ("[1] Smith, 2015") keeps its number: a text browser writes the number against the link text.
        bool linkNumber = close > s + 1 && close + 1 < e && text[close + 1] != ' ' && text.AsSpan(s + 1, close - s - 1).IndexOfAnyExceptInRange('0', '9') < 0;
        if (linkNumber)
        {
            s = close + 1;
        }
    }

    /// <summary>
    /// Reads an inline link that starts at <paramref name="position"/>: Markdown's "[Jane Doe](https://…)" or a text
    /// browser's link number before its text ("[12]Jane Doe"). <paramref name="visibleStart"/> and
    /// <paramref name="visibleEnd"/> bound the text a reader sees; <paramref name="after"/> is where the link's markup
    /// ends (after the target, or <paramref name="visibleEnd"/> for a link number, whose text runs on).
    /// </summary>
    public static bool TryReadInlineLink(string text, int position, int end, out int visibleStart, out int visibleEnd, out int after)
    {
        visibleStart = visibleEnd = after = position;
        if (position + 2 >= end || text[position] != '[')
        {
            return false;
        }

        int close = text.AsSpan(position + 1, end - position - 1).IndexOfAny('[', ']');
        if (close <= 0 || text[position + 1 + close] != ']')
        {
            return false;
        }

        close += position + 1;
        if (text.AsSpan(position + 1, close - position - 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // "[12]Jane Doe": the number belongs to the link whose text follows it.
            if (close + 1 >= end || CharSets.IsBlank(text[close + 1]))
            {
                return false;
            }

            visibleStart = close + 1;
            visibleEnd = after = end;
            return true;
        }

        if (close + 1 >= end || text[close + 1] != '(')
        {
            return false;
        }

        // The target is one address, perhaps with a quoted title: [Jane Doe](/staff/jd "Jane's page").
        int targetEnd = text.AsSpan(close + 2, end - close - 2).IndexOfAny(' ', ')');
        if (targetEnd <= 0)
        {
            return false;
        }

        int closeParen = close + 2 + targetEnd;
        if (text[closeParen] == ' ' && closeParen + 2 < end && text[closeParen + 1] == '"')
        {
            int titleEnd = text.AsSpan(closeParen + 2, end - closeParen - 2).IndexOf('"');
            closeParen = titleEnd < 0 ? end : closeParen + 2 + titleEnd + 1;
        }

        if (closeParen >= end || text[closeParen] != ')')
        {
            return false;
        }

        visibleStart = position + 1;
        visibleEnd = close;
        after = closeParen + 1;
        return true;
    }

    private static bool IsLinkTitle(ReadOnlySpan<char> afterTarget)
    {
        afterTarget = afterTarget.TrimStart();
        return afterTarget.Length > 0 && afterTarget[0] == '"';
    }
}
