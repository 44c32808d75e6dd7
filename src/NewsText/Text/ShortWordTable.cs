using System.Runtime.CompilerServices;

namespace NewsText.Text;

/// <summary>
/// The words of up to eight plain ASCII characters of an <see cref="AsciiWordTable"/>, by their key, in a cuckoo
/// table: each key sits in one of two slots, so a look-up reads both and compares, with no probe loop and no branch on
/// whether the word is there. Attribution looks up nearly every word of the body, most of them short, and about half
/// of them are in no list: a linear probe's loop mispredicted on most of those.
/// </summary>
internal sealed class ShortWordTable
{
    /// <summary>The longest word the table holds.</summary>
    public const int MaxLength = 8;

    // Two independent odd multipliers give each key its two slots.
    private const ulong FirstMultiplier = 0x9E3779B97F4A7C15UL;
    private const ulong SecondMultiplier = 0xC2B2AE3D27D4EB4FUL;

    // How often an insertion may push a key out to its other slot before the table is made bigger.
    private const int MaxEvictions = 256;

    private readonly Slot[] _slots;
    private readonly int _shift;

    // One bit per key, by a third hash, in 2 KB that stay in the first-level cache where the slots do not: it turns
    // away most words no list holds (rare words, whose slots were cache misses) before either slot is read.
    private const int FilterBits = 14;
    private const ulong FilterMultiplier = 0xD6E8FEB86659FD93UL;
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];

    private readonly record struct Slot(ulong Key, int Value);

    /// <summary>A table of <paramref name="entries"/>: keys made by <see cref="KeyOf"/>, values not zero.</summary>
    public ShortWordTable(IReadOnlyCollection<(ulong Key, int Value)> entries)
    {
        foreach ((ulong key, _) in entries)
        {
            int bit = FilterBit(key);
            _filter[bit >> 6] |= 1UL << bit;
        }

        // At most a quarter full, where insertions into two-choice cuckoo tables rarely need many evictions.
        int bits = 3;
        while (1 << bits < entries.Count * 4)
        {
            bits++;
        }

        while (true)
        {
            _slots = new Slot[1 << bits];
            _shift = 64 - bits;
            if (entries.All(entry => TryInsert(new Slot(entry.Key, entry.Value))))
            {
                return;
            }

            bits++;
        }
    }

    /// <summary>
    /// The key of a word of <paramref name="length"/> (1 to 8) characters given as its lower-cased bytes, first in the
    /// lowest byte, the bytes past it zero.
    /// </summary>
    /// <remarks>
    /// ASCII leaves the top bit of every byte clear: setting it in the last character's byte makes the key say the
    /// length as well, so "a" and "a\0" differ and no key is zero, the mark of an empty slot.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KeyOf(ulong lowerBytes, int length) => lowerBytes | (0x80UL << ((length - 1) * 8));

    /// <summary>The value of <paramref name="key"/>, or zero when the table does not hold it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ValueOf(ulong key)
    {
        int bit = FilterBit(key);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return 0;
        }

        Slot first = _slots[FirstSlot(key)];
        Slot second = _slots[SecondSlot(key)];
        return (first.Key == key ? first.Value : 0) | (second.Key == key ? second.Value : 0);
    }

    private static int FilterBit(ulong key) => (int)((key * FilterMultiplier) >> (64 - FilterBits));

    private int FirstSlot(ulong key) => (int)((key * FirstMultiplier) >> _shift);

    private int SecondSlot(ulong key) => (int)((key * SecondMultiplier) >> _shift);

    private bool TryInsert(Slot entry)
    {
        // A key already in the table takes the new value, as a word given twice ignoring case does.
        foreach (int slot in (ReadOnlySpan<int>)[FirstSlot(entry.Key), SecondSlot(entry.Key)])
        {
            if (_slots[slot].Key == entry.Key)
            {
                _slots[slot] = entry;
                return true;
            }
        }

        int at = FirstSlot(entry.Key);
        for (int evictions = 0; evictions < MaxEvictions; evictions++)
        {
            (entry, _slots[at]) = (_slots[at], entry);
            if (entry.Key == 0)
            {
                return true;
            }

            // The key pushed out moves to its other slot.
            at = at == FirstSlot(entry.Key) ? SecondSlot(entry.Key) : FirstSlot(entry.Key);
        }

        return false;
    }
}
