namespace NewsText.Attribution;

/// <summary>
/// The surnames an article cannot have named yet: one bit for each class of words of the same length, first and last
/// letter, set for every surname the <see cref="NameIndex"/> holds. Most capitalised words of a page are nobody's
/// surname, and a clear bit turns such a word away before the dictionary hashes it.
/// </summary>
internal sealed class SurnameFilter
{
    private const int Bits = 1024;

    private readonly ulong[] _words = new ulong[Bits / 64];

    public void Add(ReadOnlySpan<char> surname)
    {
        int bit = BitOf(surname);
        _words[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>False only when no surname added since the last <see cref="Clear"/> equals <paramref name="word"/>.</summary>
    public bool MayHold(ReadOnlySpan<char> word)
    {
        int bit = BitOf(word);
        return (_words[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    public void Clear() => Array.Clear(_words);

    private static int BitOf(ReadOnlySpan<char> word) =>
        word.IsEmpty ? 0 : (int)((uint)(word.Length * 31 + word[0] * 7 + word[^1]) % Bits);
}
