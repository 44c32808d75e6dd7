using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Counts the words (runs of letters and digits) of a stretch of text up to a small limit: the finders ask whether a
/// quotation, a clause or the words between two quotations have at least a few.
/// </summary>
/// <remarks>
/// A test per character branches at the edge of every word, which no predictor learns. Plain ASCII is read eight
/// characters at a time instead, the words that start in them counted from a mask of their letters and digits; a block
/// with a character past ASCII is left to the Unicode tables, one character at a time.
/// </remarks>
internal static class WordCount
{
    /// <summary>
    /// The number of words from <paramref name="start"/> to <paramref name="end"/>, or <paramref name="limit"/> when
    /// there are at least that many (a limit below one counts them all): callers compare the count with a small number,
    /// and a long quotation need not be read to its end for that.
    /// </summary>
    public static int UpTo(string text, int start, int end, int limit)
    {
        ReadOnlySpan<char> chars = end > start ? text.AsSpan(start, end - start) : [];
        int words = 0;
        bool inWord = false;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars));
            for (; i <= chars.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.LoadUnsafe(ref first, (nuint)i);
                if (Vector128.GreaterThanAny(block, Vector128.Create((ushort)0x7F)))
                {
                    if (CountEach(chars.Slice(i, Vector128<ushort>.Count), limit, ref words, ref inWord))
                    {
                        return words;
                    }

                    continue;
                }

                // A word starts at a letter or digit whose character before (in this block or the last) is neither.
                uint letters = LetterOrDigitBits(block);
                words += BitOperations.PopCount(letters & ~((letters << 1) | (inWord ? 1u : 0u)));
                if (limit > 0 && words >= limit)
                {
                    return limit;
                }

                inWord = (letters >> (Vector128<ushort>.Count - 1)) != 0;
            }
        }

        CountEach(chars[i..], limit, ref words, ref inWord);
        return words;
    }

    /// <summary>Counts on over <paramref name="chars"/> one by one; true when the count reached <paramref name="limit"/>.</summary>
    private static bool CountEach(ReadOnlySpan<char> chars, int limit, ref int words, ref bool inWord)
    {
        foreach (char c in chars)
        {
            bool letter = CharSets.IsLetterOrDigit(c);
            if (letter && !inWord && ++words == limit)
            {
                return true;
            }

            inWord = letter;
        }

        return false;
    }

    // A bit for each of the eight characters, all plain ASCII, that is a letter or a digit.
    private static uint LetterOrDigitBits(Vector128<ushort> block)
    {
        // Or-ing in 0x20 folds the capitals onto the small letters and moves nothing else into them.
        Vector128<ushort> letter = Vector128.LessThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        Vector128<ushort> digit = Vector128.LessThan(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        return (letter | digit).ExtractMostSignificantBits();
    }
}
