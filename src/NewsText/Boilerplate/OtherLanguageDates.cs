namespace NewsText.Boilerplate;

/// <summary>
/// Reads dates whose month is named in a language other than English: "24 сентября 2018", "22 de janeiro de 2018",
/// "27. Oktober 2015", "1er novembre 2019", "02 Ago 2017", and the month-first "Oktober 27, 2015" some sites print.
/// <see cref="DateParser"/> asks only when its English forms found nothing in the block.
/// </summary>
/// <remarks>
/// Read around each year, by hand rather than by an expression: a block that gets here is short and has a year, and
/// the year is where a date in any of these forms ends. A name is a month only with a day and a year around it, so
/// short names that are words too ("mar", "set", "out") take no sentence for a date.
/// </remarks>
internal static class OtherLanguageDates
{
    /// <summary>Month names and their usual short forms, a list for each month, in lower case.</summary>
    private static readonly string[][] Months =
    [
        ["janvier", "janv", "januar", "jänner", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "styczeń", "stycznia", "ocak",
            "январь", "января", "янв", "січень", "січня"],
        ["février", "fevrier", "févr", "fevr", "februar", "febrero", "fevereiro", "fev", "febbraio", "februari", "luty", "lutego", "şubat",
            "февраль", "февраля", "фев", "февр", "лютий", "лютого"],
        ["mars", "märz", "mär", "maerz", "marzo", "março", "marco", "maart", "mrt", "maret", "marts", "marzec", "marca", "mart",
            "март", "марта", "мар", "березень", "березня"],
        ["avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "nisan", "апрель", "апреля", "апр", "квітень", "квітня"],
        ["mai", "mayo", "maio", "maggio", "mag", "mei", "maj", "maja", "mayıs", "май", "мая", "травень", "травня"],
        ["juin", "juni", "junio", "junho", "giugno", "giu", "czerwiec", "czerwca", "haziran", "июнь", "июня", "июн", "червень", "червня"],
        ["juillet", "juil", "juli", "julio", "julho", "luglio", "lug", "lipiec", "lipca", "temmuz", "июль", "июля", "июл", "липень", "липня"],
        ["août", "aout", "agosto", "ago", "augustus", "agustus", "augusti", "sierpień", "sierpnia", "ağustos", "август", "августа", "авг",
            "серпень", "серпня"],
        ["septembre", "septiembre", "setiembre", "setembro", "set", "settembre", "wrzesień", "września", "eylül", "сентябрь", "сентября",
            "сен", "сент", "вересень", "вересня"],
        ["octobre", "oktober", "okt", "octubre", "outubro", "out", "ottobre", "ott", "październik", "października", "ekim", "октябрь",
            "октября", "окт", "жовтень", "жовтня"],
        ["novembre", "noviembre", "novembro", "listopad", "listopada", "kasım", "ноябрь", "ноября", "ноя", "нояб", "листопад",
            "листопада"],
        ["décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dezembro", "dicembre", "desember", "grudzień", "grudnia",
            "aralık", "декабрь", "декабря", "дек", "грудень", "грудня"],
    ];

    private const int LongestName = 12;

    /// <summary>
    /// The names by their length and first letter, with their months: most words before a year are no month's name,
    /// and this turns them away with one look-up, where a scan of every name compared each of them.
    /// </summary>
    private static readonly Dictionary<int, (string Name, int Month)[]> ByLengthAndFirstLetter = Index();

    /// <summary>The first date in <paramref name="block"/> with a month named in one of the languages known here.</summary>
    /// <returns>Whether one was found; <paramref name="date"/> is its span in the block.</returns>
    public static bool TryRead(ReadOnlySpan<char> block, out TextSpan date, out int year, out int month, out int day)
    {
        for (int at = block.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            int runEnd = DateGroups.DigitsEnd(block, at);
            if (runEnd - at == 4 && block[at] is '1' or '2' && block[at + 1] is '9' or '0' && (block[at] == '2') == (block[at + 1] == '0')
                && TryReadBefore(block, at, out int start, out month, out day))
            {
                year = int.Parse(block.Slice(at, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (day <= DateTime.DaysInMonth(year, month))
                {
                    date = new TextSpan(start, runEnd - start);
                    return true;
                }
            }

            int next = runEnd < block.Length ? block[runEnd..].IndexOfAnyInRange('0', '9') : -1;
            at = next < 0 ? -1 : runEnd + next;
        }

        (date, year, month, day) = (default, 0, 0, 0);
        return false;
    }

    /// <summary>The month number of <paramref name="word"/>, ignoring case, or 0 when it names none.</summary>
    public static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > LongestName || !ByLengthAndFirstLetter.TryGetValue(KeyOf(word.Length, word[0]), out var names))
        {
            return 0;
        }

        foreach ((string name, int month) in names)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return month;
            }
        }

        return 0;
    }

    private static int KeyOf(int length, char first) => (length << 16) | char.ToLowerInvariant(first);

    private static Dictionary<int, (string Name, int Month)[]> Index()
    {
        var index = new Dictionary<int, List<(string, int)>>();
        for (int m = 0; m < Months.Length; m++)
        {
            foreach (string name in Months[m])
            {
                int key = KeyOf(name.Length, name[0]);
                if (!index.TryGetValue(key, out var names))
                {
                    index[key] = names = [];
                }

                names.Add((name, m + 1));
            }
        }

        return index.ToDictionary(entry => entry.Key, entry => entry.Value.ToArray());
    }

    /// <summary>
    /// "24 сентября ", "22 de janeiro de ", "27. Oktober ", "Oktober 27, " before the year at <paramref name="year"/>:
    /// where that starts, and the month and day it names.
    /// </summary>
    private static bool TryReadBefore(ReadOnlySpan<char> block, int year, out int start, out int month, out int day)
    {
        (start, month, day) = (0, 0, 0);
        int position = MonthNameLook.SkipWhiteSpaceBack(block, year);
        if (position == year)
        {
            return false;
        }

        // Month first: "Oktober 27, 2015".
        int comma = position > 0 && block[position - 1] == ',' ? position - 1 : position;
        if (DayBefore(block, comma) is (int dayStart, int dayValue))
        {
            int nameEnd = MonthNameLook.SkipWhiteSpaceBack(block, dayStart);
            nameEnd -= nameEnd < dayStart && nameEnd > 0 && block[nameEnd - 1] == '.' ? 1 : 0;
            if (nameEnd < dayStart && NameBefore(block, nameEnd) is (int nameStart, int named))
            {
                (start, month, day) = (nameStart, named, dayValue);
                return true;
            }

            return false;
        }

        // Day first: the name, perhaps with "de" or "del" after it, a '.' or a ','; then the day, perhaps with "de" before the name.
        position = ConnectorBefore(block, position);
        position -= position > 0 && block[position - 1] is ',' or '.' ? 1 : 0;
        if (NameBefore(block, position) is not (int monthStart, int monthValue))
        {
            return false;
        }

        int beforeName = MonthNameLook.SkipWhiteSpaceBack(block, monthStart);
        if (beforeName == monthStart)
        {
            return false;
        }

        beforeName = ConnectorBefore(block, beforeName);
        beforeName -= beforeName > 0 && block[beforeName - 1] is '.' or 'º' or '°' ? 1 : 0;
        beforeName -= beforeName > 1 && block[(beforeName - 2)..beforeName].Equals("er", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        if (DayBefore(block, beforeName) is not (int first, int dayOfMonth))
        {
            return false;
        }

        (start, month, day) = (first, monthValue, dayOfMonth);
        return true;
    }

    /// <summary>A day of one or two digits ending at <paramref name="end"/>, not part of a longer number.</summary>
    private static (int Start, int Day)? DayBefore(ReadOnlySpan<char> block, int end)
    {
        int start = end;
        while (start > 0 && end - start < 3 && char.IsAsciiDigit(block[start - 1]))
        {
            start--;
        }

        if (start == end || end - start > 2 || (start > 0 && char.IsAsciiDigit(block[start - 1])))
        {
            return null;
        }

        int day = end - start == 1 ? block[start] - '0' : ((block[start] - '0') * 10) + block[end - 1] - '0';
        return day is >= 1 and <= 31 ? (start, day) : null;
    }

    /// <summary>A month's name ending at <paramref name="end"/>, a whole word: where it starts and the month it names.</summary>
    private static (int Start, int Month)? NameBefore(ReadOnlySpan<char> block, int end)
    {
        int start = end;
        while (start > 0 && end - start <= LongestName && char.IsLetter(block[start - 1]))
        {
            start--;
        }

        if (start > 0 && char.IsLetterOrDigit(block[start - 1]))
        {
            return null;
        }

        int month = MonthOf(block[start..end]);
        return month > 0 ? (start, month) : null;
    }

    /// <summary>Steps back over "de " or "del " (as in "22 de janeiro de 2018") that ends at <paramref name="end"/>.</summary>
    private static int ConnectorBefore(ReadOnlySpan<char> block, int end)
    {
        foreach (string connector in (ReadOnlySpan<string>)["de", "del"])
        {
            int start = end - connector.Length;
            if (start > 1 && block[start..end].Equals(connector, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(block[start - 1]))
            {
                int before = MonthNameLook.SkipWhiteSpaceBack(block, start);
                return before > 0 && char.IsLetterOrDigit(block[before - 1]) ? before : end;
            }
        }

        return end;
    }
}
