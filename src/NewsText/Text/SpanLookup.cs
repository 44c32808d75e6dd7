using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace NewsText.Text;

/// <summary>
/// Looks words up in string-keyed dictionaries without allocating a string (word lists are <see cref="WordList"/>):
/// through the span-keyed alternate lookup on .NET 9 and later, by a short copy on .NET 8, which has none.
/// </summary>
internal static class SpanLookup
{
    // Longer "words" are never a dictionary's key; skipping them also bounds the .NET 8 copy.
    private const int MaxWordLength = 40;

    public static bool TryGetWord<TValue>(this FrozenDictionary<string, TValue> dictionary, ReadOnlySpan<char> word, out TValue value)
    {
        if (!word.IsEmpty && word.Length <= MaxWordLength)
        {
#if NET9_0_OR_GREATER
            return dictionary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);
#else
            return dictionary.TryGetValue(word.ToString(), out value!);
#endif
        }

        value = default!;
        return false;
    }

    /// <summary>Looks a span up in a dictionary keyed by ordinal strings.</summary>
    public static bool TryGetBySpan<TValue>(this Dictionary<string, TValue> dictionary, ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
#if NET9_0_OR_GREATER
        return dictionary.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value);
#else
        return dictionary.TryGetValue(key.ToString(), out value);
#endif
    }
}
