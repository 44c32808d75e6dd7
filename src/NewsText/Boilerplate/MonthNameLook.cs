namespace NewsText.Boilerplate;

/// <summary>
/// A quick look for what <see cref="DateParser.MonthDayYear"/> and <see cref="DateParser.DayMonthYear"/> need before
/// either can match: a month's name, perhaps '.' and ',', white space, then the day (one or two digits) or the year
/// (four) with the day before the name. It tells no date a match would not, and says no to most blocks that have a
/// year and no such date: sentences with month-like letters ("market", "decision"), archive links ("January 2019").
/// </summary>
/// <remarks>
/// Ignoring case, the expressions fold one character outside ASCII into an ASCII letter, the Kelvin sign into 'k',
/// which no month's name has, nor "of" or "st", "nd", "rd", "th": so the look compares ASCII letters only, and a curly
/// quote or a Cyrillic word never passes for a letter of a month.
/// </remarks>
internal static class MonthNameLook
{
    /// <summary>The names the expressions take for a month, in lower case. None ends another.</summary>
    private static readonly string[] MonthNames =
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ];

    private static readonly string[] DaySuffixes = ["st", "nd", "rd", "th"];

    /// <summary>Bit n is set when a name of <see cref="MonthNames"/> ends with the letter 'a' + n.</summary>
    private static readonly uint LastLetters = MonthNames.Aggregate(0u, (letters, name) => letters | (1u << (name[^1] - 'a')));

    /// <summary>Whether the block may hold a "Nov. 3, 2019" form, and whether it may hold a "3rd of Nov 2019" one.</summary>
    /// <remarks>
    /// Digits after white space are few in a block, and month-like letters many: the name is looked for back from
    /// each such digit.
    /// </remarks>
    public static (bool MonthFirst, bool DayFirst) Find(ReadOnlySpan<char> block)
    {
        bool monthFirst = false, dayFirst = false;
        for (int digits = block.IndexOfAnyInRange('0', '9'); digits >= 0 && !(monthFirst && dayFirst);)
        {
            int run = block[digits..].IndexOfAnyExceptInRange('0', '9');
            int runEnd = run < 0 ? block.Length : digits + run;

            // The name, then '.' and ',' (the expressions allow one each, in this order), then white space.
            int nameEnd = SkipWhiteSpaceBack(block, digits);
            if (nameEnd < digits)
            {
                nameEnd -= nameEnd > 0 && block[nameEnd - 1] == ',' ? 1 : 0;
                nameEnd -= nameEnd > 0 && block[nameEnd - 1] == '.' ? 1 : 0;
                int name = MonthNameLength(block[..nameEnd]);
                if (name > 0)
                {
                    // The day is one or two digits; the year is four, and needs the day before the name.
                    monthFirst |= runEnd - digits <= 2;
                    dayFirst |= runEnd - digits == 4 && HasDayBefore(block, nameEnd - name);
                }
            }

            int next = runEnd < block.Length ? block[runEnd..].IndexOfAnyInRange('0', '9') : -1;
            digits = next < 0 ? -1 : runEnd + next;
        }

        return (monthFirst, dayFirst);
    }

    /// <summary>"3 ", "3rd. ", "12th of ": one or two digits, perhaps a suffix and '.', white space, perhaps "of" and more.</summary>
    private static bool HasDayBefore(ReadOnlySpan<char> block, int nameStart)
    {
        int position = SkipWhiteSpaceBack(block, nameStart);
        if (position == nameStart)
        {
            return false;
        }

        if (EndsWithAscii(block[..position], "of"))
        {
            int beforeOf = SkipWhiteSpaceBack(block, position - 2);
            position = beforeOf < position - 2 ? beforeOf : position;
        }

        position -= position > 0 && block[position - 1] == '.' ? 1 : 0;
        foreach (string suffix in DaySuffixes)
        {
            if (EndsWithAscii(block[..position], suffix))
            {
                position -= suffix.Length;
                break;
            }
        }

        return position > 0 && char.IsAsciiDigit(block[position - 1]);
    }

    /// <summary>The length of the month's name <paramref name="text"/> ends with, or 0.</summary>
    private static int MonthNameLength(ReadOnlySpan<char> text)
    {
        // Most words before a number end in a letter no month's name ends in (or in none), which one look tells.
        if (text.IsEmpty || !MayEndMonthName(text[^1]))
        {
            return 0;
        }

        foreach (string name in MonthNames)
        {
            if (EndsWithAscii(text, name))
            {
                return name.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether an ASCII letter of either case is the last of a name in <see cref="MonthNames"/>.</summary>
    internal static bool MayEndMonthName(char c)
    {
        // Setting the 0x20 bit lower-cases an ASCII capital, and takes no other character into 'a' to 'z'.
        uint letter = (uint)((c | 0x20) - 'a');
        return letter < 26 && ((LastLetters >> (int)letter) & 1) != 0;
    }

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="lower"/>, ignoring the case of ASCII letters only.</summary>
    private static bool EndsWithAscii(ReadOnlySpan<char> text, string lower)
    {
        if (text.Length < lower.Length)
        {
            return false;
        }

        ReadOnlySpan<char> end = text[^lower.Length..];
        for (int i = end.Length - 1; i >= 0; i--)
        {
            char c = end[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static int SkipWhiteSpaceBack(ReadOnlySpan<char> block, int position)
    {
        while (position > 0 && char.IsWhiteSpace(block[position - 1]))
        {
            position--;
        }

        return position;
    }
}
