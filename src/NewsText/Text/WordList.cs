using System.Collections.Frozen;

namespace NewsText.Text;

/// <summary>
/// A frozen list of words looked up by span without allocating. It keeps its span-keyed lookup, which
/// <see cref="SpanLookup"/> asks the set for on every call, and turns away spans of a length no entry has: the
/// bylines of a page look up thousands of words.
/// </summary>
internal sealed class WordList
{
    // The shortest and longest entry: a span of another length is not looked up (most lines are longer than any name).
    private readonly int _minLength;
    private readonly int _maxLength;

#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#else
    private readonly FrozenSet<string> _words;
#endif

    public WordList(IEnumerable<string> words, StringComparer comparer)
    {
        FrozenSet<string> set = words.ToFrozenSet(comparer);
        _minLength = Math.Max(1, set.Min(w => w.Length));
        _maxLength = set.Max(w => w.Length);
#if NET9_0_OR_GREATER
        _bySpan = set.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _words = set;
#endif
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < _minLength || word.Length > _maxLength)
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
