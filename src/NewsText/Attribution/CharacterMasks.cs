using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Attribution;

/// <summary>
/// For 64 characters of a text, a bit each (the first character in the lowest bit) saying whether it is a letter or
/// digit of plain ASCII or of the basic Cyrillic block, whether it is one of those Cyrillic letters, and whether it is
/// ASCII white space: the tokenizer finds words, spaces and marks from the bits, with no test of the characters one by
/// one.
/// </summary>
/// <remarks>
/// The Cyrillic letters are there because the corpus has Russian and Ukrainian pages, whose every letter a test one
/// by one asked the Unicode tables about. Other letters past ASCII are left to the tokenizer's whole rule: they are
/// neither letters nor spaces in the bits.
/// </remarks>
internal static class CharacterMasks
{
    /// <summary>How many characters one pair of masks covers.</summary>
    public const int Width = 64;

    /// <summary>
    /// The masks of the 64 characters from <paramref name="start"/>; past the end of <paramref name="chars"/> the
    /// characters count as spaces, which end a word and make no token.
    /// </summary>
    public static (ulong LettersOrDigits, ulong Cyrillic, ulong Spaces) At(ReadOnlySpan<char> chars, int start)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        if (start + Width <= chars.Length)
        {
            return Of(ref Unsafe.Add(ref first, start));
        }

        int left = chars.Length - start;
        if (chars.Length >= Width)
        {
            // The last 64 characters of the span, with those before start shifted out: no copy near the paragraph's
            // end, which every paragraph has.
            (ulong letters, ulong cyrillic, ulong spaces) = Of(ref Unsafe.Add(ref first, chars.Length - Width));
            int before = Width - left;
            return (letters >> before, cyrillic >> before, (spaces >> before) | (ulong.MaxValue << left));
        }

        Span<ushort> padded = stackalloc ushort[Width];
        padded.Fill(' ');
        MemoryMarshal.Cast<char, ushort>(chars[start..]).CopyTo(padded);
        return Of(ref MemoryMarshal.GetReference(padded));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong LettersOrDigits, ulong Cyrillic, ulong Spaces) Of(ref ushort chars)
    {
        ulong letters = 0, cyrillic = 0, spaces = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (int block = 0; block < Width; block += Vector256<byte>.Count)
            {
                (uint blockLetters, uint blockCyrillic, uint blockSpaces) = Of(
                    Vector256.LoadUnsafe(ref chars, (nuint)block), Vector256.LoadUnsafe(ref chars, (nuint)(block + Vector256<ushort>.Count)));
                letters |= (ulong)blockLetters << block;
                cyrillic |= (ulong)blockCyrillic << block;
                spaces |= (ulong)blockSpaces << block;
            }
        }
        else
        {
            // Arm64 and older x64 have 128-bit vectors only; emulated 256-bit ones would be slower.
            for (int block = 0; block < Width; block += Vector128<byte>.Count)
            {
                (uint blockLetters, uint blockCyrillic, uint blockSpaces) = Of(
                    Vector128.LoadUnsafe(ref chars, (nuint)block), Vector128.LoadUnsafe(ref chars, (nuint)(block + Vector128<ushort>.Count)));
                letters |= (ulong)blockLetters << block;
                cyrillic |= (ulong)blockCyrillic << block;
                spaces |= (ulong)blockSpaces << block;
            }
        }

        return (letters, cyrillic, spaces);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint LettersOrDigits, uint Cyrillic, uint Spaces) Of(Vector256<ushort> low, Vector256<ushort> high)
    {
        // From U+0400 to U+045F every character is a letter: the Russian alphabet and the other common ones.
        Vector256<byte> cyrillic = Vector256.Narrow(
            Vector256.LessThan(low - Vector256.Create((ushort)0x400), Vector256.Create((ushort)0x60)),
            Vector256.LessThan(high - Vector256.Create((ushort)0x400), Vector256.Create((ushort)0x60)));
        // Characters past ASCII become 0xFF, which is neither a letter, a digit nor a space.
        Vector256<byte> bytes = Vector256.Narrow(Vector256.Min(low, Vector256.Create((ushort)0xFF)), Vector256.Min(high, Vector256.Create((ushort)0xFF)));
        // Or-ing in 0x20 folds the capitals onto the small letters and moves nothing else into them.
        Vector256<byte> letter = Vector256.LessThan((bytes | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26));
        Vector256<byte> digit = Vector256.LessThan(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)10));
        // char.IsWhiteSpace in ASCII: the space and the controls from tab to carriage return.
        Vector256<byte> space = Vector256.Equals(bytes, Vector256.Create((byte)' '))
            | Vector256.LessThan(bytes - Vector256.Create((byte)'\t'), Vector256.Create((byte)5));
        return ((letter | digit | cyrillic).ExtractMostSignificantBits(), cyrillic.ExtractMostSignificantBits(), space.ExtractMostSignificantBits());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint LettersOrDigits, uint Cyrillic, uint Spaces) Of(Vector128<ushort> low, Vector128<ushort> high)
    {
        Vector128<byte> cyrillic = Vector128.Narrow(
            Vector128.LessThan(low - Vector128.Create((ushort)0x400), Vector128.Create((ushort)0x60)),
            Vector128.LessThan(high - Vector128.Create((ushort)0x400), Vector128.Create((ushort)0x60)));
        Vector128<byte> bytes = Vector128.Narrow(Vector128.Min(low, Vector128.Create((ushort)0xFF)), Vector128.Min(high, Vector128.Create((ushort)0xFF)));
        Vector128<byte> letter = Vector128.LessThan((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)26));
        Vector128<byte> digit = Vector128.LessThan(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
        Vector128<byte> space = Vector128.Equals(bytes, Vector128.Create((byte)' '))
            | Vector128.LessThan(bytes - Vector128.Create((byte)'\t'), Vector128.Create((byte)5));
        return ((letter | digit | cyrillic).ExtractMostSignificantBits(), cyrillic.ExtractMostSignificantBits(), space.ExtractMostSignificantBits());
    }
}
