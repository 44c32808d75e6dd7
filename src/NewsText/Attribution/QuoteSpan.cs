namespace NewsText.Attribution;

/// <summary>
/// A quotation found in a paragraph: the opening mark, the content between the marks, and whether the closing mark
/// was found (a quote running on into the next paragraph has none). Marks are one character, or two for the
/// doubled apostrophes some archives use ('' … '').
/// </summary>
internal readonly record struct QuoteSpan(int Open, int ContentStart, int ContentEnd, int Close, bool Closed, int MarkLength = 1)
{
    public int ContentLength => ContentEnd - ContentStart;

    /// <summary>Just past the closing mark, or the content's end when there is none.</summary>
    public int After => Closed ? Close + MarkLength : ContentEnd;
}
