using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Text;

/// <summary>
/// Finds a text's line breaks (LF, CR and the Unicode line and paragraph separators, <see cref="CharSets.LineBreaks"/>)
/// one after another, thirty-two characters at a time, keeping the breaks of the chunk at hand between calls.
/// </summary>
/// <remarks>
/// The segmenter asks for the next break once per line, and most lines are short: a runtime search per line paid its
/// setup every time and read again the chunk that held the last break, and a pass over the whole text first had to
/// tell whether it held a Unicode separator at all. Here a chunk holding several short lines is read once, and the
/// four characters are told apart in the same look.
/// </remarks>
internal ref struct LineBreakScanner
{
    // Lines average some fifty characters: a chunk of thirty-two is read in one look where 512-bit vectors are, and
    // finds most lines' ends in one or two chunks where one of sixteen took three or four.
    private const int ChunkWidth = 32;

    private readonly ReadOnlySpan<char> _text;

    /// <summary>Where the chunk that <see cref="_breaks"/> describes starts; -1 before the first.</summary>
    private int _chunk;

    /// <summary>One bit per break in that chunk, from the last one returned on.</summary>
    private uint _breaks;

    public LineBreakScanner(ReadOnlySpan<char> text)
    {
        _text = text;
        _chunk = -1;
        _breaks = 0;
    }

    /// <summary>
    /// The first break at or after <paramref name="from"/>, or -1; what <c>IndexOfAny(CharSets.LineBreaks)</c> from
    /// there finds. Each call's <paramref name="from"/> is at least the previous call's.
    /// </summary>
    public int IndexFrom(int from)
    {
        int chunk = from & ~(ChunkWidth - 1);
        uint breaks;
        if (chunk == _chunk)
        {
            breaks = _breaks;
        }
        else if (chunk + ChunkWidth <= _text.Length)
        {
            breaks = BreaksAt(chunk);
        }
        else
        {
            return IndexInTail(from);
        }

        breaks &= ~0u << (from - chunk);
        while (breaks == 0)
        {
            chunk += ChunkWidth;
            if (chunk + ChunkWidth > _text.Length)
            {
                _chunk = -1;
                return IndexInTail(chunk);
            }

            breaks = BreaksAt(chunk);
        }

        _chunk = chunk;
        _breaks = breaks;
        return chunk + BitOperations.TrailingZeroCount(breaks);
    }

    /// <summary>The last characters, fewer than a chunk, one at a time.</summary>
    private readonly int IndexInTail(int from)
    {
        for (int i = from; i < _text.Length; i++)
        {
            if (_text[i] is '\n' or '\r' or '\u2028' or '\u2029')
            {
                return i;
            }
        }

        return -1;
    }

    private readonly uint BreaksAt(int chunk)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(_text));
        // One wide look where the processor has them: half the work of two narrow ones, which read the same chunk.
        if (Vector512.IsHardwareAccelerated)
        {
            return Breaks(Vector512.LoadUnsafe(ref first, (nuint)chunk));
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return Breaks(Vector256.LoadUnsafe(ref first, (nuint)chunk)) | (Breaks(Vector256.LoadUnsafe(ref first, (nuint)(chunk + 16))) << 16);
        }

        return Breaks(Vector128.LoadUnsafe(ref first, (nuint)chunk)) | (Breaks(Vector128.LoadUnsafe(ref first, (nuint)(chunk + 8))) << 8)
            | (Breaks(Vector128.LoadUnsafe(ref first, (nuint)(chunk + 16))) << 16) | (Breaks(Vector128.LoadUnsafe(ref first, (nuint)(chunk + 24))) << 24);
    }

    private static uint Breaks(Vector512<ushort> chars) =>
        (uint)(Vector512.Equals(chars, Vector512.Create((ushort)'\n')) | Vector512.Equals(chars, Vector512.Create((ushort)'\r'))
            | Vector512.LessThan(chars - Vector512.Create((ushort)'\u2028'), Vector512.Create((ushort)2))).ExtractMostSignificantBits();

    private static uint Breaks(Vector256<ushort> chars) =>
        (Vector256.Equals(chars, Vector256.Create((ushort)'\n')) | Vector256.Equals(chars, Vector256.Create((ushort)'\r'))
            | Vector256.LessThan(chars - Vector256.Create((ushort)'\u2028'), Vector256.Create((ushort)2))).ExtractMostSignificantBits();

    private static uint Breaks(Vector128<ushort> chars) =>
        (Vector128.Equals(chars, Vector128.Create((ushort)'\n')) | Vector128.Equals(chars, Vector128.Create((ushort)'\r'))
            | Vector128.LessThan(chars - Vector128.Create((ushort)'\u2028'), Vector128.Create((ushort)2))).ExtractMostSignificantBits();
}
