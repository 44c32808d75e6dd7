namespace NewsText.Text;

/// <summary>
/// Prefixes looked for at the start of a text, ignoring case, the first in list order winning. Each prefix's first
/// four characters, lower-cased, make one 64-bit key, and the keys lie in one small array, by first character: a text
/// is compared with a prefix only where its own key is the prefix's, and no prefix string is read before.
/// </summary>
/// <remarks>
/// Ignoring case, no character outside ASCII equals an ASCII one, so a key's ASCII characters are folded and any other
/// is kept as it is; a prefix's first four characters are ASCII or have no case ("’"), so that equal keys are what
/// case-insensitive equality of those four characters is.
/// </remarks>
internal sealed class PrefixList
{
    private const int KeyChars = 4;

    private readonly string[] _prefixes;

    /// <summary>The prefixes' indexes, by first character (lower-cased, ASCII), and in list order within one.</summary>
    private readonly int[] _order;

    /// <summary>The keys of the prefixes, in the order of <see cref="_order"/>.</summary>
    private readonly ulong[] _keys;

    /// <summary>Where the prefixes with each first character start in <see cref="_order"/>; one more entry ends the last.</summary>
    private readonly int[] _starts = new int[0x80 + 1];

    // One bit per prefix key, hashed: nearly every text starts with no prefix's first four characters, and one look at
    // its bit sends it away before the keys of its first character are walked (a dozen or more for 's', 'r', 't').
    private const int FilterBits = 12;
    private readonly ulong[] _keyFilter = new ulong[(1 << FilterBits) / 64];

    public PrefixList(params string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (prefix.Length < KeyChars || !char.IsAscii(prefix[0]) || !prefix.AsSpan(0, KeyChars).ToArray().All(c => char.IsAscii(c) || IsCaseless(c)))
            {
                throw new ArgumentException("A prefix has four characters or more, the first ASCII and none of the four a cased letter outside ASCII.", nameof(prefixes));
            }
        }

        _prefixes = prefixes;
        _order = [.. Enumerable.Range(0, prefixes.Length).OrderBy(i => Fold(prefixes[i][0])).ThenBy(i => i)];
        _keys = Array.ConvertAll(_order, i => KeyOf(prefixes[i]));
        for (int c = 0; c < 0x80; c++)
        {
            _starts[c + 1] = _starts[c] + prefixes.Count(p => Fold(p[0]) == c);
        }

        foreach (ulong key in _keys)
        {
            int bit = FilterBit(key);
            _keyFilter[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>The index of the first prefix in list order that starts <paramref name="text"/>, ignoring case, or -1.</summary>
    public int FirstMatch(ReadOnlySpan<char> text)
    {
        if (text.Length < KeyChars || text[0] >= 0x80)
        {
            return -1;
        }

        ulong key = KeyOf(text);
        int bit = FilterBit(key);
        if ((_keyFilter[bit >> 6] & (1UL << bit)) == 0)
        {
            return -1;
        }

        int first = (int)Fold(text[0]);
        for (int j = _starts[first]; j < _starts[first + 1]; j++)
        {
            if (_keys[j] == key && text.StartsWith(_prefixes[_order[j]], StringComparison.OrdinalIgnoreCase))
            {
                return _order[j];
            }
        }

        return -1;
    }

    private static ulong KeyOf(ReadOnlySpan<char> text) =>
        Fold(text[0]) | ((ulong)Fold(text[1]) << 16) | ((ulong)Fold(text[2]) << 32) | ((ulong)Fold(text[3]) << 48);

    /// <summary>The key's bit in <see cref="_keyFilter"/>: the top bits of a multiplicative hash, which mixes all four characters into them.</summary>
    private static int FilterBit(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - FilterBits));

    private static uint Fold(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20u : c;

    private static bool IsCaseless(char c) => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;
}
