namespace NewsText.Cli.Evaluation;

/// <summary>Ways the same page reaches NewsText: as a browser copied it, or as other tools export text.</summary>
internal enum InputStyle
{
    /// <summary>The file as it is (a browser's innerText: blank lines between blocks).</summary>
    AsIs,

    /// <summary>One line per block and no blank lines, as a crawler's WET export gives it.</summary>
    Wet,

    /// <summary>Windows line ends.</summary>
    Crlf,

    /// <summary>Blocks separated by blank lines, each hard-wrapped at 72 columns, as in e-mail and plain-text feeds.</summary>
    Wrapped,

    /// <summary>
    /// The page's own lines, each hard-wrapped at 80 columns, and its own blank lines only, as a text browser dumps a
    /// page whose blocks have no margins: most blocks follow each other on the next line.
    /// </summary>
    Rewrapped,

    /// <summary>
    /// Markdown, as html2text or pandoc export a page: every short label (menus, buttons, names) a bulleted link,
    /// blocks separated by blank lines.
    /// </summary>
    Markdown,

    /// <summary>
    /// A text browser's dump (lynx -dump, w3m -dump): blocks indented by three spaces and hard-wrapped near 76
    /// columns, every short label prefixed with its link number ("[12]Home"), and a closing "References" list of the
    /// numbered addresses.
    /// </summary>
    Lynx,

    /// <summary>
    /// What an article extractor's text output holds (trafilatura, newspaper, Readability's textContent): the
    /// headline, then the body paragraphs separated by blank lines, and nothing else.
    /// </summary>
    Extracted,

    /// <summary>
    /// An HTML parser's raw text (BeautifulSoup's get_text()): every element on its own line, indented with the
    /// markup's tabs and spaces, runs of blank and whitespace-only lines between them, and no-break spaces where the
    /// markup had <c>&amp;nbsp;</c>.
    /// </summary>
    Soup,
}
