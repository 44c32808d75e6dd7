namespace NewsText.Text;

/// <summary>
/// A paragraph candidate: one non-blank line of the input, trimmed, or several consecutive lines when the input was
/// hard-wrapped and they were re-joined. Spans are UTF-16 offsets into the input.
/// </summary>
/// <param name="Start">Index of the first non-blank code unit.</param>
/// <param name="Length">Code units up to and including the last non-blank one.</param>
/// <param name="LineCount">How many input lines the block joins (1 unless hard-wrapped).</param>
/// <param name="AfterBlankLine">Whether a blank line (or the start of the input) precedes the block.</param>
internal readonly record struct Block(int Start, int Length, int LineCount, bool AfterBlankLine)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
