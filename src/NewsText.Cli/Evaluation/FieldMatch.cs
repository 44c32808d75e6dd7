using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsText.Cli.Evaluation;

/// <summary>How the scorer decides that a title, an author or a date is right.</summary>
internal static partial class FieldMatch
{
    /// <summary>
    /// A title is right when its words equal the gold headline's, or those of a run of the gold's segments with at
    /// least two words: metadata titles often add the site or section ("Opinion | Headline", "Headline - Site",
    /// "Kicker: Headline").
    /// </summary>
    public static bool TitleMatches(string? predicted, string gold)
    {
        if (predicted is null)
        {
            return false;
        }

        string wanted = Words(predicted);
        if (wanted.Length == 0)
        {
            return false;
        }

        if (Words(gold) == wanted)
        {
            return true;
        }

        string[] segments = TitleSeparator().Split(gold);
        for (int first = 0; first < segments.Length; first++)
        {
            for (int last = first; last < segments.Length; last++)
            {
                string run = Words(string.Join(" ", segments[first..(last + 1)]));
                if (run == wanted && run.Contains(' ', StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Two author names match when the words of one are all among the words of the other.</summary>
    public static bool AuthorMatches(string predicted, string gold)
    {
        HashSet<string> p = [.. Words(predicted).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        HashSet<string> g = [.. Words(gold).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        return p.Count > 0 && g.Count > 0 && (p.IsSubsetOf(g) || g.IsSubsetOf(p));
    }

    /// <summary>Reads the calendar day of a metadata date in any of the forms the corpus uses.</summary>
    public static DateOnly? GoldDay(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Match iso = IsoDay().Match(value);
        if (iso.Success)
        {
            var day = new DateOnly(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture));
            return day.Year < 1900 ? null : day;
        }

        string cleaned = TimeZoneWords().Replace(value, " ").Trim();
        return DateTime.TryParse(cleaned, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateTime parsed)
            ? DateOnly.FromDateTime(parsed)
            : null;
    }

    /// <summary>A predicted ISO date matches when it is within a day of the gold one (time zones move dates).</summary>
    public static bool DayMatches(string? predicted, DateOnly gold)
    {
        DateOnly? day = GoldDay(predicted);
        return day is DateOnly d && Math.Abs(d.DayNumber - gold.DayNumber) <= 1;
    }

    /// <summary>Lower-case words joined by single spaces, with every quote and dash folded away.</summary>
    public static string Words(string text) => string.Join(' ', ShingleScore.Tokens(text.ToLowerInvariant()));

    // " | ", " - ", " » ", " • ", and the colon after a short kicker ("Impeachment hearings: Key moments …"), which
    // stays a segment of its own: "Kicker: Headline - Site" holds "Kicker: Headline".
    [GeneratedRegex(@"\s+[|\-–—:»/•·]+\s+|\s*\|\s*|(?<=^(?:\S+\s){0,2}\S+?):\s")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b(GMT|UTC|EST|EDT|CST|CDT|PST|PDT|ET|[A-Z][a-z]{2},)|[+-]\d{4}\b|\(.*\)")]
    private static partial Regex TimeZoneWords();
}
