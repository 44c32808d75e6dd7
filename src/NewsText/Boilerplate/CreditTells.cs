using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Boilerplate;

/// <summary>
/// Whether a text has one of the three tells that every credit marker of <see cref="CaptionDetector"/> starts with
/// or holds: a '(', "ph" or "ima", ASCII letters ignoring case. A text without any holds no marker, and the phrase
/// search need not look at it.
/// </summary>
/// <remarks>
/// Nearly every block is asked. Three runtime searches ('(', "photo" and "image credit" ignoring case) each paid
/// their setup on it; one pass here looks at eight places at a time. "ph" and "ima" are what the markers' own
/// search needs at their start, since it takes a marker's first three characters to be ASCII.
/// </remarks>
internal static class CreditTells
{
    /// <summary>How many characters one look reads: its eight places and the two after the last.</summary>
    private const int Reach = 10;

    /// <summary>Whether a '(', "ph" or "ima" (ignoring ASCII case) stands anywhere in <paramref name="text"/>.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        if (text.Length < Reach || !Vector128.IsHardwareAccelerated)
        {
            return AnyFrom(text, 0);
        }

        // The last look is moved back to end with the text, repeating places, which changes no answer. It covers every
        // place but the last two, which lack the characters after them a look reads.
        int lastLook = text.Length - Reach;
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        for (int at = 0; ; at += Reach - 2)
        {
            int look = Math.Min(at, lastLook);
            if (AnyAt(ref chars, look))
            {
                return true;
            }

            if (look == lastLook)
            {
                return AnyFrom(text, text.Length - 2);
            }
        }
    }

    /// <summary>The places from <paramref name="from"/> on, one at a time.</summary>
    private static bool AnyFrom(ReadOnlySpan<char> text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '('
                || (i + 1 < text.Length && (c | 0x20) == 'p' && (text[i + 1] | 0x20) == 'h')
                || (i + 2 < text.Length && (c | 0x20) == 'i' && (text[i + 1] | 0x20) == 'm' && (text[i + 2] | 0x20) == 'a'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the eight places from <paramref name="at"/> has a tell.</summary>
    private static bool AnyAt(ref ushort chars, int at)
    {
        // Setting the 0x20 bit folds an ASCII capital to its small letter, and turns no other character into one.
        Vector128<ushort> caseBit = Vector128.Create((ushort)0x20);
        Vector128<ushort> first = Vector128.LoadUnsafe(ref chars, (nuint)at);
        Vector128<ushort> second = Vector128.LoadUnsafe(ref chars, (nuint)(at + 1)) | caseBit;
        Vector128<ushort> third = Vector128.LoadUnsafe(ref chars, (nuint)(at + 2)) | caseBit;
        Vector128<ushort> folded = first | caseBit;
        Vector128<ushort> tells = Vector128.Equals(first, Vector128.Create((ushort)'('))
            | (Vector128.Equals(folded, Vector128.Create((ushort)'p')) & Vector128.Equals(second, Vector128.Create((ushort)'h')))
            | (Vector128.Equals(folded, Vector128.Create((ushort)'i')) & Vector128.Equals(second, Vector128.Create((ushort)'m'))
                & Vector128.Equals(third, Vector128.Create((ushort)'a')));
        return tells != Vector128<ushort>.Zero;
    }
}
