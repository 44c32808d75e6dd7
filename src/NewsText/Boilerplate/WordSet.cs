using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// The words of some text, kept as case-insensitive hashes so that comparing a headline with the body allocates
/// nothing per word. A rare hash collision only nudges a score. The hashes live in a reused list, sorted once before
/// the first lookup; dispose the set to give the list back.
/// </summary>
internal sealed class WordSet : IDisposable
{
    private readonly List<int> _hashes = ScratchLists<int>.Rent(256);
    private bool _sorted;

    public void AddWords(ReadOnlySpan<char> text)
    {
        for (int i = 0; NextWord(text, ref i) is Range word;)
        {
            _hashes.Add(Hash(text[word]));
        }

        _sorted = false;
    }

    /// <summary>Share of the words of <paramref name="text"/> (three letters or more) that are in the set.</summary>
    public double Coverage(ReadOnlySpan<char> text)
    {
        if (!_sorted)
        {
            _hashes.Sort();
            _sorted = true;
        }

        ReadOnlySpan<int> hashes = CollectionsMarshal.AsSpan(_hashes);
        int words = 0;
        int found = 0;
        for (int i = 0; NextWord(text, ref i) is Range word;)
        {
            words++;
            found += hashes.BinarySearch(Hash(text[word])) >= 0 ? 1 : 0;
        }

        return words == 0 ? 0 : (double)found / words;
    }

    public void Dispose() => ScratchLists<int>.Return(_hashes);

    /// <summary>
    /// FNV-1a over the upper case of each character, as an ordinal comparison ignoring case sees them: cheaper than
    /// the framework's seeded hash, which guards against crafted collisions that here cost only a nudged score.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            char upper = c < 0x80 ? (char.IsAsciiLetterLower(c) ? (char)(c & ~0x20) : c) : char.ToUpperInvariant(c);
            hash = (hash ^ upper) * 16777619;
        }

        return (int)hash;
    }

    /// <summary>The next word of three letters or more at or after <paramref name="i"/>, which moves past it.</summary>
    private static Range? NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i - start >= 3)
            {
                return start..i;
            }
        }

        return null;
    }
}
