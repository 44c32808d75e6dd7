using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Text;

/// <summary>
/// A case-insensitive table of ASCII words, each with a non-zero value, answering in a few nanoseconds where a frozen
/// set's span lookup pays for a generic virtual call and a comparer check on every word. Attribution asks about every
/// word of the body, and most answers are "no": the lengths present reject most words before any hashing.
/// A word with a non-ASCII character that changes case into ASCII gets no answer (<see cref="ValueOf"/> returns
/// null), so the caller asks the frozen set, whose case rules for such characters stay the only ones.
/// </summary>
internal sealed class AsciiWordTable
{
    // A word's first sixteen characters, lower-cased, a byte each, are its key: a word up to that long compares with
    // two integer comparisons and its length, and no slot points into the heap.
    private const int KeyChars = 16;

    // The words of up to eight characters, most of those looked up; the longer ones are in the slots.
    private readonly ShortWordTable _short;

    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly int _shift;

    // The words longer than a key, by slot, for the characters past it.
    private readonly string?[] _tails;

    // Bit n is set when some word has n characters; words in the lists have at most 63.
    private readonly ulong _lengths;

    // One bit per (length, first, second and last letter) of the words, hashed: rejects most other words of a length
    // the table has without reading more than three characters.
    private readonly ulong[] _outline = new ulong[OutlineBits / 64];

    private const int OutlineBits = 1 << 14;

    private AsciiWordTable(List<(string Word, int Value)> words)
    {
        var shortWords = new List<(ulong Key, int Value)>();
        int longWords = words.Count(entry => entry.Word.Length > ShortWordTable.MaxLength);
        int bits = 3;
        while (1 << bits < longWords * 2)
        {
            bits++;
        }

        _slots = new Slot[1 << bits];
        _tails = new string?[1 << bits];
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        foreach ((string word, int value) in words)
        {
            _lengths |= 1UL << word.Length;
            string lower = word.ToLowerInvariant();
            int outline = Outline(lower[0], lower[Math.Min(1, lower.Length - 1)], lower[^1], lower.Length);
            _outline[outline >> 6] |= 1UL << outline;
            (ulong first8, ulong next8, _) = Key(lower);
            if (lower.Length <= ShortWordTable.MaxLength)
            {
                shortWords.Add((ShortWordTable.KeyOf(first8, lower.Length), value));
                continue;
            }

            int slot = SlotOf(first8, next8, lower.Length);
            while (_slots[slot].Length != 0 && !Holds(slot, first8, next8, lower))
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(first8, next8, lower.Length, value);
            _tails[slot] = lower.Length > KeyChars ? lower : null;
        }

        _short = new ShortWordTable(shortWords);
    }

    private readonly record struct Slot(ulong First8, ulong Next8, int Length, int Value);

    /// <summary>The table for <paramref name="words"/>, or null when one of them is not plain ASCII.</summary>
    public static AsciiWordTable? TryCreate(IEnumerable<string> words) => TryCreate(words.Select(word => (word, 1)));

    /// <summary>
    /// The table of <paramref name="words"/> with their values (not zero, one per word ignoring case, and at most
    /// <see cref="ShortWordTable.MaxValues"/> different among the words of up to eight characters), or null when one of
    /// them is not plain ASCII.
    /// </summary>
    public static AsciiWordTable? TryCreate(IEnumerable<(string Word, int Value)> words)
    {
        var list = new List<(string, int)>();
        foreach ((string word, int value) in words)
        {
            if (word.Length is 0 or >= 64 || !IsAscii(word))
            {
                return null;
            }

            list.Add((word, value));
        }

        return new AsciiWordTable(list);
    }

    /// <summary>Whether the table holds <paramref name="word"/>, ignoring ASCII case; null for a non-ASCII word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool? Contains(ReadOnlySpan<char> word) => ValueOf(word) is int value ? value != 0 : null;

    /// <summary>
    /// The value of <paramref name="word"/>, ignoring ASCII case: zero when the table does not hold it, null for a
    /// non-ASCII word only the frozen set's case rules can decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int? ValueOf(ReadOnlySpan<char> word)
    {
        // Ordinal case-insensitive equality keeps the length, so a length absent from the table is a "no" for any word.
        if ((uint)word.Length >= 64 || (_lengths & (1UL << word.Length)) == 0)
        {
            return 0;
        }

        (char first, char second, char last) = (word[0], word[Math.Min(1, word.Length - 1)], word[^1]);
        if ((first | second | last) <= 0x7F)
        {
            // These three characters are plain ASCII, so any word of the table that matches has them, lower-cased.
            int outline = Outline((char)Lower(first), (char)Lower(second), (char)Lower(last), word.Length);
            if ((_outline[outline >> 6] & (1UL << outline)) == 0)
            {
                return 0;
            }
        }
        else if (!MapsToAscii(first) || !MapsToAscii(second) || !MapsToAscii(last))
        {
            // A Cyrillic or Greek word, say: one character that no case rule takes into ASCII rules out every word.
            return 0;
        }

        return Find(word);
    }

    /// <summary>
    /// The value of the word of <paramref name="length"/> (1 to 8) plain ASCII characters that fill the first lanes of
    /// <paramref name="chars"/> (the lanes after it are ignored), ignoring case: zero when the table does not hold it.
    /// </summary>
    /// <remarks>
    /// For a tokenizer that has the word's characters in a register already: its key is them lower-cased, so the
    /// length and outline filters, which exist to spare building the key, would cost more than the probe they avoid.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ValueOfShort(Vector128<ushort> chars, int length)
    {
        Debug.Assert(length is >= 1 and <= 8);
        ulong lower = LowerBytes(chars) & (ulong.MaxValue >> ((8 - length) * 8));
        return _short.ValueOf(ShortWordTable.KeyOf(lower, length));
    }

    private static int Outline(char first, char second, char last, int length) =>
        (int)(((uint)((((length * 127) + first) * 127 + second) * 127 + last) * 2654435769u) >> (32 - 14));

    private int? Find(ReadOnlySpan<char> word)
    {
        (ulong first8, ulong next8, bool ascii) = Key(word);
        if (!ascii)
        {
            // No word of the table has such a character, and one that no case rule takes into ASCII rules out every
            // word; only a word whose every character might ("ı", "K") is left to the frozen set's rules.
            foreach (char c in word)
            {
                if (!MapsToAscii(c))
                {
                    return 0;
                }
            }

            return null;
        }

        if (word.Length <= ShortWordTable.MaxLength)
        {
            return _short.ValueOf(ShortWordTable.KeyOf(first8, word.Length));
        }

        int slot = SlotOf(first8, next8, word.Length);
        while (_slots[slot].Length != 0)
        {
            if (Holds(slot, first8, next8, word))
            {
                return _slots[slot].Value;
            }

            slot = (slot + 1) & _mask;
        }

        return 0;
    }

    private bool Holds(int slot, ulong first8, ulong next8, ReadOnlySpan<char> word)
    {
        Slot entry = _slots[slot];
        return entry.First8 == first8 && entry.Next8 == next8 && entry.Length == word.Length
            && (word.Length <= KeyChars || EqualsLower(word[KeyChars..], _tails[slot].AsSpan(KeyChars)));
    }

    private int SlotOf(ulong first8, ulong next8, int length) =>
        (int)(((first8 ^ (next8 * 0x9E3779B97F4A7C15UL) ^ (uint)length) * 0xBF58476D1CE4E5B9UL) >> _shift);

    /// <summary>The first sixteen characters of a word, lower-cased, a byte each, and whether it is all ASCII.</summary>
    private static (ulong First8, ulong Next8, bool Ascii) Key(ReadOnlySpan<char> word)
    {
        // Two overlapping loads cover any word of four to sixteen characters without a loop, whose exit on a word's
        // length the branch predictor misses on nearly every word; an overlapped character lands on the same byte in
        // both halves, so OR-ing or shifting them together builds the same key the character loop did.
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(word));
        int length = word.Length;
        if (length >= 8)
        {
            Vector128<ushort> head = Vector128.LoadUnsafe(ref chars);
            Vector128<ushort> rest = Vector128.LoadUnsafe(ref chars, (nuint)(length <= KeyChars ? length - 8 : 8));
            ulong next8 = length > KeyChars ? LowerBytes(rest) : length > 8 ? LowerBytes(rest) >> ((KeyChars - length) * 8) : 0;
            bool ascii = IsAscii(head | rest) && (length <= KeyChars || System.Text.Ascii.IsValid(word[KeyChars..]));
            return (LowerBytes(head), next8, ascii);
        }

        if (length >= 4)
        {
            ulong front = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref chars));
            ulong back = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref chars, length - 4)));
            Vector128<ushort> both = Vector128.Create(front, back).AsUInt16();
            ulong bytes = LowerBytes(both);
            return ((uint)bytes | ((bytes >> 32) << ((length - 4) * 8)), 0, IsAscii(both));
        }

        ulong first8 = 0;
        uint all = 0;
        for (int i = 0; i < length; i++)
        {
            all |= word[i];
            first8 |= (ulong)Lower(word[i]) << (i * 8);
        }

        return (first8, 0, all <= 0x7F);
    }

    /// <summary>Eight characters lower-cased, a byte each (what a non-ASCII one gives does not matter: no key has it).</summary>
    private static ulong LowerBytes(Vector128<ushort> chars)
    {
        Vector128<ushort> upper = Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
        Vector128<ushort> lower = chars | (upper & Vector128.Create((ushort)0x20));
        return Vector128.Narrow(lower, lower).AsUInt64().ToScalar();
    }

    private static bool IsAscii(Vector128<ushort> chars) => (chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;

    private static bool EqualsLower(ReadOnlySpan<char> word, ReadOnlySpan<char> lower)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (Lower(word[i]) != lower[i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Lower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)(c | 0x20) : c;

    // Whether c is ASCII or might equal an ASCII character ignoring case. Only four characters have a case mapping into
    // ASCII in Unicode ("İ", "ı", "ſ", the Kelvin sign); they are left to the frozen set, whose rules stay the only ones
    // for them. Any other letter ("é", "ü", "ć") never equals an ASCII one ignoring case, so it rules a word out at
    // once: asking each list's frozen set instead cost more than the rest of the word's classification, and names in
    // European languages are common in news.
    private static bool MapsToAscii(char c) => c <= '\u007F' || c is '\u0130' or '\u0131' or '\u017F' or '\u212A';

    private static bool IsAscii(string word)
    {
        foreach (char c in word)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
