using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// The words of some text, kept as case-insensitive hashes so that comparing a headline with the body allocates
/// nothing per word. A rare hash collision only nudges a score. The hashes live in a pooled table made for the
/// blocks it holds; dispose the set to give the table back.
/// </summary>
/// <remarks>
/// A sorted list searched by halves did this before: sorting it and the searches' mispredicted branches cost more
/// than hashing the words, on every page. A table answers each word with one or two probes.
/// </remarks>
internal readonly ref struct WordSet
{
    // A counted word has three letters and a separator: a block of n characters holds at most n / 4 + 1 of them.
    private const int MinWordLength = 3;

    private readonly HashCounts _hashes;

    /// <summary>The set of the words of <paramref name="blocks"/>.</summary>
    public WordSet(string text, scoped ReadOnlySpan<BlockInfo> blocks)
    {
        int maxWords = 0;
        foreach (ref readonly BlockInfo block in blocks)
        {
            maxWords += block.Block.Length / (MinWordLength + 1) + 1;
        }

        _hashes = new HashCounts(maxWords);
        foreach (ref readonly BlockInfo block in blocks)
        {
            ReadOnlySpan<char> span = block.Block.Slice(text);
            for (int i = 0; NextWord(span, ref i) is int hash;)
            {
                _hashes.Add(hash);
            }
        }
    }

    /// <summary>Share of the words of <paramref name="text"/> (three letters or more) that are in the set.</summary>
    public double Coverage(ReadOnlySpan<char> text)
    {
        int words = 0;
        int found = 0;
        for (int i = 0; NextWord(text, ref i) is int hash;)
        {
            words++;
            found += _hashes.Count(hash) > 0 ? 1 : 0;
        }

        return words == 0 ? 0 : (double)found / words;
    }

    public void Dispose() => _hashes.Dispose();

    /// <summary>
    /// The hash of the next word of three letters or more at or after <paramref name="i"/>, which moves past it:
    /// FNV-1a over the upper case of each character, as an ordinal comparison ignoring case sees them. That is
    /// cheaper than the framework's seeded hash, which guards against crafted collisions that here cost only a
    /// nudged score.
    /// </summary>
    private static int? NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length)
        {
            if (Key(text[i]) == 0)
            {
                i++;
                continue;
            }

            int start = i;
            uint hash = 2166136261;
            for (char key; i < text.Length && (key = Key(text[i])) != 0; i++)
            {
                hash = (hash ^ key) * 16777619;
            }

            if (i - start >= MinWordLength)
            {
                return (int)hash;
            }
        }

        return null;
    }

    /// <summary>A letter or digit upper-cased, or zero for any other character.</summary>
    internal static char Key(char c) => c < CharKeyTables.Tabled ? Keys[c] : PlainKey(c);

    internal static char PlainKey(char c) => char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '\0';

    private static readonly char[] Keys = CharKeyTables.Build(PlainKey);
}
