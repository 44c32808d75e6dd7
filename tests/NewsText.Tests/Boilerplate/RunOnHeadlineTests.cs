using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class RunOnHeadlineTests
{
    // Wrapped at 80 columns, each line stopping where the next word would not fit.
    private const string Story =
        "The ferry company said on Monday that it would double the crossings between the\n" +
        "two islands next summer, after a season in which passengers were turned away at\n" +
        "the quay on most weekends, and that it has chartered a second vessel while a\n" +
        "larger ferry is built for the islanders, who asked for the fares to stay as they\n" +
        "are, since many of them cross every day for work, school and the hospital.";

    // 76 characters: the wrapper could not fit "REUTERS" or "Jane Doe, Island Times" after it.
    private const string Headline = "The First Map of the Two Islands Just Revealed Some Tantalising New Features";

    [Theory]
    [InlineData("REUTERS")]
    [InlineData("Jane Doe, Island Times")]
    [InlineData("Associated Press")]
    [InlineData("Previous Post")]
    public void A_credit_or_label_that_a_full_headline_ran_on_into_is_split_off(string credit)
    {
        string text = string.Join('\n', Headline, credit, Story, Story, Story);
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);
        Assert.Equal(Headline + " " + credit, BlockText.JoinLines(blocks[0].Slice(text)));

        RunOnHeadline.SplitOff(text, blocks);

        Assert.Equal([Headline, credit], blocks.AsSpan()[..2].ToArray().Select(b => b.Slice(text).ToString()));
        Assert.Equal((1, false), (blocks[1].LineCount, blocks[1].AfterBlankLine));
    }

    [Fact]
    public void Every_credit_of_a_page_is_split_off_in_place()
    {
        string[] credits = ["REUTERS", "Jane Doe, Island Times", "Associated Press"];
        string text = string.Concat(credits.Select(c => Headline + "\n" + c + "\n" + Story + "\n"));
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);
        Assert.Equal(6, blocks.Count);

        RunOnHeadline.SplitOff(text, blocks);

        string[] expected = [.. credits.SelectMany(c => new[] { Headline, c, Story.Replace('\n', ' ') })];
        Assert.Equal(expected, blocks.AsSpan().ToArray().Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_name_under_a_sentence_case_headline_that_filled_its_line_is_split_off()
    {
        // 77 characters: "Jane" would not have fitted after it.
        const string Headline = "Ferry company doubles the crossings between the two islands, angering fishers";
        string text = string.Join('\n', Headline, "Jane Doe", Story, Story, Story);
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);
        Assert.Equal(2, blocks[0].LineCount);

        RunOnHeadline.SplitOff(text, blocks);

        Assert.Equal([Headline, "Jane Doe"], blocks.AsSpan()[..2].ToArray().Select(b => b.Slice(text).ToString()));
    }

    [Theory]
    [InlineData("November 19, 2019 at 9:45 am")]
    [InlineData("19.11.2019")]
    public void A_date_under_a_headline_that_filled_its_line_is_split_off(string date)
    {
        string text = string.Join('\n', Headline, date, Story, Story, Story);
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);
        Assert.Equal(2, blocks[0].LineCount);

        RunOnHeadline.SplitOff(text, blocks);

        Assert.Equal([Headline, date], blocks.AsSpan()[..2].ToArray().Select(b => b.Slice(text).ToString()));
    }

    [Theory]
    // A headline wrapped over two lines whose last words look like a name stays whole ...
    [InlineData("Native Ad Platform Names Mobile Marketing Pioneer Ivan Braiker Chief Strategy\nOfficer Today", "\n")]
    [InlineData("World Community Lashes Out at the Council for No Longer Considering Its\nSettlements Illegal", "\n")]
    // ... and so does a byline wrapped over two lines, and a block that a blank line ends.
    [InlineData("By Jane Doe, John Roe, Ann Lee, Bob Stone, Carl West, Dan Fox, Eve Hills and\nMary Major, Reuters", "\n")]
    [InlineData(Headline + "\nREUTERS", "\n\n")]
    // ... and a line that leads into the date under it.
    [InlineData("The Ferry Company Will Open Its New Crossing Between the Two Islands Early on\nNovember 19, 2019", "\n")]
    public void Other_rejoined_blocks_stay_whole(string first, string separator)
    {
        string text = first + separator + string.Join('\n', Story, Story, Story);
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);
        Assert.Equal(2, blocks[0].LineCount);

        RunOnHeadline.SplitOff(text, blocks);

        Assert.Equal(first, blocks[0].Slice(text).ToString());
    }
}
