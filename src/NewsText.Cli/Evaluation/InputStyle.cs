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
    /// Markdown, as html2text or pandoc export a page: every short label (menus, buttons, names) a bulleted link,
    /// blocks separated by blank lines.
    /// </summary>
    Markdown,
}
