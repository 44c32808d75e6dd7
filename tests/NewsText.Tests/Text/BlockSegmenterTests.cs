using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class BlockSegmenterTests
{
    private const string Story =
        "The ferry company said on Monday that it would double the crossings between the two islands next summer, " +
        "after a season in which passengers were turned away at the quay on most weekends. The new timetable adds an " +
        "early boat for commuters and a late one for visitors, and the company has chartered a second vessel while a " +
        "larger ferry is built. Islanders welcomed the plan but asked for the fares to stay as they are, since many of " +
        "them cross every day for work, school and the hospital on the mainland.";

    [Fact]
    public void A_wrapped_story_under_a_long_menu_of_short_labels_is_rejoined()
    {
        // A page whose menus outnumber its prose: most lines are short, so only the long ones can show the wrapping.
        IEnumerable<string> menu = Enumerable.Range(0, 200).Select(i => $"Section {i}");
        string text = string.Join("\n\n", [.. menu, Wrap(Story, 72), Wrap(Story, 72)]);

        List<Block> blocks = BlockSegmenter.Segment(text);

        Assert.Equal(202, blocks.Count);
        Assert.All(blocks.Skip(200), b => Assert.Equal(Story, BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void Headlines_of_one_length_without_blank_lines_stay_apart()
    {
        // Lines near one width that end without a full stop look wrapped, but each starts with a capital.
        string[] headlines =
        [
            "Council Approves New Tidal Barrier After Decade of Debate Over Costs",
            "Ferry Company Doubles Summer Crossings Between the Two Islands Again",
            "Harbor Fishermen Report Best Mackerel Season in Nearly Twenty Years",
            "School Board Delays Vote on Longer Day Until Parents Can Be Heard",
            "Hospital Opens Night Clinic for Workers on the Container Terminal",
            "Storm Damage to Seafront Railings Will Be Repaired Before Winter",
            "Library Extends Opening Hours as Students Prepare for Examinations",
        ];
        string text = string.Join('\n', headlines);

        List<Block> blocks = BlockSegmenter.Segment(text);

        Assert.Equal(headlines.Length, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(1, b.LineCount));
    }

    private static string Wrap(string paragraph, int width)
    {
        var lines = new List<string>();
        string rest = paragraph;
        while (rest.Length > width)
        {
            int cut = rest.LastIndexOf(' ', width);
            lines.Add(rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        lines.Add(rest);
        return string.Join('\n', lines);
    }
}
