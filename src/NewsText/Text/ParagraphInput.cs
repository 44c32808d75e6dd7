namespace NewsText.Text;

/// <summary>
/// The parsed input, as its paragraphs refer to it: a <see cref="TextSegment"/> that holds this rather than the string
/// knows that its text is what a reader sees (<see cref="ReaderText"/>), not the bare substring, without a field of its
/// own for that. A segment with a field more took 48 bytes where it takes 40, and a parse makes one for every paragraph.
/// </summary>
/// <param name="text">The parsed input.</param>
internal sealed class ParagraphInput(string text)
{
    public string Text { get; } = text;
}
