using System.Text;
using System.Text.RegularExpressions;
using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

/// <summary>
/// <see cref="DateGroups"/> places every group of a date expression's match where the expression's own
/// <see cref="Match"/> puts it: on dates and times in every form the expressions take, and on many lines made at
/// random from their pieces.
/// </summary>
public sealed class DateGroupsTests
{
    private static readonly string[] Numbers = ["1", "7", "12", "19", "31", "05", "123", "2019", "1999", "2134"];
    private static readonly string[] Months = ["Nov", "nov.", "NOVEMBER", "Sept", "sep", "June", "jun", "Mayday", "\u017Fep", "Oct.,"];
    private static readonly string[] Spaces = ["", " ", "  ", "\u00A0", "\t", "\n", "\u2003", ", ", ",", "."];
    private static readonly string[] Marks = ["-", "/", ".", ":", "T", " ", "x"];
    private static readonly string[] Suffixes = ["", "st", "th", "nd", "of", " of ", "OF\t", "."];
    private static readonly string[] Meridiems = ["", "am", "a", "p", "m", "p.m.", "p. m.", "PM", "a.m", "P.M.5"];
    private static readonly string[] Zones = ["", "EST", "pst", "PMT", "GMT", "CEST", "cet", "IST", "+0530", "-05:00", "+05", "Z", "5", "x", "\u017Fst"];

    public static TheoryData<string> Lines() =>
    [
        "2019-11-19", "2019-11-19T12:48", "2019-11-19 12:48:14", "2019-11-19T12:48:14.123Z", "2019-11-19T12:48:14.5+05:30",
        "2019-11-19T12:48-0500", "2019-11-19T12:48:14+0530", "x2019-11-19T12:48:14.5Z7", "November 19, 2019 at 4:02 pm",
        "Nov. 19, 2019 1:03 p.m. ET", "Nov. 3rd, 2019", "Sept\u00A03 2019", "19 November 2019", "19th of November, 2019",
        "1st OF sept. 2019", "3rd\tof\u2003Dec., 2019", "21/06/2014", "1.2.19", "11-18-2019", "1/2/2134", "11/18/19 11:04 PM EST",
        "21:17 18.11.2019", "12:30 PST", "12:30 p. m. EST", "12:30 pm5", "12:30 p.m.5", "12:30 PM +0530", "12:30 pm +05301",
        "12:30  ", "4:02pm", "4:02:59 a.m", "4:02 PMT", "4:02 pm EST5", "12:00 am, December 1st, 2019", "7:45 am\u00A0PST",
        "Sun, 12 Jan 2020 08:00 GMT", "\u2014 Oct. 12, 2019 \u2014 4:30 p.m. ET", "Nov\u0085 3, 2019", "12:30 \u017Fst", "4:02 a m",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Places_the_groups_as_the_match_does(string line) => AssertGroupsAsMatched(line);

    [Fact]
    public void Places_the_groups_as_the_match_does_on_lines_made_of_date_pieces()
    {
        var random = new Random(7);
        string Pick(string[] choices) => choices[random.Next(choices.Length)];
        var line = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            line.Clear();
            for (int parts = random.Next(1, 5); parts > 0; parts--)
            {
                _ = random.Next(4) switch
                {
                    // A date with its month named, either way round.
                    0 => line.Append(Pick(Months)).Append(Pick(Spaces)).Append(Pick(Numbers)).Append(Pick(Suffixes)).Append(Pick(Spaces))
                        .Append(Pick(Numbers)),
                    1 => line.Append(Pick(Numbers)).Append(Pick(Suffixes)).Append(Pick(Spaces)).Append(Pick(Months)).Append(Pick(Spaces))
                        .Append(Pick(Numbers)),
                    // Numbers joined by marks: ISO and numeric dates.
                    2 => line.Append(Pick(Numbers)).Append(Pick(Marks)).Append(Pick(Numbers)).Append(Pick(Marks)).Append(Pick(Numbers))
                        .Append(Pick(Marks)).Append(Pick(Numbers)).Append(Pick(Marks)).Append(Pick(Numbers)).Append(Pick(Zones)),
                    // A time.
                    _ => line.Append(Pick(Numbers)).Append(':').Append(Pick(Numbers)).Append(Pick(Marks)).Append(Pick(Numbers))
                        .Append(Pick(Spaces)).Append(Pick(Meridiems)).Append(Pick(Spaces)).Append(Pick(Zones)),
                };
                line.Append(Pick(Spaces));
            }

            AssertGroupsAsMatched(line.ToString());
        }
    }

    [Fact]
    public void Takes_white_space_as_the_expressions_do()
    {
        var space = new Regex(@"^\s$", RegexOptions.CultureInvariant);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(space.IsMatch(((char)c).ToString()), char.IsWhiteSpace((char)c));
        }
    }

    private static void AssertGroupsAsMatched(string line)
    {
        Check(DateParser.IsoDate(), line, m => ToArray(DateGroups.OfIsoDate(m)), "year", "month", "day", "hour", "minute", "zone");
        Check(DateParser.MonthDayYear(), line, m => ToArray(DateGroups.OfMonthDayYear(m)), "month", "day", "year");
        Check(DateParser.DayMonthYear(), line, m => ToArray(DateGroups.OfDayMonthYear(m)), "day", "month", "year");
        Check(DateParser.NumericDate(), line, m => ToArray(DateGroups.OfNumericDate(m)), "a", "sep", "b", "year");
        Check(DateParser.ClockTime(), line, m => ToArray(DateGroups.OfClockTime(m)), "hour", "minute", "meridiem", "zone");
    }

    private delegate TextSpan[] Reader(ReadOnlySpan<char> match);

    private static void Check(Regex expression, string line, Reader read, params string[] names)
    {
        for (Match match = expression.Match(line); match.Success; match = match.NextMatch())
        {
            TextSpan[] found = read(match.ValueSpan);
            for (int i = 0; i < names.Length; i++)
            {
                Group group = match.Groups[names[i]];
                TextSpan expected = group.Success ? new TextSpan(group.Index - match.Index, group.Length) : default;
                Assert.True(expected == found[i], $"{names[i]} of \"{match.Value}\" in \"{line}\": {found[i]}, not {expected}");
            }
        }
    }

    private static TextSpan[] ToArray((TextSpan, TextSpan, TextSpan) groups) => [groups.Item1, groups.Item2, groups.Item3];

    private static TextSpan[] ToArray((TextSpan, TextSpan, TextSpan, TextSpan) groups) => [groups.Item1, groups.Item2, groups.Item3, groups.Item4];

    private static TextSpan[] ToArray((TextSpan, TextSpan, TextSpan, TextSpan, TextSpan, TextSpan) groups) =>
        [groups.Item1, groups.Item2, groups.Item3, groups.Item4, groups.Item5, groups.Item6];
}
