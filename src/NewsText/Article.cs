namespace NewsText;

/// <summary>
/// A news article parsed from plain text. Every value that comes from the input carries its span in UTF-16 code
/// units of the parsed string; the text of a span is exactly that substring, except that the title, the dek and the
/// paragraphs are what a reader sees: hard-wrapped lines re-joined and Markdown read (see <see cref="TextSegment"/>).
/// </summary>
public sealed record Article
{
    /// <summary>The headline, or null when none was found.</summary>
    public string? Title { get; init; }

    /// <summary>Where <see cref="Title"/> stands in the input.</summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>The standfirst: the summary sentence under the headline, or null.</summary>
    public string? Dek { get; init; }

    /// <summary>Where <see cref="Dek"/> stands in the input.</summary>
    public TextSpan? DekSpan { get; init; }

    /// <summary>Author names as written in the byline, without "By", roles, dates or publishers.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Where each of <see cref="Authors"/> stands in the input, in the same order.</summary>
    public IReadOnlyList<TextSpan> AuthorSpans { get; init; } = [];

    /// <summary>
    /// The publication date in ISO 8601 as precisely as the text gives it: <c>2019-11-19</c>,
    /// <c>2019-11-19T16:02</c>, or with an offset when the text names one (<c>2019-11-19T13:03-05:00</c>); null
    /// when no date could be read.
    /// </summary>
    public string? Published { get; init; }

    /// <summary>Where the date behind <see cref="Published"/> stands in the input.</summary>
    public TextSpan? PublishedSpan { get; init; }

    /// <summary>The dateline that opens the body, such as "KYIV, Ukraine (AP)", or null.</summary>
    public string? Dateline { get; init; }

    /// <summary>Where <see cref="Dateline"/> stands in the input.</summary>
    public TextSpan? DatelineSpan { get; init; }

    /// <summary>The body paragraphs in input order.</summary>
    public IReadOnlyList<TextSegment> Paragraphs { get; init; } = [];

    /// <summary>Quotes in input order: direct, mixed and indirect.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>The speakers the quotes were attributed to, resolved across the article.</summary>
    public IReadOnlyList<Speaker> Speakers { get; init; } = [];

    /// <summary>Every block of the input that is not a body paragraph, in input order, each with its reason.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>Notes about the parse a caller may want to know, such as "no article body found".</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>Parses <paramref name="text"/> with the default options. Thread-safe.</summary>
    /// <param name="text">The article as plain text, in any of the styles NewsText reads.</param>
    /// <returns>The parsed article; never null, possibly empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Article Parse(string text) => NewsTextParser.Default.Parse(text);
}
