namespace NewsText.Text;

/// <summary>
/// The parsed input, as the paragraphs that hard-wrapped lines make refer to it: a <see cref="TextSegment"/> that
/// holds this rather than the string knows to re-join its lines when its text is cut, without a field of its own for
/// that. A segment with a field more took 48 bytes where it takes 40, and a parse makes one for every paragraph.
/// </summary>
/// <param name="text">The parsed input.</param>
internal sealed class WrappedInput(string text)
{
    public string Text { get; } = text;
}
