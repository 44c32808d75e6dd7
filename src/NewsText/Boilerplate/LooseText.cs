using System.Runtime.CompilerServices;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Compares texts by their letters and digits only, ignoring case, so that "Title" and "TITLE!" match and a teaser
/// cut short with "…" reads as a prefix of the paragraph it copies.
/// </summary>
internal static class LooseText
{
    /// <summary>Whether both texts have the same letters and digits in the same order.</summary>
    public static bool Equal(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => CommonPrefix(a, b, out bool aDone, out bool bDone) >= 0 && aDone && bDone;

    /// <summary>
    /// Whether <paramref name="copy"/> repeats the start of <paramref name="original"/> (all of it, or cut short),
    /// with at least <paramref name="minLetters"/> letters in common.
    /// </summary>
    public static bool IsPrefixCopy(ReadOnlySpan<char> copy, ReadOnlySpan<char> original, int minLetters)
    {
        int shared = CommonPrefix(copy, original, out bool copyDone, out _);
        return copyDone && shared >= minLetters;
    }

    /// <summary>How many letters and digits the text has: loosely equal texts have as many.</summary>
    public static int KeyCount(ReadOnlySpan<char> text)
    {
        int keys = 0;
        foreach (char c in text)
        {
            keys += Key(c) != 0 ? 1 : 0;
        }

        return keys;
    }

    /// <summary>
    /// A key that is equal for loosely equal texts and cheaper than <see cref="Hash"/>: the text's first and last
    /// letter or digit and <paramref name="keys"/>, its count of them (<see cref="KeyCount"/>, which the caller knows).
    /// Texts with different outlines are never loosely equal; texts with one outline often are not either.
    /// </summary>
    public static int Outline(ReadOnlySpan<char> text, int keys)
    {
        uint firstKey = 0, lastKey = 0;
        int first = 0;
        while (first < text.Length && (firstKey = Key(text[first])) == 0)
        {
            first++;
        }

        int last = text.Length - 1;
        while (last >= first && (lastKey = Key(text[last])) == 0)
        {
            last--;
        }

        return (int)(((((uint)keys * HashBase) ^ firstKey) * HashBase) ^ lastKey);
    }

    /// <summary>A hash that is equal for loosely equal texts.</summary>
    /// <remarks>
    /// A polynomial over the letters and digits: hash = hash * <see cref="HashBase"/> + key, where any other character
    /// multiplies by one and adds zero, and so leaves the hash as it is. That takes no branch on whether a character
    /// is a key, which spaces and punctuation made unpredictable, and four characters fold into one step whose
    /// products of multipliers do not wait on the hash. It runs over every short block and every repeated paragraph.
    /// </remarks>
    public static int Hash(ReadOnlySpan<char> text)
    {
        uint hash = HashSeed;
        int i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            uint k0 = Key(text[i]), k1 = Key(text[i + 1]), k2 = Key(text[i + 2]), k3 = Key(text[i + 3]);
            uint m3 = Multiplier(k3);
            uint m23 = Multiplier(k2) * m3;
            uint m123 = Multiplier(k1) * m23;
            hash = (hash * (Multiplier(k0) * m123)) + ((k0 * m123) + (k1 * m23) + (k2 * m3) + k3);
        }

        for (; i < text.Length; i++)
        {
            uint key = Key(text[i]);
            hash = (hash * Multiplier(key)) + key;
        }

        return (int)hash;
    }

    /// <summary><see cref="Hash"/> one key at a time, as its definition reads: the plain form of the unrolled loop.</summary>
    internal static int PlainHash(ReadOnlySpan<char> text)
    {
        uint hash = HashSeed;
        foreach (char c in text)
        {
            if (Key(c) is char key and not '\0')
            {
                hash = (hash * HashBase) + key;
            }
        }

        return (int)hash;
    }

    // An odd base, so that texts that differ in one key, or in the order of two, never share a hash; a large one, so
    // that short texts of different lengths hardly do.
    private const uint HashBase = 16777619;
    private const uint HashSeed = 2166136261;

    /// <summary><see cref="HashBase"/> for a key, one for a character that is none, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Multiplier(uint key)
    {
        // All ones when the key is not zero (keys are below 2^16), and HashBase is odd.
        uint isKey = (uint)((int)(0u - key) >> 31);
        return 1u | (isKey & (HashBase ^ 1u));
    }

    private static int CommonPrefix(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out bool aDone, out bool bDone)
    {
        int i = 0, j = 0, shared = 0;
        while (true)
        {
            char x = '\0', y = '\0';
            while (i < a.Length && (x = Key(a[i])) == 0)
            {
                i++;
            }

            while (j < b.Length && (y = Key(b[j])) == 0)
            {
                j++;
            }

            aDone = i == a.Length;
            bDone = j == b.Length;
            if (aDone || bDone)
            {
                return shared;
            }

            if (x != y)
            {
                // A teaser's last word may be cut mid-word ("initiate…" vs "initiated"); only the end may differ.
                aDone = false;
                return shared;
            }

            shared++;
            i++;
            j++;
        }
    }

    /// <summary>What a character counts as in a loose comparison: its lower case, or zero when it is no letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Key(char c) => c < CharKeyTables.Tabled ? Keys[c] : PlainKey(c);

    // Kept out of line, so that the lookup above inlines into the hashing and comparing loops.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static char PlainKey(char c) => char.IsLetterOrDigit(c) ? Fold(c) : '\0';

    private static readonly char[] Keys = CharKeyTables.Build(PlainKey);

    /// <summary>
    /// Lower case. Only capitals go through the casing tables, which are slow per character; most text, in any
    /// script, has few of them.
    /// </summary>
    private static char Fold(char c) => c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.IsUpper(c) ? char.ToLowerInvariant(c) : c;
}
