namespace NewsText.Attribution;

/// <summary>
/// A quotation found in a paragraph: the opening mark, the content between the marks, and whether the closing mark
/// was found (a quote running on into the next paragraph has none).
/// </summary>
internal readonly record struct QuoteSpan(int Open, int ContentStart, int ContentEnd, int Close, bool Closed)
{
    public int ContentLength => ContentEnd - ContentStart;

    /// <summary>Just past the closing mark, or the content's end when there is none.</summary>
    public int After => Closed ? Close + 1 : ContentEnd;
}
