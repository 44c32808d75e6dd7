using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class ReaderTextTests
{
    [Theory]
    [InlineData("The council met on Tuesday.", "The council met on Tuesday.")]
    [InlineData("The council read [the report](https://example.com/report) aloud.", "The council read the report aloud.")]
    [InlineData("Traders found the ****[**Fed statement**](/id/44612678/) ****to be gloomy.", "Traders found the Fed statement to be gloomy.")]
    [InlineData("The mayor said it was _really_ over.", "The mayor said it was really over.")]
    [InlineData("**Washington (CNN)** \\-- Democrats pledged", "Washington (CNN) -- Democrats pledged")]
    [InlineData("The plan ![Map of the barrier](https://example.com/a.jpg)passed.", "The plan passed.")]
    [InlineData("Read [![](https://example.com/i.gif) the full report](/report \"Report\") here.", "Read  the full report here.")]
    [InlineData("The [wiki page](/wiki/Monde_\\(série\\)) says so.", "The wiki page says so.")]
    [InlineData("The photo ![A dog](http://example.com/Beat Blogs/dog.jpg) ran.", "The photo  ran.")]
    [InlineData("Ask [12]Jane Doe at the desk.", "Ask Jane Doe at the desk.")]
    public void Markdown_inside_a_paragraph_reads_as_a_browser_shows_it(string paragraph, string expected)
    {
        Assert.Equal(expected, ReaderText.Of(paragraph, 0, paragraph.Length));
    }

    [Theory]
    [InlineData("Up to 1,000 alarms per shift[1], even though most are false[2].")]
    [InlineData("The file user_name_list was [sic] deleted (see below).")]
    [InlineData("Rated 5 * 3 stars by [the critic] (who was paid).")]
    [InlineData("Wow! [Jane Doe](see below) said.")]
    public void Text_that_only_looks_like_markup_is_kept(string paragraph)
    {
        Assert.Equal(paragraph, ReaderText.Of(paragraph, 0, paragraph.Length));
    }

    [Fact]
    public void A_link_wrapped_over_two_lines_is_read_once_its_lines_are_joined()
    {
        const string Text = "intro\nBut it also said it would act. Take a [look\n  here](https://example.com/a.pdf) at it.";
        int start = Text.IndexOf('B', StringComparison.Ordinal);

        Assert.Equal("But it also said it would act. Take a look here at it.", ReaderText.Of(Text, start, Text.Length - start));
    }

    [Fact]
    public void A_parsed_markdown_paragraph_has_its_link_text_and_a_span_over_the_markup()
    {
        const string Sentence =
            "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a " +
            "decade of debate over how to protect the waterfront from storm surges, officials said at the meeting.";
        string linked = Sentence.Replace("tidal barrier", "[tidal barrier](https://example.com/barrier)", StringComparison.Ordinal);
        string text = string.Join("\n\n", "# Harbor City Votes to Build Its First Tidal Barrier", linked, Sentence, Sentence);

        Article article = Article.Parse(text);

        TextSegment first = article.Paragraphs[0];
        Assert.Equal(Sentence, first.Text);
        Assert.Equal(linked, text.Substring(first.Start, first.Length));
    }

    [Fact]
    public void A_headline_in_markdown_reads_as_a_browser_shows_it()
    {
        const string Sentence =
            "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a " +
            "decade of debate over how to protect the waterfront from storm surges, officials said at the meeting.";
        const string Headline = "Harbor City Votes to Build Its _First_ Tidal Barrier";
        string text = string.Join("\n\n", Headline, "By Maria Okafor", Sentence, Sentence, Sentence);

        Article article = Article.Parse(text);

        Assert.Equal("Harbor City Votes to Build Its First Tidal Barrier", article.Title);
        Assert.Equal(new TextSpan(0, Headline.Length), article.TitleSpan);
    }
}
