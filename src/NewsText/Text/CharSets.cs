using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsText.Text;

/// <summary>Character sets the scanners search for, built once.</summary>
internal static class CharSets
{
    /// <summary>Every character that ends a line: LF, CR, and the Unicode line and paragraph separators.</summary>
    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    /// <summary>Whether <paramref name="c"/> is one of <see cref="LineBreaks"/>, as a look back to a line's start asks.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>White space that <see cref="char.IsWhiteSpace(char)"/> misses but pages are full of.</summary>
    /// <remarks>Inlined by request: the segmenter asks about the first and last character of every line.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static bool IsBlank(char c) => char.IsWhiteSpace(c) || IsInvisible(c);

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, with plain ASCII answered by two range checks before the Unicode tables
    /// are asked: the tokenizer and the word counts ask about every character of the body.
    /// </summary>
    public static bool IsLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c > 0x7F && char.IsLetterOrDigit(c));
}
