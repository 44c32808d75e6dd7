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

        Block[] blocks = Segment(text);

        Assert.Equal(202, blocks.Length);
        Assert.All(blocks.Skip(200), b => Assert.Equal(Story, BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void Markdown_wrapped_around_long_link_targets_is_rejoined()
    {
        // html2text wraps at 78 columns but never inside a link's target, so every line with a link runs past the width.
        IEnumerable<string> related = Enumerable.Range(1, 12).Select(i =>
            $"{i}. [The Best Places to Raise Your Kids, Part {i}](https://example.com/slideshows/2011/the-best-places-to-raise-your-kids-{i}/?chan=rss_top)");
        string text = string.Join("\n\n", [Wrap(Story, 78), .. related, Wrap(Story, 78), Wrap(Story, 78)]);

        Block[] blocks = Segment(text);

        Assert.Equal([Story, Story, Story], blocks.Where(b => b.LineCount > 1).Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_text_browsers_references_with_blanks_in_their_addresses_leave_the_wrapping_seen()
    {
        // lynx lists a page's links after the text, unbroken, some with the blanks their addresses held.
        IEnumerable<string> references = Enumerable.Range(1, 12).Select(i =>
            $"{i}. https://www.example.com/share?mini=true&url=https://www.example.com/story/{i}&title=Ferry Company Doubles Its Summer Crossings");
        string text = string.Join("\n\n", [Wrap(Story, 72), Wrap(Story, 72), Wrap(Story, 72), "References", .. references]);

        Block[] blocks = Segment(text);

        Assert.Equal([Story, Story, Story], blocks.Where(b => b.LineCount > 1).Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_wrapped_text_with_two_headings_left_unwrapped_is_rejoined()
    {
        // pandoc wraps paragraphs at 72 columns but leaves a heading on one line, however long.
        const string Heading = "A 'world's hottest chilli' competition at a curry restaurant left two people in hospital.";
        const string Other = "Create a unique gift to treasure those special moments with half price photo book printing";
        string[] stories = Enumerable.Repeat(Wrap(Story, 72), 4).ToArray();
        string text = string.Join("\n\n", [Heading, .. stories, Other, .. stories]);

        Block[] blocks = Segment(text);

        Assert.Equal([Heading, Story, Story, Story, Story, Other, Story, Story, Story, Story], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_wrapped_line_that_opens_with_emphasis_carries_its_sentence_on()
    {
        // html2text marks bold with stars, which may open a line: "**" against a word is no bullet.
        string wrapped = Wrap(Story, 72);
        string emphasised = wrapped.Replace("\nearly boat", "\n**early** boat", StringComparison.Ordinal);
        Assert.NotEqual(wrapped, emphasised);
        string text = string.Join("\n\n", [wrapped, emphasised, wrapped, wrapped]);

        Block[] blocks = Segment(text);

        Assert.Equal(4, blocks.Length);
        Assert.Equal(Story.Replace("early boat", "**early** boat", StringComparison.Ordinal), BlockText.JoinLines(blocks[1].Slice(text)));
    }

    [Fact]
    public void A_text_of_lines_shorter_than_guessed_keeps_every_line_as_its_list_grows()
    {
        // Three characters a line, a twentieth of the guess the list's first room is made for.
        string text = string.Concat(Enumerable.Repeat("ab\n", 100_000));

        Block[] lines = Segment(text);

        Assert.Equal(100_000, lines.Length);
        Assert.All(lines, line => Assert.Equal("ab", line.Slice(text).ToString()));
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

        Block[] blocks = Segment(text);

        Assert.Equal(headlines.Length, blocks.Length);
        Assert.All(blocks, b => Assert.Equal(1, b.LineCount));
    }

    [Fact]
    public void A_text_browser_dump_is_rejoined_despite_its_list_of_addresses()
    {
        // lynx -dump: indented, wrapped near 76 columns, then a References list whose long addresses are never wrapped.
        IEnumerable<string> labels = Enumerable.Range(1, 40).Select(i => $"   [{i}]Section {i}");
        IEnumerable<string> references = Enumerable.Range(1, 40)
            .Select(i => $"  {i,2}. https://www.example.com/news/2019/11/19/ferry-company-doubles-summer-crossings-{i}/index.html");
        string text = string.Join("\n\n", [.. labels, Wrap(Story, 73, "   "), Wrap(Story, 73, "   ")])
            + "\n\nReferences\n\n" + string.Join('\n', references);

        Block[] blocks = Segment(text);

        Assert.Equal([Story, Story], blocks.Where(b => b.LineCount > 1).Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_full_line_that_ends_a_sentence_runs_on_when_blank_lines_end_paragraphs()
    {
        string[] paragraph =
        [
            "The ferry company said on Monday that it would double its crossings.",
            "The new timetable adds an early boat for commuters and a late one for",
            "visitors, and the company has chartered a second vessel while a larger",
            "ferry is built. Islanders welcomed the plan but asked for the fares to",
            "stay as they are, since many of them cross every day for work, school",
            "and the hospital on the mainland.",
        ];
        string text = string.Join("\n\n", Enumerable.Repeat(string.Join('\n', paragraph), 4));

        Block[] blocks = Segment(text);

        Assert.Equal(4, blocks.Length);
        Assert.All(blocks, b => Assert.Equal(paragraph.Length, b.LineCount));
    }

    [Fact]
    public void A_line_cut_short_by_a_long_next_word_is_rejoined()
    {
        string paragraph = Wrap(Story, 72);
        // The first line stops far short of the width because the address would not fit on it.
        const string WithAddress =
            "Timetables for the crossings are on the website at\n" +
            "https://www.example.com/ferries/timetables/summer-2020-crossings and at\n" +
            "both quays, where staff will answer questions about the fares.";
        string text = string.Join("\n\n", paragraph, WithAddress, paragraph);

        Block[] blocks = Segment(text);

        Assert.Equal(3, blocks.Length);
        Assert.Contains("at https://www.example.com/", BlockText.JoinLines(blocks[1].Slice(text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_debians_html2text_wrapped_inside_its_stars_is_rejoined()
    {
        // The wrapper counted the seven characters of "****** " that the line's visible text leaves out: "Islands" did
        // not fit after the first line, though it would after the heading's words alone.
        const string First = "****** Ferry Company Doubles the Summer Crossings Between the Two Green";
        const string Heading = "Ferry Company Doubles the Summer Crossings Between the Two Green Islands";
        string text = string.Join("\n\n", Wrap(Story, 78), First + "\nIslands ******", Wrap(Story, 78));

        Block[] blocks = Segment(text);

        Assert.Equal([Story, Heading, Story], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_heading_closed_by_its_stars_carries_nothing_on()
    {
        // The picture's address would not have fitted after the heading (it fits on a line of its own), but the stars
        // closed the heading.
        const string Heading = "Ferry Company Doubles the Summer Crossings";
        const string Picture = "[http://www.example.com/images/2020/ferry-company-summer-crossings.jpg]";
        string text = string.Join("\n\n", Wrap(Story, 78), $"****** {Heading} ******\n{Picture}", Wrap(Story, 78));

        Block[] blocks = Segment(text);

        Assert.Equal([Story, Heading, Picture, Story], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void Numbered_items_of_a_wrapped_list_stay_apart()
    {
        // Each item's last line is long and runs on, as if the next line carried on its sentence.
        const string Item = Story + " The council will decide on the shelters at the quay in its next meeting in March, when it sets the fares for next year";
        IEnumerable<string> items = Enumerable.Range(8, 5).Select(i => Wrap($"{i}. {Item}", 72));
        string text = string.Join('\n', items);

        Block[] blocks = Segment(text);

        Assert.Equal(["8.", "9.", "10.", "11.", "12."], blocks.Select(b => b.Slice(text).ToString().Split(' ')[0]));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\u2028")]
    public void Bulleted_items_of_a_wrapped_list_stay_apart_however_full_their_lines(string lineBreak)
    {
        // lynx indents a list and wraps each item under its text; an item's full last line is followed by the next
        // bullet, whose first word would not have fitted on it either.
        string[] items =
        [
            "     * Ferry company doubles the summer crossings between the two islands",
            "       after a season of queues",
            "     * Islanders welcome the plan but ask for the fares to stay as they are",
            "     * Council to decide on the shelters at the quay in its March meeting",
        ];
        string text = string.Join("\n\n", Wrap(Story, 72, "   "), string.Join('\n', items), Wrap(Story, 72, "   ")).Replace("\n", lineBreak);

        Block[] blocks = Segment(text);

        Assert.Equal(
            [Story, "Ferry company doubles the summer crossings between the two islands after a season of queues",
                "Islanders welcome the plan but ask for the fares to stay as they are", "Council to decide on the shelters at the quay in its March meeting", Story],
            blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void The_lines_of_a_wrapped_quotation_are_rejoined()
    {
        string quoted = string.Join('\n', Wrap(Story, 72).Split('\n').Select(line => "> " + line));
        string text = string.Join("\n\n", Wrap(Story, 72), quoted, Wrap(Story, 72));

        Block[] blocks = Segment(text);

        Assert.Equal(3, blocks.Length);
        Assert.Equal(Wrap(Story, 72).Split('\n').Length, blocks[1].LineCount);
    }

    [Fact]
    public void A_script_without_capitals_wrapped_short_of_the_width_is_rejoined()
    {
        // Arabic has no lower case to show that a line carries on, and a wrapper that justifies its lines breaks them
        // before the width, where the next word would have fitted: only the lines' fullness shows the wrapping.
        string[] words =
        [
            "قال", "المجلس", "البلدي", "يوم", "الثلاثاء", "إنه", "سيبني", "حاجزا", "متحركا", "عند", "مدخل", "الميناء",
            "لحماية", "الواجهة", "البحرية", "من", "العواصف", "بعد", "عشر", "سنوات", "النقاش", "وستكلف", "البوابات",
            "الفولاذية", "ملياري", "دولار", "ويستغرق", "بناؤها", "ست", "وقال", "المعارضون", "الخطة", "متسرعة", "وأن",
            "أحدا", "لم", "يدرس", "أثرها", "على", "مصايد", "الأسماك", "الخليج",
        ];
        // Every word once in an order of its own: a repeated phrase would end a line with the next one, as a heading does.
        string paragraph = string.Join(' ', Enumerable.Range(0, words.Length).Select(i => words[i * 5 % words.Length])) + ".";
        string text = string.Join("\n\n", Enumerable.Repeat(WrapEarly(paragraph, 72), 3));

        Block[] blocks = Segment(text);

        Assert.Equal([paragraph, paragraph, paragraph], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_full_line_with_room_for_the_next_word_ends_its_paragraph()
    {
        // A text browser's dump without blank lines: the headline is long, but "Monday" would have fitted after it, so
        // the wrapper did not break it there; the story's lines each stop where the next word would not fit.
        const string Headline = "Ferry Company Doubles Summer Crossings Between the Two Islands";
        const string Dateline = "Monday November 18, 2019 7:45 am by Jane Doe";
        string text = string.Join('\n', Headline, Dateline, Wrap(Story, 72), Wrap(Story, 72));

        Block[] blocks = Segment(text);

        Assert.Equal([Headline, Dateline, Story, Story], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Theory]
    // 78 characters: the wrapper could not fit "The" after it, but a sentence does not end without a full stop.
    [InlineData("Ferry company doubles the summer crossings between the two islands next spring", "The company has chartered a second vessel.")]
    // A breadcrumb that ends in the headline, then the headline.
    [InlineData("Home News Islands Ferry company doubles the summer crossings between the islands", "Ferry company doubles the summer crossings between the islands")]
    public void A_headline_that_filled_its_line_stays_apart_from_the_next(string headline, string next) =>
        Assert.Equal([headline, next, Story, Story], SegmentAboveStory(headline, next));

    [Theory]
    // A name after a word that leads into it carries the sentence on ...
    [InlineData("The ferry company said on Monday that it would double its crossings, as it told", "The Island Times on Monday.")]
    [InlineData("The ferry company said on Monday that it would double its crossings according to", "The Island Times.")]
    // ... and so does a capital after a mark, or a line in title case, or a repeat too short to be a headline.
    [InlineData("The ferry company said on Monday that it would double the crossings next summer,", "In March it will add a boat.")]
    [InlineData("The Ferry Company Doubles the Summer Crossings Between the Two Islands From Next", "The Islanders Cheer")]
    [InlineData("The ferry company said on Monday that it would double the crossings on the news", "the news")]
    public void A_line_that_carries_a_sentence_on_is_joined_to_it(string line, string next) =>
        Assert.Equal(line + " " + next, SegmentAboveStory(line, next)[0]);

    // Two lines above the story twice, all wrapped at 80 columns, segmented: the blocks' texts with their lines re-joined.
    private static string[] SegmentAboveStory(string line, string next)
    {
        string text = string.Join('\n', line, next, Wrap(Story, 80), Wrap(Story, 80));
        return [.. Segment(text).Select(b => BlockText.JoinLines(b.Slice(text)))];
    }

    [Fact]
    public void A_wrapper_that_counts_bytes_is_followed_in_bytes()
    {
        // fold and fmt count a curly quote as three bytes: the line ending "to" has room for "Kirkwall" in characters
        // but not in bytes, so it is a wrapped line although the next one starts with a capital.
        const string WithQuotes =
            "The ferry company said on Monday that it would double the crossings between the two islands next summer, " +
            "after a season in which passengers were turned away at the quay on most weekends, and the harbour’s master " +
            "said that the “new” boats would sail every morning to Kirkwall and Stromness from the first week of May, " +
            "while a larger ferry is built for the islanders, who asked for the fares to stay as they are, since many of " +
            "them cross every day for work, school and the hospital on the mainland.";
        const string Headline = "Ferry Company Doubles Summer Crossings Between the Two Islands";
        string text = string.Join('\n', Headline, WrapBytes(WithQuotes, 72), WrapBytes(WithQuotes, 72), WrapBytes(WithQuotes, 72));
        Assert.Contains("sail every morning to\nKirkwall", text, StringComparison.Ordinal);

        Block[] blocks = Segment(text);

        Assert.Equal([Headline, WithQuotes, WithQuotes, WithQuotes], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Fact]
    public void A_line_of_one_long_address_joins_no_line()
    {
        // An address wider than the text fits on no line: the short label before it was not broken for it, and the
        // address, which no wrapper breaks, does not carry on into the headline.
        const string Address = "https://www.example.com/news/article/Ferry-company-doubles-summer-crossings-14847624.php";
        const string Headline = "Ferry company doubles summer crossings";
        string text = string.Join('\n', Wrap(Story, 72), "MenuSections", Address, Headline, Wrap(Story, 72), Wrap(Story, 72));

        Block[] blocks = Segment(text);

        Assert.Equal([Story, "MenuSections", Address, Headline, Story, Story], blocks.Select(b => BlockText.JoinLines(b.Slice(text))));
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void Unicode_line_separators_end_lines_as_line_feeds_do(char separator)
    {
        // The segmenter looks for two characters when the text has no Unicode separator, and for four when it has one:
        // the same text cut by either kind of break must give the same blocks.
        string[] lines = ["  Ferry crossings double  ", "", "\u200B", "# The company said so on Monday.", "Islanders welcomed it", "", "x"];
        string withLineFeeds = string.Join('\n', lines);
        string[] variants =
        [
            withLineFeeds.Replace('\n', separator),
            separator + withLineFeeds[1..],
            withLineFeeds[..^1] + separator,
            string.Join("\r\n", lines).Replace("\r\n\r\n", "\r\n" + separator),
        ];

        foreach (string variant in variants)
        {
            string plain = variant.Replace(separator, '\n');
            Assert.Equal(Segment(plain), Segment(variant));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a b")]
    [InlineData("a b c")]
    [InlineData("   ")]
    [InlineData("  x ")]
    [InlineData("abc def ghi jkl")]
    [InlineData("nospacesatall")]
    public void Looking_for_spaces_agrees_with_counting_them(string span)
    {
        for (int count = 0; count <= 5; count++)
        {
            Assert.Equal(span.AsSpan().Count(' ') >= count, BlockSegmenter.HasAtLeast(span, ' ', count));
        }
    }

    [Fact]
    public void Looking_for_spaces_agrees_with_counting_them_in_lines_of_any_length()
    {
        var random = new Random(40);
        char[] alphabet = [' ', ' ', 'a', 'Z', '\u00A0', '\u2020', '\u0120', 'é', '\t'];
        for (int n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 90)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : 'x';
            }

            // Spaces in the vector chunks only, in the tail only, and across both; U+2020 and U+0120 share a byte with a space.
            string line = new(chars);
            for (int count = 0; count <= 8; count++)
            {
                Assert.Equal(line.AsSpan().Count(' ') >= count, BlockSegmenter.HasAtLeast(line, ' ', count));
            }
        }
    }

    private static Block[] Segment(string text)
    {
        using PooledList<Block> blocks = BlockSegmenter.Segment(text);
        return blocks.AsSpan().ToArray();
    }

    /// <summary>Wraps as byte-oriented tools do: a line holds as many words as fit in <paramref name="width"/> UTF-8 bytes.</summary>
    private static string WrapBytes(string paragraph, int width)
    {
        var lines = new List<string>();
        string line = "";
        foreach (string word in paragraph.Split(' '))
        {
            string longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && System.Text.Encoding.UTF8.GetByteCount(longer) > width)
            {
                lines.Add(line);
                longer = word;
            }

            line = longer;
        }

        lines.Add(line);
        return string.Join('\n', lines);
    }

    /// <summary>Wraps as a justifying wrapper may: every other line ends a word early, though that word would have fitted.</summary>
    private static string WrapEarly(string paragraph, int width)
    {
        var lines = new List<string>();
        string[] words = paragraph.Split(' ');
        int next = 0;
        while (next < words.Length)
        {
            int count = 1;
            int length = words[next].Length;
            while (next + count < words.Length && length + 1 + words[next + count].Length <= width)
            {
                length += 1 + words[next + count].Length;
                count++;
            }

            if (lines.Count % 2 == 0 && next + count < words.Length && count > 1)
            {
                count--;
            }

            lines.Add(string.Join(' ', words, next, count));
            next += count;
        }

        return string.Join('\n', lines);
    }

    private static string Wrap(string paragraph, int width, string indent = "")
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
        return string.Join('\n', lines.Select(line => indent + line));
    }
}
