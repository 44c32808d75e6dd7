using System.Collections.Frozen;

namespace NewsText.Text;

/// <summary>
/// A frozen list of words looked up by span without allocating. It keeps its span-keyed lookup, which
/// <see cref="SpanLookup"/> asks the set for on every call: the bylines of a page look up thousands of words.
/// </summary>
internal sealed class WordList
{
    // Longer "words" are never in a word list; skipping them also bounds the .NET 8 copy.
    private const int MaxWordLength = 40;

#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#else
    private readonly FrozenSet<string> _words;
#endif

    public WordList(IEnumerable<string> words, StringComparer comparer)
    {
        FrozenSet<string> set = words.ToFrozenSet(comparer);
#if NET9_0_OR_GREATER
        _bySpan = set.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _words = set;
#endif
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return false;
        }
#if NET9_0_OR_GREATER
        return _bySpan.Contains(word);
#else
        return _words.Contains(word.ToString());
#endif
    }
}
