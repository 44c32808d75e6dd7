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

    private static bool IsLinkTitle(ReadOnlySpan<char> afterTarget)
    {
        afterTarget = afterTarget.TrimStart();
        return afterTarget.Length > 0 && afterTarget[0] == '"';
    }
}
