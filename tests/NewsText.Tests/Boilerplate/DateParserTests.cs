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
    public void Reads_a_date_to_iso_8601(string line, string iso)
    {
        DateMatch? date = DateParser.Find(line, 0, line.Length);

        Assert.NotNull(date);
        Assert.Equal(iso, DateParser.IsoOf(line, date.Value));
    }

    [Fact]
    public void The_span_covers_the_date_and_its_time_only()
    {
        const string line = "Posted on November 19, 2019 at 4:02 pm by the desk";

        DateMatch? date = DateParser.Find(line, 0, line.Length);

        Assert.NotNull(date);
        Assert.Equal("November 19, 2019 at 4:02 pm", line.Substring(date.Value.Start, date.Value.Length));
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
}
