using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

/// <summary>Dates with the month named in another language, as pages in those languages print them.</summary>
public sealed class OtherLanguageDatesTests
{
    [Theory]
    [InlineData("\u0422\u0435\u043A\u0441\u0442: \u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432\u00B724 \u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F 2018", "2018-09-24")]
    [InlineData("segunda-feira, 22 de janeiro de 2018 \u00E0s 0:13", "2018-01-22T00:13")]
    [InlineData("22 de enero del 2018", "2018-01-22")]
    [InlineData("1\u00BA de mar\u00E7o de 2019", "2019-03-01")]
    [InlineData("Ver\u00F6ffentlicht am 27. Oktober 2015, 14:30", "2015-10-27T14:30")]
    [InlineData("Posted on Oktober 27, 2015 by Admin", "2015-10-27")]
    [InlineData("le 1er novembre 2019", "2019-11-01")]
    [InlineData("Publi\u00E9 le 12 d\u00E9c. 2019", "2019-12-12")]
    [InlineData("02 Ago 2017", "2017-08-02")]
    [InlineData("19 listopada 2019", "2019-11-19")]
    [InlineData("19 GRUDNIA 2019", "2019-12-19")]
    [InlineData("3 mei 2019", "2019-05-03")]
    [InlineData("31 \u043B\u0438\u0441\u0442\u043E\u043F\u0430\u0434\u0430 2019", null)]
    public void Reads_the_date(string line, string? iso)
    {
        DateMatch? date = DateParser.Find(line, 0, line.Length);

        Assert.Equal(iso, date is DateMatch d ? DateParser.IsoOf(line, d) : null);
    }

    [Fact]
    public void The_span_runs_from_the_day_to_the_year()
    {
        const string line = "Publicado em 22 de janeiro de 2018 por Maria";

        Assert.True(OtherLanguageDates.TryRead(line, out TextSpan date, out int year, out int month, out int day));

        Assert.Equal("22 de janeiro de 2018", line.Substring(date.Start, date.Length));
        Assert.Equal((2018, 1, 22), (year, month, day));
    }

    /// <summary>Without a day and a year around it a month's name is only a word; short names are words in English too.</summary>
    [Theory]
    [InlineData("Calend\u00E1rio Stock Car 2018")]
    [InlineData("The season set 2019 records")]
    [InlineData("Mars 2020 rover")]
    [InlineData("Scene 3, 2019")]
    [InlineData("123 mai 2019")]
    [InlineData("32 mai 2019")]
    [InlineData("3 mai 20190")]
    [InlineData("3 maio 1899")]
    [InlineData("3maio 2019")]
    [InlineData("30 f\u00E9vrier 2019")]
    [InlineData("3 de de 2019")]
    public void Takes_no_word_for_a_month_out_of_a_date(string line)
    {
        Assert.False(OtherLanguageDates.TryRead(line, out _, out _, out _, out _), line);
    }

    [Theory]
    [InlineData("janvier", 1)]
    [InlineData("F\u00C9VRIER", 2)]
    [InlineData("\u041C\u0430\u044F", 5)]
    [InlineData("agosto", 8)]
    [InlineData("pa\u017Adziernika", 10)]
    [InlineData("Dezember", 12)]
    [InlineData("november", 0)]
    [InlineData("sea", 0)]
    [InlineData("", 0)]
    public void Knows_the_months_by_name(string word, int month)
    {
        Assert.Equal(month, OtherLanguageDates.MonthOf(word));
    }
}
