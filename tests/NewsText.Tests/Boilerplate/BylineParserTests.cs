using NewsText.Boilerplate;
using NewsText.Text;

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
    [InlineData("Par Bertille Bayart, Marie Visot", "Bertille Bayart|Marie Visot")]
    [InlineData("Por Ana de Souza", "Ana de Souza")]
    [InlineData("Von Moritz Bachmann publiziert am 25. September 2018", "Moritz Bachmann")]
    [InlineData("Monday November 18, 2019 7:45 am PST by Joe Rossi", "Joe Rossi")]
    [InlineData("Jane Doe | Staff Writer", "Jane Doe")]
    [InlineData("Tanya Lord, Business Insider", "Tanya Lord")]
    [InlineData("Laura June July 10, 2015", "Laura June")]
    [InlineData("Meg Kim and Errol Hayes, Associated Press", "Meg Kim|Errol Hayes")]
    [InlineData("Liam Avatar", "Liam")]
    [InlineData("Liam AVATAR", "Liam")]
    [InlineData("The Associated Press", "The Associated Press")]
    [InlineData("Written\u00A0by Jane Doe", "Jane Doe")]
    [InlineData("Analysis\u00A0by Chris Dunn, Editor-at-large", "Chris Dunn")]
    [InlineData("Reporting by Jane Doe; additional reporting by John Roe, Ana de Souza and Mark Lee in London; Editing by Ann Lee and Tom Fay", "Jane Doe")]
    [InlineData("Par MARIE DUVAL, PAUL ROCHE Envoyés spéciaux à Lyon", "MARIE DUVAL|PAUL ROCHE")]
    [InlineData("By J. K. Rowan and Ann Lee", "J. K. Rowan|Ann Lee")]
    [InlineData("By Ana Ortiz. Updated at noon", "Ana Ortiz")]
    [InlineData("By Sgt. Tom Hale", "Sgt. Tom Hale")]
    [InlineData("Ana Ortiz Senior Washington Correspondent", "Ana Ortiz")]
    [InlineData("Tom Hale Staff Writer", "Tom Hale")]
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
    [InlineData("BY")]
    [InlineData("Written By")]
    [InlineData("POSTED BY")]
    [InlineData("author")]
    [InlineData("AUTHORS:")]
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
    [InlineData("By Christmas; by then the company expects to have sold more than a million of the devices across Europe.")]
    [InlineData("By Christmas; the company said sales would be led by phones and tablets sold across Europe and Asia.")]
    [InlineData("Par ailleurs, le gouvernement réfléchit à des changements dans les participations de l'État.")]
    [InlineData("Por su parte, el ministro dijo que el plan seguirá adelante.")]
    [InlineData("In\u00A0the 400 metre relay, Dana was beaten out by Harbor City's Mia Lopez for first place.")]
    [InlineData("Text Size")]
    [InlineData("Case Study August 12, 2010, 5:00PM EST")]
    [InlineData("Release Date 2014-06-26")]
    [InlineData("Screen Shot 2011-08-13 at 4.55.35 PM")]
    [InlineData("Publisher Harbor Light Games")]
    [InlineData("By Harbor's Editorial Writers")]
    [InlineData("Ana Ortiz.")]
    [InlineData("Ana Ortiz: Editor")]
    [InlineData("Ana Ortiz met the new senior editor")]
    [InlineData("Harbor City Council Hires Its First Full-Time Budget Analyst")]
    public void Never_takes_a_sentence_a_date_a_label_or_staff_for_an_author(string line)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.True(match is null || match.Authors.Count == 0, $"read [{string.Join(", ", match?.Authors.Select(a => a.GetText(line)) ?? [])}]");
    }

    /// <summary>
    /// Lines that the shortcuts of the reader decide early (one word, no space but another white space, particles,
    /// letters and marks outside ASCII) read as the plain word-by-word reading read them before the shortcuts.
    /// </summary>
    [Theory]
    [InlineData("Newsletters", "null")]
    [InlineData("Reuters", "Byline/NameWithRole:Reuters")]
    [InlineData("AFP", "Byline/NameWithRole:AFP")]
    [InlineData("dpa", "Byline/NameWithRole:dpa")]
    [InlineData("Jane\u00A0Doe", "Byline/NameOnly:Jane\u00A0Doe")]
    [InlineData("Jane\u2009Doe", "null")]
    [InlineData("Jane\u0009Doe", "null")]
    [InlineData("Jane Doe", "Byline/NameOnly:Jane Doe")]
    [InlineData("JANE DOE", "Byline/NameOnly:JANE DOE")]
    [InlineData("JANE", "null")]
    [InlineData("de la Cruz", "Byline/NameOnly:de la Cruz")]
    [InlineData("van Gogh", "Byline/NameOnly:van Gogh")]
    [InlineData("Van Gogh", "Byline/NameOnly:Van Gogh")]
    [InlineData("Ana de Armas", "Byline/NameOnly:Ana de Armas")]
    [InlineData("Ludwig van", "null")]
    [InlineData("jane doe", "null")]
    [InlineData("O'Brien Smith", "Byline/NameOnly:O'Brien Smith")]
    [InlineData("Jean-Luc Picard | Staff Writer", "Byline/NameWithRole:Jean-Luc Picard")]
    [InlineData("\u00D3lafur Arnalds", "Byline/NameOnly:\u00D3lafur Arnalds")]
    [InlineData("\u00D3lafur Arnalds, Reuters", "Byline/NameWithRole:\u00D3lafur Arnalds")]
    [InlineData("\u0141ukasz Kowalski - Editor", "Byline/NameWithRole:\u0141ukasz Kowalski")]
    [InlineData("St. John Smith", "Byline/NameOnly:St. John Smith")]
    [InlineData("st. John", "Byline/NameOnly:st. John")]
    [InlineData("Troy L. Smith", "Byline/NameOnly:Troy L. Smith")]
    [InlineData("[Jane Doe](https://x.example)", "Byline/NameOnly:Jane Doe")]
    [InlineData("[Jane](https://x.example)", "null")]
    [InlineData("Zo\u00EB\u00A0Baird", "Byline/NameOnly:Zo\u00EB\u00A0Baird")]
    [InlineData("\u00C9mile Zola", "Byline/NameOnly:\u00C9mile Zola")]
    [InlineData("Jos\u00E9\u2019s Caf\u00E9", "null")]
    [InlineData("D\u2019Arcy Moore", "Byline/NameOnly:D\u2019Arcy Moore")]
    [InlineData("Jane Doe-", "Byline/NameOnly:Jane Doe")]
    [InlineData("Jane Doe,", "Byline/NameWithRole:Jane Doe")]
    [InlineData("Jane, Doe", "null")]
    [InlineData("Jane Doe and John Roe", "Byline/NameWithRole:Jane Doe|John Roe")]
    [InlineData("Jane Doe & John Roe, CNN", "Byline/NameWithRole:Jane Doe|John Roe")]
    [InlineData("Gronk may have found his true calling", "null")]
    [InlineData("Home", "null")]
    [InlineData("Sign in", "null")]
    [InlineData("\u00C9MILE ZOLA", "Byline/NameOnly:\u00C9MILE ZOLA")]
    [InlineData("Mary-Jane Watson\u00A0|\u00A0Reporter", "Byline/NameWithRole:Mary-Jane Watson")]
    [InlineData("\u00CFan \u00DCnder", "Byline/NameOnly:\u00CFan \u00DCnder")]
    [InlineData("y Gasset", "Byline/NameOnly:y Gasset")]
    [InlineData("del Toro", "Byline/NameOnly:del Toro")]
    [InlineData("Guillermo del Toro", "Byline/NameOnly:Guillermo del Toro")]
    [InlineData("Jane O\u2019Neil", "Byline/NameOnly:Jane O\u2019Neil")]
    [InlineData("Jane O\u2019", "Byline/NameOnly:Jane O\u2019")]
    [InlineData("Jane .Doe", "null")]
    // Particles ending a run are dropped from its end, where white space other than a space keeps them.
    [InlineData("Jane  de", "Byline/NameOnly:Jane ")]
    [InlineData("Jane\u00A0de", "Byline/NameOnly:Jane\u00A0de")]
    [InlineData("Jane de", "null")]
    [InlineData("Jane de la", "null")]
    [InlineData("Jane\tde Smith", "Byline/NameOnly:Jane\tde Smith")]
    [InlineData("Jane Doe van", "Byline/NameOnly:Jane Doe")]
    [InlineData("Jane Doe- de", "Byline/NameOnly:Jane Doe-")]
    [InlineData("Ludwig van | Staff", "null")]
    [InlineData("van der Berg", "Byline/NameOnly:van der Berg")]
    [InlineData("Jane van  der", "Byline/NameOnly:Jane van ")]
    [InlineData("Jean DE LA", "Byline/NameOnly:Jean DE LA")]
    [InlineData("Jane st.", "null")]
    [InlineData("Jane y", "null")]
    [InlineData("Jane Y", "Byline/NameOnly:Jane Y")]
    [InlineData("Jane de-", "null")]
    [InlineData("Jane De", "Byline/NameOnly:Jane De")]
    [InlineData("Jane  de, Reuters", "Byline/NameWithRole:Jane ")]
    [InlineData("Jane de\u00A0la", "Byline/NameOnly:Jane de\u00A0la")]
    [InlineData("Jane\u00A0de la", "Byline/NameOnly:Jane\u00A0de")]
    [InlineData("Jane de  la", "Byline/NameOnly:Jane de ")]
    [InlineData("JANE van", "null")]
    [InlineData("Jane Doe de la, CNN", "Byline/NameWithRole:Jane Doe")]
    [InlineData("Ana de Armas and Jane de", "null")]
    public void Reads_single_words_particles_and_letters_outside_ASCII_as_the_plain_reading_does(string line, string expected)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length, null);

        string read = match is null ? "null" : $"{match.Kind}/{match.Certainty}:{string.Join("|", match.Authors.Select(a => a.GetText(line)))}";
        Assert.Equal(expected, read);
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

    /// <summary>
    /// A name run opens with a capital, a particle in lower-case ASCII or a link, and a line that opens otherwise is no
    /// byline of a leading name; the lines that open so read as before.
    /// </summary>
    [Theory]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("van Gogh Smith", "van Gogh Smith")]
    [InlineData("de la Cruz Ortega", "de la Cruz Ortega")]
    [InlineData("\u00C9mile Zola", "\u00C9mile Zola")]
    [InlineData("\u0416\u0430\u043D\u043D\u0430 \u0414\u043E\u0435", "\u0416\u0430\u043D\u043D\u0430 \u0414\u043E\u0435")]
    [InlineData("[Jane Doe](https://example.com/jd)", "Jane Doe")]
    [InlineData("\u00E9mile Zola", "")]
    [InlineData("\u6771\u4EAC Tokyo Smith", "")]
    [InlineData("1 Jane Doe", "")]
    [InlineData("\u201CJane Doe", "")]
    [InlineData("\u2022 Jane Doe", "")]
    [InlineData("-Jane Doe", "")]
    public void Reads_a_leading_name_only_from_a_capital_a_particle_or_a_link(string line, string authors)
    {
        BylineMatch? match = BylineParser.Parse(line, 0, line.Length);

        Assert.Equal(authors, match is null ? "" : string.Join("|", match.Authors.Select(a => a.GetText(line))));
    }

    /// <summary>
    /// The stripper reads every block with <see cref="BylineParser.Summarise"/>, which keeps no names: it tells what
    /// the full reading would, on every block of the corpus pages and on lines with several names, links and markers.
    /// </summary>
    [CorpusFact]
    public void The_summary_tells_what_the_full_reading_does_on_every_block_of_the_pages()
    {
        string[] lines =
        [
            "By Jane Doe, John Smith and Ana de Souza", "Meg Kim and Errol Hayes, Associated Press", "Jane Doe & John Roe, CNN",
            "Jane Doe and John Roe", "By [Jane Doe](https://example.com/jd) and [John Roe](https://example.com/jr)", "Liam Avatar",
            "Laura June July 10, 2015", "By", "Author:", "The Associated Press", "Jane Doe, John Roe | Staff", "By Jane Doe/John Roe",
            // Lines of more words than a name run reads, which the summary turns away unless a mark, "and" or a date may follow the name.
            "Jane Doe and John Roe Associated Press Staff", "Jane Doe | Staff Writer at Large Desk", "Jane Doe \u2022 Reporter for the Daily Post",
            "Jane Doe \u2014 Senior Staff Writer Daily", "Jane Doe & John Roe Staff Writers Here", "Mary Ann Smith Jones November 19, 2019 4:02 pm",
            // A "by" after a date or time, where the block has a digit, or opening the block, after a marker's initial or another letter.
            "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Updated 2 hours ago by Jane Doe", "7 by Jane Doe", "Story by Jane Doe",
            "Home by Jane Doe", "Photos by Jane Doe", "BY:Jane Doe", "\u0661\u0662 by Jane Doe", "Analysis by Jane Doe and John Roe",
            // The name, then the job without a mark between them.
            "Ana Ortiz Senior Washington Correspondent", "Ana Ortiz Senior Chief Washington Bureau Correspondent", "Tom Hale Staff Writer",
            "Mary Ann Ortiz Senior Washington Bureau Correspondent",
            "Apple Unveils New iPhone Models Today", "Jane Doe Staff Writer Daily Post", "[Jane Doe](https://x.example) Staff Writer at the Post",
            "A\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771 B\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771\u4eac\u6771",
        ];
        var texts = new List<string>(lines);
        texts.AddRange(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "pages"), "*.txt").Select(File.ReadAllText));
        int bylines = 0;
        foreach (string text in texts)
        {
            using PooledList<Block> blocks = BlockSegmenter.Segment(text);
            foreach (Block block in blocks)
            {
                DateMatch? date = DateParser.Find(text, block.Start, block.Length);
                BlockFeatures features = BlockFeatures.Compute(block.Slice(text));
                BylineSummary? summary = BylineParser.Summarise(text, block.Start, block.Length, date, in features);
                Assert.Equal(BylineParser.Parse(text, block.Start, block.Length, date)?.Summary, summary);
                bylines += summary is null ? 0 : 1;
            }
        }

        Assert.True(bylines > 100, $"only {bylines} bylines read");
    }
}
