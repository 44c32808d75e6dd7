using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

/// <summary>Bylines as scraped pages print them, one spec line each: the line, then the authors it names.</summary>
public sealed class BylineParserTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY JANE DOE", "JANE DOE")]
    [InlineData("by\u00A0Jane Doe", "Jane Doe")]
    [InlineData("By: Jane Doe", "Jane Doe")]
    [InlineData("By Jane Doe and John Smith, Reuters", "Jane Doe|John Smith")]
    [InlineData("By Jane Doe, John Smith and Ana de Souza", "Jane Doe|John Smith|Ana de Souza")]
    [InlineData("By Troy L. Smith, Cleveland.com", "Troy L. Smith")]
    [InlineData("By Jane Doe | Fox News", "Jane Doe")]
    [InlineData("By Jane Doe - Staff Writer 2019-11-18T23:30:00Z Health", "Jane Doe")]
    [InlineData("By Chris Parker@ChrisOnSports Nov 18, 2019, 11:47am EST", "Chris Parker")]
    [InlineData("Written by Regan", "Regan")]
    [InlineData("Analysis by Chris Dunn, Editor-at-large", "Chris Dunn")]
    [InlineData("Monday November 18, 2019 7:45 am PST by Joe Rossi", "Joe Rossi")]
    [InlineData("Jane Doe | Staff Writer", "Jane Doe")]
    [InlineData("Tanya Lord, Business Insider", "Tanya Lord")]
    [InlineData("Laura June July 10, 2015", "Laura June")]
    [InlineData("Meg Kim and Errol Hayes, Associated Press", "Meg Kim|Errol Hayes")]
    [InlineData("Liam Avatar", "Liam")]
    [InlineData("The Associated Press", "The Associated Press")]
    [InlineData("Written\u00A0by Jane Doe", "Jane Doe")]
    [InlineData("Analysis\u00A0by Chris Dunn, Editor-at-large", "Chris Dunn")]
    public void Reads_the_authors_of_a_byline(string line, string authors)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.NotNull(match);
        Assert.Equal(authors.Split('|'), match.Authors.Select(a => a.GetText(line)));
    }

    [Theory]
    [InlineData("By [Jane Doe](https://example.com/staff/jane-doe)", "Jane Doe")]
    [InlineData("By [Jane Doe](https://example.com/jd) and [John Roe](https://example.com/jr)", "Jane Doe|John Roe")]
    [InlineData("By [Jane Doe](https://example.com/jd), [Ana de Souza](/ads) and [John Roe](/jr), Reuters", "Jane Doe|Ana de Souza|John Roe")]
    [InlineData("By [Jane Doe, CNN](https://example.com/jd)", "Jane Doe")]
    [InlineData("By [Jane Doe](https://example.com/jd \"Jane's page\")", "Jane Doe")]
    [InlineData("Nov 18, 2019 by [Joe Rossi](https://example.com/joe)", "Joe Rossi")]
    [InlineData("By [12]Jane Doe and [13]John Roe", "Jane Doe|John Roe")]
    public void Reads_names_written_as_links_and_spans_only_the_visible_name(string line, string authors)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.NotNull(match);
        Assert.Equal(authors.Split('|'), match.Authors.Select(a => a.GetText(line)));
        Assert.All(match.Authors, a => Assert.DoesNotContain('[', a.GetText(line)));
    }

    [Theory]
    [InlineData("By [Read more about the harbor barrier](https://example.com/barrier)")]
    [InlineData("By [Jane Doe and the newsroom team](https://example.com/team)")]
    [InlineData("By [clicking here](https://example.com/terms) you agree to our terms.")]
    public void A_link_that_is_no_name_is_no_author(string line)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.True(match is null || match.Authors.Count == 0, $"read [{string.Join(", ", match?.Authors.Select(a => a.GetText(line)) ?? [])}]");
    }

    [Theory]
    [InlineData("By")]
    [InlineData("by:")]
    [InlineData("Author:")]
    public void A_lone_marker_is_a_byline_without_names(string line)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.NotNull(match);
        Assert.Empty(match.Authors);
        Assert.True(match.Marked);
    }

    [Theory]
    [InlineData("By Christmas, the company expects to have sold more than a million of the devices across Europe and Asia.")]
    [InlineData("By the time the polls closed, turnout had passed sixty percent.")]
    [InlineData("Email the author")]
    [InlineData("Staff")]
    [InlineData("November 19, 2019")]
    [InlineData("Share on Facebook")]
    [InlineData("By admin - 2018-09-16")]
    [InlineData("Introducing Junior Gaspard, New CEO at Experience")]
    [InlineData("Photo: Doug Mills/The New York Times")]
    [InlineData("In\u00A0the 400 metre relay, Dana was beaten out by Harbor City's Mia Lopez for first place.")]
    public void Never_takes_a_sentence_a_date_a_label_or_staff_for_an_author(string line)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.True(match is null || match.Authors.Count == 0, $"read [{string.Join(", ", match?.Authors.Select(a => a.GetText(line)) ?? [])}]");
    }

    [Fact]
    public void A_bare_name_is_only_a_candidate()
    {
        const string line = "Maria Okafor";

        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.NotNull(match);
        Assert.True(match.NameOnly);
    }

    [Fact]
    public void Author_spans_point_into_the_whole_input()
    {
        const string text = "Headline\n\nBy Jane Doe and John Smith\n\nBody.";
        int start = text.IndexOf("By", StringComparison.Ordinal);

        BylineMatch? match = BylineParser.Parse(text, start, "By Jane Doe and John Smith".Length);

        Assert.NotNull(match);
        Assert.Equal(new TextSpan(start + 3, 8), match.Authors[0]);
        Assert.Equal("John Smith", match.Authors[1].GetText(text));
    }
}
