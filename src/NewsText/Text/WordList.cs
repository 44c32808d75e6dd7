using System.Collections.Frozen;

namespace NewsText.Text;

/// <summary>
/// A frozen list of words looked up by span without allocating: the parser asks several lists about every word of a
/// page, and almost every answer is "no". Spans of a length no entry has are turned away at once; a case-insensitive
/// list of ASCII words answers from its <see cref="AsciiWordTable"/>, and only words the table cannot rule on reach
/// the frozen set's own (span-keyed) lookup.
/// </summary>
internal sealed class WordList
{
    // The shortest and longest entry: a span of another length is not looked up (most lines are longer than any name).
    private readonly int _minLength;
    private readonly int _maxLength;
    private readonly AsciiWordTable? _ascii;

    private readonly FrozenSet<string> _words;
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    public WordList(IEnumerable<string> words, StringComparer comparer)
    {
        FrozenSet<string> set = words.ToFrozenSet(comparer);
        _words = set;
        _minLength = Math.Max(1, set.Min(w => w.Length));
        _maxLength = set.Max(w => w.Length);
        // Only ordinal case-insensitive lists follow the table's rules; others keep the set's lookup alone.
        _ascii = ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase) ? AsciiWordTable.TryCreate(set) : null;
#if NET9_0_OR_GREATER
        _bySpan = set.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    public int Count => _words.Count;

    /// <summary>The entries, as given.</summary>
    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < _minLength || word.Length > _maxLength)
        {
            return false;
        }

        if (_ascii?.Contains(word) is bool answer)
        {
            return answer;
        }
#if NET9_0_OR_GREATER
        return _bySpan.Contains(word);
#else
        return _words.Contains(word.ToString());
#endif
    }
}
