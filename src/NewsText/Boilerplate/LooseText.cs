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

    /// <summary>A hash that is equal for loosely equal texts.</summary>
    public static int Hash(ReadOnlySpan<char> text)
    {
        var hash = new HashCode();
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash.Add(char.ToLowerInvariant(c));
            }
        }

        return hash.ToHashCode();
    }

    private static int CommonPrefix(ReadOnlySpan<char> a, ReadOnlySpan<char> b, out bool aDone, out bool bDone)
    {
        int i = 0, j = 0, shared = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            aDone = i == a.Length;
            bDone = j == b.Length;
            if (aDone || bDone)
            {
                return shared;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
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
}
