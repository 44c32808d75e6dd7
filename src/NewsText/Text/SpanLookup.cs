using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NewsText.Text;

/// <summary>
/// Looks words up in frozen word lists and string-keyed dictionaries without allocating a string: through the span-keyed alternate lookup on .NET 9
/// and later, by a short copy on .NET 8, which has none.
/// </summary>
internal static class SpanLookup
{
    // Longer "words" are never in a word list; skipping them also bounds the .NET 8 copy.
    private const int MaxWordLength = 40;

    public static bool ContainsWord(this FrozenSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return false;
        }

        if (TableOf(set)?.Contains(word) is bool answer)
        {
            return answer;
        }
#if NET9_0_OR_GREATER
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        return set.Contains(word.ToString());
#endif
    }

    // The ASCII tables of the case-insensitive sets asked so far (null where a set cannot have one), in slots chosen
    // by the set's identity hash: the word lists are a few static sets, asked about every word. The slots are
    // replaced as a whole, never changed, so that readers on other threads always see a complete array.
    private static (FrozenSet<string> Set, AsciiWordTable? Table)[] s_tables = new (FrozenSet<string>, AsciiWordTable?)[64];
    private static readonly object s_tablesLock = new();

    private static AsciiWordTable? TableOf(FrozenSet<string> set)
    {
        (FrozenSet<string> Set, AsciiWordTable? Table)[] tables = Volatile.Read(ref s_tables);
        int slot = RuntimeHelpers.GetHashCode(set) & (tables.Length - 1);
        while (tables[slot].Set is FrozenSet<string> known)
        {
            if (ReferenceEquals(known, set))
            {
                return tables[slot].Table;
            }

            slot = (slot + 1) & (tables.Length - 1);
        }

        return AddTable(set);
    }

    private static AsciiWordTable? AddTable(FrozenSet<string> set)
    {
        lock (s_tablesLock)
        {
            (FrozenSet<string> Set, AsciiWordTable? Table)[] tables = s_tables;
            int count = 0;
            foreach ((FrozenSet<string> known, AsciiWordTable? table) in tables)
            {
                if (ReferenceEquals(known, set))
                {
                    return table;
                }

                count += known is null ? 0 : 1;
            }

            // Only ordinal case-insensitive sets follow the table's rules; others keep their own lookup.
            AsciiWordTable? created = ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase) ? AsciiWordTable.TryCreate(set) : null;
            var grown = new (FrozenSet<string> Set, AsciiWordTable? Table)[count * 4 >= tables.Length ? tables.Length * 2 : tables.Length];
            foreach ((FrozenSet<string> known, AsciiWordTable? table) in tables)
            {
                if (known is not null)
                {
                    Place(grown, known, table);
                }
            }

            Place(grown, set, created);
            Volatile.Write(ref s_tables, grown);
            return created;
        }
    }

    private static void Place((FrozenSet<string> Set, AsciiWordTable? Table)[] tables, FrozenSet<string> set, AsciiWordTable? table)
    {
        int slot = RuntimeHelpers.GetHashCode(set) & (tables.Length - 1);
        while (tables[slot].Set is not null)
        {
            slot = (slot + 1) & (tables.Length - 1);
        }

        tables[slot] = (set, table);
    }

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
