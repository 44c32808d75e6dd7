namespace NewsText.Boilerplate;

/// <summary>
/// Reads the dateline that opens a news paragraph: "KYIV, Ukraine (AP) — ", "WASHINGTON (Reuters) - ",
/// "CLEVELAND, Ohio – ". The place is in capitals, or followed by a news agency in brackets.
/// </summary>
internal static class DatelineReader
{
    private const int MaxDatelineLength = 60;

    public static TextSpan? Read(string text, int start, int length)
    {
        ReadOnlySpan<char> head = text.AsSpan(start, Math.Min(length, MaxDatelineLength + 3));
        int dash = FindDash(head);
        if (dash <= 1)
        {
            return null;
        }

        ReadOnlySpan<char> candidate = head[..dash].TrimEnd();
        bool agency = candidate.EndsWith(")") && candidate.IndexOf('(') > 0;
        if (!agency && !StartsWithCapitalsWord(candidate))
        {
            return null;
        }

        // A dateline is a place, not a clause: few words and no sentence inside it.
        if (candidate.Count(' ') > 7 || candidate.IndexOfAny(".!?") is int p && p >= 0 && p < candidate.Length - 1 && !IsAbbreviationDot(candidate, p))
        {
            return null;
        }

        return new TextSpan(start, candidate.Length);
    }

    private static int FindDash(ReadOnlySpan<char> head)
    {
        for (int i = 1; i < head.Length; i++)
        {
            char c = head[i];
            if ((c is '—' or '–' || (c == '-' && i + 1 < head.Length && head[i + 1] == ' ')) && head[i - 1] == ' ')
            {
                return i - 1;
            }
        }

        return -1;
    }

    private static bool StartsWithCapitalsWord(ReadOnlySpan<char> candidate)
    {
        int letters = 0;
        foreach (char c in candidate)
        {
            if (c is ' ' or ',')
            {
                break;
            }

            if (!char.IsLetter(c) && c is not ('.' or '-' or '\''))
            {
                return false;
            }

            if (char.IsLower(c))
            {
                return false;
            }

            letters++;
        }

        return letters >= 2;
    }

    // "U.S." or "D.C." inside a place name.
    private static bool IsAbbreviationDot(ReadOnlySpan<char> candidate, int dot) =>
        dot >= 1 && char.IsUpper(candidate[dot - 1]) && (dot < 2 || !char.IsLetter(candidate[dot - 2]));
}
