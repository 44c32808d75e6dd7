namespace NewsText.Boilerplate;

/// <summary>
/// Finds the named groups of a <see cref="DateParser"/> expression in the text it matched, each as a span relative to
/// the match's start; a group that took no part is the empty span.
/// </summary>
/// <remarks>
/// A <see cref="System.Text.RegularExpressions.Match"/> allocates arrays for its captures, and a
/// <see cref="System.Text.RegularExpressions.Group"/> for every group read from it, which made most of what a small
/// article's parse allocated besides its result. The expressions are run for where they match only, and these
/// readers place the groups from the expression's shape: the expression has checked every character already, and each
/// of its optional parts starts with a character no other part there can take, so one pass forward finds them.
/// </remarks>
internal static class DateGroups
{
    /// <summary>"2019-11-19", "2019-11-19T12:48:14.5+05:30": fixed places, then what the seconds leave for the zone.</summary>
    public static (TextSpan Year, TextSpan Month, TextSpan Day, TextSpan Hour, TextSpan Minute, TextSpan Zone) OfIsoDate(ReadOnlySpan<char> match)
    {
        (TextSpan year, TextSpan month, TextSpan day) = (new(0, 4), new(5, 2), new(8, 2));
        if (match.Length == 10)
        {
            return (year, month, day, default, default, default);
        }

        int at = 16;
        if (at < match.Length && match[at] == ':')
        {
            at += 3;
            if (at < match.Length && match[at] == '.')
            {
                at = DigitsEnd(match, at + 1);
            }
        }

        return (year, month, day, new(11, 2), new(14, 2), Rest(match, at));
    }

    /// <summary>"Nov. 19th, 2019": the month opens the match, the day is its first number and the year ends it.</summary>
    public static (TextSpan Month, TextSpan Day, TextSpan Year) OfMonthDayYear(ReadOnlySpan<char> match)
    {
        int day = match.IndexOfAnyInRange('0', '9');
        int dayEnd = DigitsEnd(match, day);
        return (new(0, LettersEnd(match, 0)), new(day, dayEnd - day), YearAtEnd(match));
    }

    /// <summary>"19th of Nov. 2019": the day opens the match, the month follows its first white space (and an "of").</summary>
    public static (TextSpan Day, TextSpan Month, TextSpan Year) OfDayMonthYear(ReadOnlySpan<char> match)
    {
        int dayEnd = DigitsEnd(match, 0);
        int month = dayEnd;
        while (!char.IsWhiteSpace(match[month]))
        {
            month++;
        }

        month = SpaceEnd(match, month);
        if (match[month..].StartsWith("of", StringComparison.OrdinalIgnoreCase) && month + 2 < match.Length && char.IsWhiteSpace(match[month + 2]))
        {
            month = SpaceEnd(match, month + 2);
        }

        return (new(0, dayEnd), new(month, LettersEnd(match, month) - month), YearAtEnd(match));
    }

    /// <summary>"21/06/2014", "1.2.19": two numbers, the mark between them, and the year after the same mark.</summary>
    public static (TextSpan A, TextSpan Separator, TextSpan B, TextSpan Year) OfNumericDate(ReadOnlySpan<char> match)
    {
        int aEnd = DigitsEnd(match, 0);
        int bEnd = DigitsEnd(match, aEnd + 1);
        return (new(0, aEnd), new(aEnd, 1), new(aEnd + 1, bEnd - aEnd - 1), new(bEnd + 1, match.Length - bEnd - 1));
    }

    /// <summary>
    /// "4:02", "11:04:30 p.m. EST": the hour and minute open the match; then, past any white space, a meridiem when
    /// "a" or "p" there leads to an "m", and a zone when anything but white space is left after it.
    /// </summary>
    public static (TextSpan Hour, TextSpan Minute, TextSpan Meridiem, TextSpan Zone) OfClockTime(ReadOnlySpan<char> match)
    {
        int colon = match.IndexOf(':');
        int at = colon + 3;
        if (at < match.Length && match[at] == ':')
        {
            at += 3;
        }

        at = SpaceEnd(match, at);
        TextSpan meridiem = default;
        if (at < match.Length && match[at] is 'a' or 'A' or 'p' or 'P')
        {
            int m = at + 1;
            m += m < match.Length && match[m] == '.' ? 1 : 0;
            m += m < match.Length && char.IsWhiteSpace(match[m]) ? 1 : 0;
            if (m < match.Length && match[m] is 'm' or 'M')
            {
                m += m + 1 < match.Length && match[m + 1] == '.' ? 2 : 1;
                meridiem = new TextSpan(at, m - at);
                at = m;
            }
        }

        return (new(0, colon), new(colon + 1, 2), meridiem, Rest(match, SpaceEnd(match, at)));
    }

    private static TextSpan YearAtEnd(ReadOnlySpan<char> match) => new(match.Length - 4, 4);

    private static TextSpan Rest(ReadOnlySpan<char> match, int from) => from < match.Length ? new(from, match.Length - from) : default;

    internal static int DigitsEnd(ReadOnlySpan<char> match, int from)
    {
        int end = match[from..].IndexOfAnyExceptInRange('0', '9');
        return end < 0 ? match.Length : from + end;
    }

    // A month's name ends at a '.', a ',' or white space; it may hold a character outside ASCII that the expression,
    // ignoring case, took for one of its letters.
    private static int LettersEnd(ReadOnlySpan<char> match, int from)
    {
        int end = from;
        while (end < match.Length && match[end] is not ('.' or ',') && !char.IsWhiteSpace(match[end]))
        {
            end++;
        }

        return end;
    }

    private static int SpaceEnd(ReadOnlySpan<char> match, int from)
    {
        while (from < match.Length && char.IsWhiteSpace(match[from]))
        {
            from++;
        }

        return from;
    }
}
