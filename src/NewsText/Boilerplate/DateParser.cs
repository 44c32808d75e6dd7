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

    // After "Nov 19", a year ends where no digit follows, or where a time follows it with no space between ("NOV 19
    // 20197:05 AM"): a page's text runs them together where the date and the time stood in elements of their own.
    private const string YearEnd = @"(?:(?![0-9])|(?=[0-9]{1,2}:[0-9]{2}))";

    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    /// <summary>Finds the first date in a short block, with a time next to it when there is one.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="blockStart">Where the block starts in the input.</param>
    /// <param name="blockLength">The block's length.</param>
    public static DateMatch? Find(string text, int blockStart, int blockLength) => Read(text, blockStart, blockLength)?.Date;

    /// <summary>The ISO 8601 form of a date that <see cref="Find"/> returned.</summary>
    public static string IsoOf(string text, DateMatch date) =>
        Read(text, date.BlockStart, date.BlockLength)?.Iso(text) ?? throw new ArgumentException("The date was not read from this text.", nameof(date));

    /// <summary>
    /// A date as read, with the parts of its ISO form: most dates the stripper finds are never printed, and their
    /// form is only made when it is asked for.
    /// </summary>
    /// <param name="Date">Where the date, and its time, stand.</param>
    /// <param name="Year">The year, four digits.</param>
    /// <param name="Month">The month, 1 to 12.</param>
    /// <param name="Day">The day of the month.</param>
    /// <param name="Hour">The hour, or -1 when no time goes with the date.</param>
    /// <param name="Minute">The minute.</param>
    /// <param name="Zone">Where the time zone stands in the input; empty when it has none.</param>
    private readonly record struct DateReading(DateMatch Date, int Year, int Month, int Day, int Hour, int Minute, TextSpan Zone)
    {
        public string Iso(string text)
        {
            if (Hour is < 0 or > 23 || Minute is < 0 or > 59)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
            }

            // "+0530" is printed "+05:30".
            ReadOnlySpan<char> zone = text.AsSpan(Zone.Start, Zone.Length);
            return zone.Length == 5 && zone[0] is '+' or '-'
                ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}{zone[..3]}:{zone[3..]}")
                : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}{Offset(zone)}");
        }
    }

    /// <summary>
    /// The expressions run on the block within the input, where they see nothing outside it (as on a copy of it) and
    /// tell positions in the input.
    /// </summary>
    private static DateReading? Read(string text, int blockStart, int blockLength)
    {
        ReadOnlySpan<char> block = text.AsSpan(blockStart, blockLength);
        if (blockLength > MaxBlockLength)
        {
            return null;
        }

        (bool fourDigits, bool joinedNumbers) = ReadDigitRuns(block);
        if (!fourDigits && !HasShortYear(block))
        {
            return null;
        }

        // The expressions with a month's name need one just before a number (see MonthNameLook), and the others two
        // numbers joined by '-', '/' or '.'. Most short blocks with a year in them are sentences or archive links
        // ("January 2019") with neither, and an expression costs far more than these looks.
        (bool monthFirst, bool dayFirst) = MonthNameLook.Find(block);
        int year, month, day;
        TextSpan date;
        if (joinedNumbers && First(IsoDate(), block, out date))
        {
            var groups = DateGroups.OfIsoDate(block.Slice(date.Start, date.Length));
            (year, month, day) = (Number(block, date, groups.Year), Number(block, date, groups.Month), Number(block, date, groups.Day));
            if (groups.Hour.Length > 0)
            {
                var found = new DateReading(new DateMatch(blockStart + date.Start, date.Length, blockStart, blockLength), year, month, day,
                    Number(block, date, groups.Hour), Number(block, date, groups.Minute), InText(blockStart, date, groups.Zone));
                return IsDay(year, month, day) ? found : null;
            }
        }
        else if (monthFirst && First(MonthDayYear(), block, out date))
        {
            var groups = DateGroups.OfMonthDayYear(block.Slice(date.Start, date.Length));
            (year, month, day) = (Number(block, date, groups.Year), MonthNumber(block[(date.Start + groups.Month.Start)..]), Number(block, date, groups.Day));
        }
        else if (dayFirst && First(DayMonthYear(), block, out date))
        {
            var groups = DateGroups.OfDayMonthYear(block.Slice(date.Start, date.Length));
            (year, month, day) = (Number(block, date, groups.Year), MonthNumber(block[(date.Start + groups.Month.Start)..]), Number(block, date, groups.Day));
        }
        else if (joinedNumbers && First(NumericDate(), block, out date))
        {
            (year, month, day) = NumericParts(block, date);
        }
        // A month named in another language is read by hand, and only in what the English forms left.
        else if (!OtherLanguageDates.TryRead(block, out date, out year, out month, out day))
        {
            return null;
        }

        if (!IsDay(year, month, day))
        {
            return null;
        }

        int start = date.Start;
        int end = date.End;
        int hour = -1, minute = 0;
        TextSpan zone = default;
        // Every time the expression reads has a ':', which most blocks with a date lack.
        foreach (ValueMatch match in ClockTime().EnumerateMatches(block.Contains(':') ? block : []))
        {
            // A time belongs to the date when it stands just after it or just before it.
            var time = new TextSpan(match.Index, match.Length);
            bool after = time.Start >= end && time.Start - end <= 16;
            bool before = time.End <= start && start - time.End <= 12;
            if (!after && !before)
            {
                continue;
            }

            var groups = DateGroups.OfClockTime(block.Slice(time.Start, time.Length));
            hour = Number(block, time, groups.Hour);
            minute = Number(block, time, groups.Minute);
            ReadOnlySpan<char> meridiem = block.Slice(time.Start + groups.Meridiem.Start, groups.Meridiem.Length);
            if (meridiem.StartsWith("p", StringComparison.OrdinalIgnoreCase) && hour < 12)
            {
                hour += 12;
            }
            else if (meridiem.StartsWith("a", StringComparison.OrdinalIgnoreCase) && hour == 12)
            {
                hour = 0;
            }

            zone = InText(blockStart, time, groups.Zone);
            start = Math.Min(start, time.Start);
            end = Math.Max(end, time.End);
            break;
        }

        return new DateReading(new DateMatch(blockStart + start, end - start, blockStart, blockLength), year, month, day, hour, minute, zone);
    }

    /// <summary>Where <paramref name="expression"/> first matches in the block, without the groups a <see cref="Match"/> would make.</summary>
    private static bool First(Regex expression, ReadOnlySpan<char> block, out TextSpan match)
    {
        foreach (ValueMatch found in expression.EnumerateMatches(block))
        {
            match = new TextSpan(found.Index, found.Length);
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>Where a group of a match in the block stands in the input; empty when it took no part.</summary>
    private static TextSpan InText(int blockStart, TextSpan match, TextSpan group) =>
        group.Length > 0 ? new TextSpan(blockStart + match.Start + group.Start, group.Length) : default;

    /// <summary>
    /// Whether the block has four ASCII digits in a row (a year), and whether two numbers in it are joined by '-', '/'
    /// or '.': both are read at the ends of its runs of digits, which are few, so the look jumps from one to the next.
    /// </summary>
    internal static (bool FourDigits, bool JoinedNumbers) ReadDigitRuns(ReadOnlySpan<char> block)
    {
        bool fourDigits = false, joinedNumbers = false;
        for (int digits = block.IndexOfAnyInRange('0', '9'); digits >= 0 && !(fourDigits && joinedNumbers);)
        {
            int run = block[digits..].IndexOfAnyExceptInRange('0', '9');
            int runEnd = run < 0 ? block.Length : digits + run;
            fourDigits |= runEnd - digits >= 4;
            joinedNumbers |= runEnd + 1 < block.Length && block[runEnd] is '-' or '/' or '.' && char.IsAsciiDigit(block[runEnd + 1]);
            int next = runEnd + 1 < block.Length ? block[(runEnd + 1)..].IndexOfAnyInRange('0', '9') : -1;
            digits = next < 0 ? -1 : runEnd + 1 + next;
        }

        return (fourDigits, joinedNumbers);
    }

    /// <summary>"11/18/19 11:04 PM": a two-digit year with slashes.</summary>
    private static bool HasShortYear(ReadOnlySpan<char> block) => block.IndexOf('/') >= 0 && NumericDate().IsMatch(block);

    private static int LowerAscii(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c;

    private static (int Year, int Month, int Day) NumericParts(ReadOnlySpan<char> block, TextSpan date)
    {
        var groups = DateGroups.OfNumericDate(block.Slice(date.Start, date.Length));
        int first = Number(block, date, groups.A);
        int second = Number(block, date, groups.B);
        int year = Number(block, date, groups.Year);
        if (year < 100)
        {
            year += 2000;
        }

        // Slashes read month first (US) unless the first number cannot be a month; dots and dashes read day first.
        bool dayFirst = (block[date.Start + groups.Separator.Start] != '/' || first > 12) && second <= 12;
        return dayFirst ? (year, second, first) : (year, first, second);
    }

    private static bool IsDay(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The offset ISO 8601 prints for a zone the expressions read: "" for none, "+05:30" as it stands.</summary>
    private static ReadOnlySpan<char> Offset(ReadOnlySpan<char> zone)
    {
        if (zone.Length > 4)
        {
            return zone[0] is '+' or '-' ? zone : "";
        }

        Span<char> upper = stackalloc char[4];
        return upper[..zone.ToUpperInvariant(upper)] switch
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
            _ => "",
        };
    }

    private static int MonthNumber(ReadOnlySpan<char> name) => (LowerAscii(name[0]), LowerAscii(name[1]), LowerAscii(name[2])) switch
    {
        ('j', 'a', 'n') => 1, ('f', 'e', 'b') => 2, ('m', 'a', 'r') => 3, ('a', 'p', 'r') => 4, ('m', 'a', 'y') => 5, ('j', 'u', 'n') => 6,
        ('j', 'u', 'l') => 7, ('a', 'u', 'g') => 8, ('s', 'e', 'p') => 9, ('o', 'c', 't') => 10, ('n', 'o', 'v') => 11, _ => 12,
    };

    // The expressions match ASCII digits only ([0-9], not \d, which takes every script's digits).
    private static int Number(ReadOnlySpan<char> block, TextSpan match, TextSpan group) =>
        int.Parse(block.Slice(match.Start + group.Start, group.Length), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![0-9])(?<year>(?:19|20)[0-9]{2})-(?<month>[0-9]{2})-(?<day>[0-9]{2})(?:[T ](?<hour>[0-9]{2}):(?<minute>[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?(?<zone>Z|[+-][0-9]{2}:?[0-9]{2})?)?", RegexOptions.CultureInvariant)]
    internal static partial Regex IsoDate();

    [GeneratedRegex(Month + @"\.?\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)[0-9]{2})" + YearEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![0-9])(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<year>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![0-9/.])(?<a>[0-9]{1,2})(?<sep>[/.\-])(?<b>[0-9]{1,2})\k<sep>(?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9/])", RegexOptions.CultureInvariant)]
    internal static partial Regex NumericDate();

    [GeneratedRegex(@"(?<![0-9:])(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})(?::[0-9]{2})?\s*(?<meridiem>[ap]\.?\s?m\.?)?(?:\s+(?<zone>[ECMP][SD]T|GMT|UTC|BST|CEST|CET|IST|[+-][0-9]{4}))?(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ClockTime();
}
