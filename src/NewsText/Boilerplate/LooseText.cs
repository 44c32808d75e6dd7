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

    /// <summary>A hash that is equal for loosely equal texts.</summary>
    public static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a over the letters and digits, which runs over every short block and every body paragraph: two hashes
        // take turns, so that each waits for its own multiply only every other character.
        uint even = 2166136261, odd = 2166136261;
        int i = 0;
        while (i < text.Length)
        {
            char key = Key(text[i++]);
            if (key == 0)
            {
                continue;
            }

            even = (even ^ key) * 16777619;
            while (i < text.Length)
            {
                key = Key(text[i++]);
                if (key != 0)
                {
                    odd = (odd ^ key) * 16777619;
                    break;
                }
            }
        }

        return (int)((even * 16777619) ^ odd);
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
