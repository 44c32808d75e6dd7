namespace NewsText.Tests.Text;

/// <summary>
/// One invented article as tools other than a browser render it: an extractor's text output, a text browser's dump,
/// an HTML parser's get_text() and html2text's Markdown. Each must give the article a browser copy gives.
/// </summary>
public sealed class RenderedPageTests
{
    private const string Headline = "Harbor City Votes to Build Its First Tidal Barrier";

    private static readonly string[] Body =
    [
        "The city council voted on Tuesday to build a movable tidal barrier across the mouth of the harbor, ending a decade of debate over how to protect the waterfront from storm surges.",
        "The barrier, a row of hinged steel gates that lie on the seabed until a surge is forecast, is expected to cost two billion dollars and take six years to build.",
        "Opponents said the plan was rushed and that nobody had studied what the gates would do to the fishing grounds in the bay, which support about four hundred jobs.",
        "Residents who packed the meeting were mostly in favor, and several of them told the council they had lost their ground floors to the water three times since 2010.",
    ];

    private static readonly string[] Menu = ["Home", "World", "Business", "Climate", "Subscribe"];

    private static readonly string[] Footer = ["Related stories", "Storm surge floods Front Street again", "Privacy Policy"];

    [Fact]
    public void An_extractors_output_keeps_its_first_line_as_the_title_and_every_paragraph()
    {
        // A kicker in capitals under the headline is shaped like a headline too, sits nearer the body and shares
        // more of its words.
        const string Teasing = "Why Harbor City Finally Said Yes";
        string text = string.Join("\n\n", [Teasing, "THE COUNCIL VOTE ON THE TIDAL BARRIER", .. Body]);

        Article article = Article.Parse(text);

        Assert.Equal(Teasing, article.Title);
        Assert.Equal(Body, article.Paragraphs.Select(p => p.Text).Where(p => p.Length > 40));
    }

    [Fact]
    public void A_text_browser_dump_gives_the_article_of_the_page()
    {
        var references = new List<string>();
        string Link(string label)
        {
            references.Add($"https://www.harborcitypost.example/{label.ToLowerInvariant().Replace(' ', '-')}/index.html");
            return $"[{references.Count}]{label}";
        }

        var lines = new List<string>();
        lines.AddRange(Menu.Select(Link));
        lines.Add(Headline);
        lines.Add($"By {Link("Maria Okafor")} and {Link("Tom Lindqvist")}");
        lines.AddRange(Body.Select(p => Wrap(p, 73, "   ")));
        lines.AddRange(Footer.Select(Link));
        string text = string.Join("\n\n", lines.Select(l => l.StartsWith(' ') ? l : "   " + l))
            + "\n\nReferences\n\n" + string.Join('\n', references.Select((r, i) => $"{i + 1,4}. {r}"));

        Article article = Article.Parse(text);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(["Maria Okafor", "Tom Lindqvist"], article.Authors);
        Assert.Equal(Body, article.Paragraphs.Select(p => string.Join(' ', p.Text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void An_html_parsers_text_with_indentation_blank_runs_and_no_break_spaces_gives_the_article()
    {
        string[] blocks = [.. Menu, Headline, "By\u00A0Maria Okafor", .. Body, .. Footer];
        string text = string.Concat(blocks.Select((b, i) => new string('\t', i % 3) + b + (i % 2 == 0 ? " \u00A0\n\n\n" : "\n \t \n\u00A0\n")));

        Article article = Article.Parse(text);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(["Maria Okafor"], article.Authors);
        Assert.Equal(Body, article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_markdown_byline_with_linked_names_gives_the_names()
    {
        string text = string.Join("\n\n",
        [
            .. Menu.Select(m => $"* [{m}](https://example.com/{m})"), $"# {Headline}",
            "By [Maria Okafor](https://example.com/staff/okafor) and [Tom Lindqvist](https://example.com/staff/lindqvist)",
            .. Body,
        ]);

        Article article = Article.Parse(text);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(["Maria Okafor", "Tom Lindqvist"], article.Authors);
        Assert.Equal(Body, article.Paragraphs.Select(p => p.Text));
    }

    private static string Wrap(string paragraph, int width, string indent)
    {
        var lines = new List<string>();
        string rest = paragraph;
        while (rest.Length > width)
        {
            int cut = rest.LastIndexOf(' ', width);
            lines.Add(indent + rest[..cut]);
            rest = rest[(cut + 1)..];
        }

        lines.Add(indent + rest);
        return string.Join('\n', lines);
    }
}
