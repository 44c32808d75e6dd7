using System.Text.RegularExpressions;
using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

/// <summary>Publication dates in the forms pages print them, to ISO 8601.</summary>
public sealed class DateParserTests
{
    [Theory]
    [InlineData("November 19, 2019 at 4:02 pm", "2019-11-19T16:02")]
    [InlineData("Nov. 19, 2019 1:03 p.m. ET", "2019-11-19T13:03")]
    [InlineData("19 November 2019", "2019-11-19")]
    [InlineData("2019-11-19", "2019-11-19")]
    [InlineData("2019-11-19T12:48:14Z", "2019-11-19T12:48Z")]
    [InlineData("Published: 18 Nov 2019 8:11 pm", "2019-11-18T20:11")]
    [InlineData("Monday November 18, 2019 7:45 am PST", "2019-11-18T07:45-08:00")]
    [InlineData("21/06/2014", "2014-06-21")]
    [InlineData("11/18/19 11:04 PM EST", "2019-11-18T23:04-05:00")]
    [InlineData("21:17 18.11.2019", "2019-11-18T21:17")]
    [InlineData("Updated 12:00 am, December 1st, 2019", "2019-12-01T00:00")]
    [InlineData("19 NOVEMBER 2019", "2019-11-19")]
    [InlineData("Posted 19.11.2019", "2019-11-19")]
    [InlineData("PUBLISHED TUE, NOV 19 20197:05 AM EST", "2019-11-19")]
    [InlineData("November 19, 201912:05", "2019-11-19")]
    public void Reads_a_date_to_iso_8601(string line, string iso)
    {
        DateMatch? date = DateParser.Find(line, 0, line.Length);

        Assert.NotNull(date);
        Assert.Equal(iso, DateParser.IsoOf(line, date.Value));
    }

    /// <summary>
    /// The date reader sends a block to its expressions only when it has a month's name in ASCII before a number (or
    /// numbers joined by a mark): that holds only while the expressions, ignoring case, take no character outside
    /// ASCII for a letter of a month's name.
    /// </summary>
    /// <summary>
    /// Dates among marks, spaces and words outside ASCII, and month-like words that are none, read as before the quick
    /// look changed; names in other languages ("D\u00E9cembre", "mayo", "\u0434\u0435\u043A") are read by
    /// <see cref="OtherLanguageDates"/>.
    /// </summary>
    [Theory]
    [InlineData("Dec.\u00A012, 2019", "2019-12-12@0+13")]
    [InlineData("12 Dec., 2019", "2019-12-12@0+13")]
    [InlineData("12 December, 2019", "2019-12-12@0+17")]
    [InlineData("DECEMBER\u00091 2019", "2019-12-01@0+15")]
    [InlineData("Sept. 3, 2019", "2019-09-03@0+13")]
    [InlineData("3rd of Sept 2019", "2019-09-03@0+16")]
    [InlineData("Mar\u2003 3, 2019", "2019-03-03@0+12")]
    [InlineData("Marc 3, 2019", "null")]
    [InlineData("D\u00E9cembre 3, 2019", "2019-12-03@0+16")]
    [InlineData("December 3rd, 2019", "2019-12-03@0+18")]
    [InlineData("decision 3, 2019", "null")]
    [InlineData("the market 12, 2019", "null")]
    [InlineData("May be 2019", "null")]
    [InlineData("may 12 2019", "2019-05-12@0+11")]
    [InlineData("12 may 2019", "2019-05-12@0+11")]
    [InlineData("12 mayo 2019", "2019-05-12@0+12")]
    [InlineData("Nov3, 2019", "null")]
    [InlineData("Nov 3,2019", "null")]
    [InlineData("Nov , 3, 2019", "null")]
    [InlineData("Nov.,\u3000 3 2019", "null")]
    [InlineData("Nov.. 3, 2019", "null")]
    [InlineData("Nov\u0085 3, 2019", "2019-11-03@0+12")]
    [InlineData("Nov\u200B 3, 2019", "null")]
    [InlineData("Jun 30 2019 and Jul 1, 2019", "2019-06-30@0+11")]
    [InlineData("Posted 30 June 2019 10:30 am", "2019-06-30T10:30@7+21")]
    [InlineData("Augusta 5, 2019", "null")]
    [InlineData("Augustus 12 2019", "2019-08-12@0+16")]
    [InlineData("Sun, 12 Jan 2020 08:00 GMT", "2020-01-12T08:00@5+18")]
    [InlineData("2019 Jan", "null")]
    [InlineData("Jan 2019", "null")]
    [InlineData("Jan\u000A12\u000A2019", "2019-01-12@0+11")]
    [InlineData("\u201COct 12, 2019\u201D", "2019-10-12@1+12")]
    [InlineData("\u2014 Oct. 12, 2019 \u2014 4:30 p.m. ET", "2019-10-12T16:30@2+25")]
    [InlineData("\u0421\u0442\u043E\u0438\u043C\u043E\u0441\u0442\u044C 12 \u0434\u0435\u043A 2019", "2019-12-12@10+11")]
    [InlineData("1\u041E\u041A 2019 Dec 12, 2019", "2019-12-12@9+12")]
    [InlineData("Februar 12, 2019", "2019-02-12@0+16")]
    [InlineData("Apr12, 2019", "null")]
    [InlineData("Sep 31, 2019", "null")]
    [InlineData("Feb 29, 2020", "2020-02-29@0+12")]
    public void Reads_dates_among_characters_outside_ASCII_as_the_expressions_do(string line, string expected)
    {
        Assert.Equal(expected, IsoAndSpanOf(line));
    }

    /// <summary>Zones, meridiems, seconds and hours out of range, read to the same ISO form and span as they always were.</summary>
    [Theory]
    [InlineData("2019-11-19T12:48:14+05:30", "2019-11-19T12:48+05:30@0+25")]
    [InlineData("2019-11-19T12:48-0500", "2019-11-19T12:48-05:00@0+21")]
    [InlineData("2019-11-19T12:48:14.123Z", "2019-11-19T12:48Z@0+24")]
    [InlineData("2019-11-19 12:48", "2019-11-19T12:48@0+16")]
    [InlineData("November 19, 2019 4:02 pm +0530", "2019-11-19T16:02+05:30@0+31")]
    [InlineData("November 19, 2019 4:02 pm -0000", "2019-11-19T16:02-00:00@0+31")]
    [InlineData("Nov 19, 2019 4:02 pm cest", "2019-11-19T16:02+02:00@0+25")]
    [InlineData("Nov 19, 2019 4:02 p.m. IST", "2019-11-19T16:02+05:30@0+26")]
    [InlineData("Nov 19, 2019 4:02 p.m. e\u017Ft", "2019-11-19T16:02@0+22")]
    [InlineData("Nov 19, 2019 4:02 P.M. Cet", "2019-11-19T16:02+01:00@0+26")]
    [InlineData("Nov 19, 2019 4:02 PM GMT", "2019-11-19T16:02Z@0+24")]
    [InlineData("Nov 19, 2019 4:02 PST", "2019-11-19T04:02@0+18")]
    [InlineData("Nov 19, 2019 4:02 am bst", "2019-11-19T04:02+01:00@0+24")]
    [InlineData("Nov 19, 2019 12:02 am utc", "2019-11-19T00:02Z@0+25")]
    [InlineData("Nov 19, 2019 12:02 pm mdt", "2019-11-19T12:02-06:00@0+25")]
    [InlineData("1st of Sept 2019 10:30 pm", "2019-09-01T22:30@0+25")]
    [InlineData("3rd OF\tOct., 2019 ", "2019-10-03@0+17")]
    [InlineData("12/31/19 11:04 PM EST", "2019-12-31T23:04-05:00@0+21")]
    [InlineData("31.12.2019 23:59", "2019-12-31T23:59@0+16")]
    [InlineData("2019-02-30", "null")]
    [InlineData("2019-12-01T25:00Z", "2019-12-01@0+17")]
    [InlineData("21:17 18.11.2019", "2019-11-18T21:17@0+16")]
    public void Reads_times_and_zones_to_the_same_form_and_span(string line, string expected)
    {
        Assert.Equal(expected, IsoAndSpanOf(line));
    }

    /// <summary>
    /// The date reader finds a year and numbers joined by a mark at the ends of a block's runs of digits, jumping from
    /// one run to the next: it tells what looking at every character does, with runs and marks at either end of the
    /// block, digits of other scripts, and runs of every length.
    /// </summary>
    [Fact]
    public void Reads_years_and_joined_numbers_as_looking_at_every_character_does()
    {
        string[] parts = ["", "1", "12", "123", "2019", "20190", "-", "/", ".", ":", " ", "a", "\u0661\u0662\u0663\u0664", "--", "1-", "-1", "/1/", "x.9"];
        int blocks = 0;
        foreach (string a in parts)
        {
            foreach (string b in parts)
            {
                foreach (string c in parts)
                {
                    string block = a + b + c;
                    Assert.True(PlainDigitRuns(block) == DateParser.ReadDigitRuns(block), $"\"{block}\": {PlainDigitRuns(block)} expected");
                    blocks++;
                }
            }
        }

        Assert.True(blocks > 5000);
    }

    private static (bool FourDigits, bool JoinedNumbers) PlainDigitRuns(string block)
    {
        bool fourDigits = false, joinedNumbers = false;
        int run = 0;
        for (int i = 0; i < block.Length; i++)
        {
            run = char.IsAsciiDigit(block[i]) ? run + 1 : 0;
            fourDigits |= run >= 4;
            joinedNumbers |= i > 0 && i < block.Length - 1 && block[i] is '-' or '/' or '.' && char.IsAsciiDigit(block[i - 1]) && char.IsAsciiDigit(block[i + 1]);
        }

        return (fourDigits, joinedNumbers);
    }

    /// <summary>The date reader looks for a time beside a date only in a block with a ':', which every time it reads has.</summary>
    [Theory]
    [InlineData("4:02 pm")]
    [InlineData("Nov 19, 2019 11:04:30 p.m. EST")]
    [InlineData("21:17 18.11.2019")]
    [InlineData("4.02 pm 4h02 4\uFF1A02 4\uFE5502 4\u02D002 4\u200902")]
    [InlineData("0:00")]
    public void Reads_a_time_only_where_there_is_a_colon(string line)
    {
        foreach (ValueMatch match in DateParser.ClockTime().EnumerateMatches(line))
        {
            Assert.Contains(':', line.AsSpan(match.Index, match.Length).ToString());
        }

        Assert.Equal(line.Contains(':'), DateParser.ClockTime().IsMatch(line));
    }

    [Fact]
    public void Takes_no_character_outside_ASCII_for_a_letter_of_a_month()
    {
        const string months = "janfebmarchaprmayjunjulaugsepoctnovdecemberuaryilstober";
        Regex[] letters = [.. months.Distinct().Select(l => new Regex(l.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
        for (int c = 0x80; c <= char.MaxValue; c++)
        {
            string x = ((char)c).ToString();
            Assert.DoesNotContain(letters, letter => letter.IsMatch(x));
            // "12 D\u00E9c 2019" is a French date, which the reader of other languages takes: the English expressions must not.
            string line = $"{x}ec 12, 2019 and 12 D{x}c 2019 or N{x}v. 3, 2019";
            Assert.False(DateParser.MonthDayYear().IsMatch(line) || DateParser.DayMonthYear().IsMatch(line), line);
        }
    }

    /// <summary>
    /// The quick look that spares a block the expressions with a month's name must say yes wherever one of them
    /// matches: names whole, cut short and run on, in any case, with days and years of any length before and after,
    /// behind and before any mark, space or other character.
    /// </summary>
    [Fact]
    public void Looks_for_a_month_wherever_the_expressions_with_one_match()
    {
        string[] names = ["jan", "january", "Feb", "FEBRUARY", "febr", "mar", "March", "marc", "aPr", "april", "may", "mayo", "jun", "June",
            "jul", "July", "aug", "August", "augusta", "sep", "Sept", "september", "septemb", "oct", "October", "nov", "NOVEMBER", "dec",
            "December", "xdec", "D\u00E9cembre", "ja", ""];
        string[] befores = ["", "12 ", "3 ", "3rd of ", "1st OF\t", "22nd. ", "4TH  ", "5th.of ", "6 of  ", "7of ", "123 ", "x", "7", "On ", "12\u00A0"];
        string[] betweens = [" ", ". ", ", ", "., ", ",. ", "..", " , ", "\u00A0", "\t", "\u0085", "\u200B", "\u3000 ", "", ". \n ", ",", "\u2003 "];
        string[] afters = ["3, 2019", "12 2019", "2019", "31st, 2020", "3,2019", "1 1999", "12th 2019 5:00", "123 2019", "20190", "2019 5", "3, 20197:05"];
        foreach (string name in names)
        {
            foreach (string before in befores)
            {
                foreach (string between in betweens)
                {
                    foreach (string after in afters)
                    {
                        AssertLooksWhereExpressionsMatch(before + name + between + after);
                        AssertLooksWhereExpressionsMatch(after + " " + before + name + between + after);
                    }
                }
            }
        }

        for (int c = 0; c <= char.MaxValue; c++)
        {
            string x = ((char)c).ToString();
            foreach (string line in new[] { $"Nov{x}3, 2019", $"12 Dec{x} 2019", $"12 Dec.{x}2019", $"12{x}Dec 2019", $"1s{x} Dec 2019", $"3 o{x} Dec 2019" })
            {
                AssertLooksWhereExpressionsMatch(line);
            }
        }
    }

    private static void AssertLooksWhereExpressionsMatch(string line)
    {
        (bool monthFirst, bool dayFirst) = MonthNameLook.Find(line);
        Assert.True(monthFirst || !DateParser.MonthDayYear().IsMatch(line), line);
        Assert.True(dayFirst || !DateParser.DayMonthYear().IsMatch(line), line);
    }

    /// <summary>The look compares month names only after a letter one of them ends with: that letter, told by one bit.</summary>
    [Fact]
    public void Tells_the_last_letters_of_month_names_as_the_names_do()
    {
        string[] names =
        [
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
            "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        ];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char lower = char.IsAsciiLetterUpper((char)c) ? (char)(c | 0x20) : (char)c;
            Assert.True(Array.Exists(names, n => n[^1] == lower) == MonthNameLook.MayEndMonthName((char)c), $"U+{c:X4}");
        }

        foreach (string name in names)
        {
            foreach (string form in new[] { name, name.ToUpperInvariant(), char.ToUpperInvariant(name[0]) + name[1..] })
            {
                Assert.True(MonthNameLook.Find($"{form} 3, 2019").MonthFirst, form);
                Assert.True(MonthNameLook.Find($"3 {form} 2019").DayFirst, form);
            }
        }
    }

    /// <summary>The look turns away blocks with a year that no expression with a month's name matches.</summary>
    [Theory]
    [InlineData("January 2019", false, false)]
    [InlineData("in September 2020.", false, false)]
    [InlineData("the market 12, 2019", false, false)]
    [InlineData("Nov 18  52 photos", true, false)]
    [InlineData("Nov. 3, 2019", true, false)]
    [InlineData("3rd of Nov 2019", false, true)]
    [InlineData("Posted 3 Nov 2019, Nov 4 2019", true, true)]
    public void Looks_for_each_form_on_its_own(string line, bool monthFirst, bool dayFirst)
    {
        Assert.Equal((monthFirst, dayFirst), MonthNameLook.Find(line));
    }

    [Fact]
    public void The_span_covers_the_date_and_its_time_only()
    {
        const string line = "Posted on November 19, 2019 at 4:02 pm by the desk";

        DateMatch? date = DateParser.Find(line, 0, line.Length);

        Assert.NotNull(date);
        Assert.Equal("November 19, 2019 at 4:02 pm", line.Substring(date.Value.Start, date.Value.Length));
    }

    /// <summary>A year runs into a time only where a time follows it; other digits after it make it no year.</summary>
    [Theory]
    [InlineData("Nov 19 20190")]
    [InlineData("Nov 19 201912")]
    [InlineData("Nov 19 20195:0")]
    [InlineData("19 Nov 20197:05")]
    public void Takes_no_year_from_a_longer_number(string line)
    {
        Assert.Null(DateParser.Find(line, 0, line.Length));
    }

    [Theory]
    [InlineData("February 30, 2019")]
    [InlineData("Call 555-1234 today")]
    [InlineData("The 2019 season")]
    [InlineData("")]
    public void Ignores_what_is_not_a_real_date(string line)
    {
        Assert.Null(DateParser.Find(line, 0, line.Length));
    }

    [Fact]
    public void A_date_inside_a_longer_text_is_read_again_from_its_own_block()
    {
        const string text = "Menu\nPosted 19.11.2019 by the desk\nBody";
        int block = text.IndexOf("Posted", StringComparison.Ordinal);

        DateMatch? date = DateParser.Find(text, block, "Posted 19.11.2019 by the desk".Length);

        Assert.NotNull(date);
        Assert.Equal("19.11.2019", text.Substring(date.Value.Start, date.Value.Length));
        Assert.Equal("2019-11-19", DateParser.IsoOf(text, date.Value));
    }

    /// <summary>
    /// The expressions run on the block where it stands in the input: digits just before or after it, which an
    /// expression's look-behind or look-ahead would see, change nothing, as they did not when the block was copied out.
    /// </summary>
    [Theory]
    [InlineData("2019-11-19")]
    [InlineData("2019-11-19T12:48:14Z")]
    [InlineData("21/06/2014")]
    [InlineData("11/18/19 11:04 PM EST")]
    [InlineData("21:17 18.11.2019")]
    [InlineData("19 November 2019")]
    [InlineData("November 19, 2019 at 4:02")]
    [InlineData("4:02 November 19, 2019")]
    public void Reads_a_block_as_if_nothing_stood_around_it(string line)
    {
        DateMatch? alone = DateParser.Find(line, 0, line.Length);
        foreach (string around in new[] { "7", "/7", "7:", ".5" })
        {
            string text = around + line + around;

            DateMatch? date = DateParser.Find(text, around.Length, line.Length);

            Assert.NotNull(date);
            Assert.Equal(alone?.Length, date.Value.Length);
            Assert.Equal(alone?.Start + around.Length, date.Value.Start);
            Assert.Equal(DateParser.IsoOf(line, alone!.Value), DateParser.IsoOf(text, date.Value));
        }
    }

    /// <summary>The date <see cref="DateParser.Find"/> reads in the whole line, as "ISO@start+length", or "null".</summary>
    private static string IsoAndSpanOf(string line) =>
        DateParser.Find(line, 0, line.Length) is DateMatch d ? $"{DateParser.IsoOf(line, d)}@{d.Start}+{d.Length}" : "null";
}
