using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsText.Boilerplate;

/// <summary>
/// Reads the publication dates news pages print: "November 19, 2019 at 4:02 pm", "Nov. 19, 2019 1:03 p.m. ET",
/// "19 November 2019", "2019-11-19T12:48:14Z", "21/06/2014", "21:17 18.11.2019". Runs only on short candidate
/// blocks, never over the body, so its regular expressions stay off the hot path.
/// </summary>
internal static partial class DateParser
{
    public const int MaxBlockLength = 220;

    /// <summary>Every date the expressions read has four ASCII digits or more: a year, or "1/2/19".</summary>
    public const int MinDigits = 4;

    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>Finds the first date in a short block, with a time next to it when there is one.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="blockStart">Where the block starts in the input.</param>
    /// <param name="blockLength">The block's length.</param>
    public static DateMatch? Find(string text, int blockStart, int blockLength) => Read(text, blockStart, blockLength)?.Date;

    /// <summary>The ISO 8601 form of a date that <see cref="Find"/> returned.</summary>
    public static string IsoOf(string text, DateMatch date) =>
        Read(text, date.BlockStart, date.BlockLength)?.Iso ?? throw new ArgumentException("The date was not read from this text.", nameof(date));

    private static (DateMatch Date, string Iso)? Read(string text, int blockStart, int blockLength)
    {
        if (blockLength > MaxBlockLength || !HasYear(text.AsSpan(blockStart, blockLength)) || !MayHoldDate(text.AsSpan(blockStart, blockLength)))
        {
            return null;
        }

        string block = text.Substring(blockStart, blockLength);
        Match date = IsoDate().Match(block);
        int year, month, day;
        if (date.Success)
        {
            (year, month, day) = (Number(date, "year"), Number(date, "month"), Number(date, "day"));
            if (date.Groups["hour"].Success)
            {
                string iso = Iso(year, month, day, Number(date, "hour"), Number(date, "minute"), Offset(date.Groups["zone"].Value));
                return iso.Length == 0 ? null : (new DateMatch(blockStart + date.Index, date.Length, blockStart, blockLength), iso);
            }
        }
        else if ((date = MonthDayYear().Match(block)).Success || (date = DayMonthYear().Match(block)).Success)
        {
            (year, month, day) = (Number(date, "year"), MonthNumber(date.Groups["month"].Value), Number(date, "day"));
        }
        else if ((date = NumericDate().Match(block)).Success)
        {
            (year, month, day) = NumericParts(date);
        }
        else
        {
            return null;
        }

        int start = date.Index;
        int end = date.Index + date.Length;
        int hour = -1, minute = 0;
        string zone = "";
        foreach (Match time in ClockTime().Matches(block))
        {
            // A time belongs to the date when it stands just after it or just before it.
            bool after = time.Index >= end && time.Index - end <= 16;
            bool before = time.Index + time.Length <= start && start - (time.Index + time.Length) <= 12;
            if (!after && !before)
            {
                continue;
            }

            hour = Number(time, "hour");
            minute = Number(time, "minute");
            string meridiem = time.Groups["meridiem"].Value.ToLowerInvariant();
            if (meridiem.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }

            zone = Offset(time.Groups["zone"].Value);
            start = Math.Min(start, time.Index);
            end = Math.Max(end, time.Index + time.Length);
            break;
        }

        string result = Iso(year, month, day, hour, minute, zone);
        return result.Length == 0 ? null : (new DateMatch(blockStart + start, end - start, blockStart, blockLength), result);
    }

    private static bool HasYear(ReadOnlySpan<char> block)
    {
        int run = 0;
        foreach (char c in block)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        // "11/18/19 11:04 PM": a two-digit year with slashes.
        return block.IndexOf('/') >= 0 && NumericDate().IsMatch(block);
    }

    /// <summary>
    /// Whether any of the date expressions could match: each needs a month's name or two numbers joined by '-', '/'
    /// or '.'. Most short blocks with a year in them are sentences with neither, and the expressions cost far more
    /// than this look. Ignoring case, the expressions fold one character outside ASCII into an ASCII letter, the
    /// Kelvin sign into 'k', which no month's name has: a curly quote or a Cyrillic word does not send a block to them.
    /// </summary>
    private static bool MayHoldDate(ReadOnlySpan<char> block) => HasMonthStart(block) || HasJoinedNumbers(block);

    private static readonly SearchValues<char> MonthInitials = SearchValues.Create("jfmasondJFMASOND");

    private static bool HasMonthStart(ReadOnlySpan<char> block)
    {
        for (int at = block.IndexOfAny(MonthInitials); at >= 0 && at + 3 <= block.Length; at = NextInitial(block, at + 1))
        {
            if (IsMonthStart(block[at], block[at + 1], block[at + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether three characters are a month's first three, ignoring case: "jan" … "dec". Ignoring case, no character
    /// outside ASCII equals an ASCII letter, so they are compared as three lower-cased ASCII bytes at once.
    /// </summary>
    private static bool IsMonthStart(char a, char b, char c)
    {
        if ((a | b | c) >= 0x80)
        {
            return false;
        }

        int key = (LowerAscii(a) << 16) | (LowerAscii(b) << 8) | LowerAscii(c);
        return key is ('j' << 16 | 'a' << 8 | 'n') or ('f' << 16 | 'e' << 8 | 'b') or ('m' << 16 | 'a' << 8 | 'r') or ('a' << 16 | 'p' << 8 | 'r')
            or ('m' << 16 | 'a' << 8 | 'y') or ('j' << 16 | 'u' << 8 | 'n') or ('j' << 16 | 'u' << 8 | 'l') or ('a' << 16 | 'u' << 8 | 'g')
            or ('s' << 16 | 'e' << 8 | 'p') or ('o' << 16 | 'c' << 8 | 't') or ('n' << 16 | 'o' << 8 | 'v') or ('d' << 16 | 'e' << 8 | 'c');
    }

    private static int LowerAscii(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c;

    private static int NextInitial(ReadOnlySpan<char> block, int from)
    {
        int next = block[from..].IndexOfAny(MonthInitials);
        return next < 0 ? -1 : from + next;
    }

    private static bool HasJoinedNumbers(ReadOnlySpan<char> block)
    {
        for (int i = 1; i < block.Length - 1; i++)
        {
            if (block[i] is '-' or '/' or '.' && char.IsAsciiDigit(block[i - 1]) && char.IsAsciiDigit(block[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Year, int Month, int Day) NumericParts(Match date)
    {
        int first = Number(date, "a");
        int second = Number(date, "b");
        int year = Number(date, "year");
        if (year < 100)
        {
            year += 2000;
        }

        // Slashes read month first (US) unless the first number cannot be a month; dots and dashes read day first.
        bool dayFirst = (date.Groups["sep"].Value != "/" || first > 12) && second <= 12;
        return dayFirst ? (year, second, first) : (year, first, second);
    }

    private static string Iso(int year, int month, int day, int hour, int minute, string zone)
    {
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return "";
        }

        string date = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        return hour is < 0 or > 23 || minute is < 0 or > 59
            ? date
            : string.Create(CultureInfo.InvariantCulture, $"{date}T{hour:D2}:{minute:D2}{zone}");
    }

    private static string Offset(string zone) => zone.ToUpperInvariant() switch
    {
        "Z" or "GMT" or "UTC" => "Z",
        "EST" => "-05:00",
        "EDT" => "-04:00",
        "CST" => "-06:00",
        "CDT" => "-05:00",
        "MST" => "-07:00",
        "MDT" => "-06:00",
        "PST" => "-08:00",
        "PDT" => "-07:00",
        "BST" => "+01:00",
        "CET" => "+01:00",
        "CEST" => "+02:00",
        "IST" => "+05:30",
        { Length: >= 5 } numeric when numeric[0] is '+' or '-' => numeric.Length == 5 ? $"{numeric[..3]}:{numeric[3..]}" : numeric,
        _ => "",
    };

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    // The expressions match ASCII digits only ([0-9], not \d, which takes every script's digits).
    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9])(?<year>(?:19|20)[0-9]{2})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?:[T ](?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?(?<zone>Z|[+-][0-9]{2}:?[0-9]{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(Month + @"\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![0-9])(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![0-9/.])(?<a>[0-9]{1,2})(?<sep>[/.\-])(?<b>[0-9]{1,2})\k<sep>(?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9:])(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::[0-9]{2})?\s*(?<meridiem>[ap]\.?\s?m\.?)?(?:\s+(?<zone>[ECMP][SD]T|GMT|UTC|BST|CEST|CET|IST|[+-][0-9]{4}))?(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
