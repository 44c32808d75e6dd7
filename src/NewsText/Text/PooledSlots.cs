using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NewsText.Text;

/// <summary>
/// The slots of an open-addressing table of 64-bit entries, each with its key in the high half and something other
/// than zero in the low half, so that zero marks an empty slot. Rented from the pool, a power of two of them, and
/// doubled when half full, so that probe runs stay short. A table starts at the room its caller foresees, but no
/// larger than <see cref="MaxFirstSize"/>, and grows with what it holds: sized for every block of a large input, a
/// table of the few texts a page repeats was cleared in full and read from memory, not from the cache.
/// </summary>
/// <remarks>
/// A mutable struct: keep one copy of it, a field or a local passed on by reference. A copy that grows gives its old
/// slots back to the pool while the original still reads them.
/// </remarks>
internal struct PooledSlots
{
    /// <summary>The most slots a table starts with: 4,096, 32 KB.</summary>
    public const int MaxFirstSize = 1 << 12;

    private long[] _slots;
    private int _mask;
    private int _shift;
    private int _count;

    /// <summary>Rents the slots of a table for <paramref name="capacity"/> entries, or room to start with for more.</summary>
    public PooledSlots(int capacity)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(capacity * 2L, 16, MaxFirstSize));
        _slots = Rent(size);
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
        _count = 0;
    }

    /// <summary>
    /// The slots, until the next <see cref="Fill"/>: the first <see cref="Mask"/> + 1 are the table's. An entry may be
    /// rewritten in place with one of the same key.
    /// </summary>
    public readonly long[] Slots => _slots;

    /// <summary>The table's slot count less one: the slot after slot i is (i + 1) &amp; Mask.</summary>
    public readonly int Mask => _mask;

    /// <summary>The first slot to look at for <paramref name="key"/>: Fibonacci hashing spreads keys that differ only in their high bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Home(int key) => (int)(((uint)key * 2654435769u) >> _shift);

    /// <summary>The slot that holds <paramref name="key"/>, or the empty slot where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Find(int key)
    {
        long[] slots = _slots;
        int mask = _mask;
        int slot = Home(key);
        for (long entry; (entry = slots[slot]) != 0 && (int)(entry >> 32) != key;)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>
    /// Puts <paramref name="entry"/> in the empty <paramref name="slot"/>. When that makes the table half full, it
    /// doubles, and every entry moves: a slot found before, and the slots array, are no longer the table's.
    /// </summary>
    public void Fill(int slot, long entry)
    {
        _slots[slot] = entry;
        if (++_count > (_mask + 1) / 2)
        {
            Grow();
        }
    }

    /// <summary>Gives the slots back to the pool; the table is not used again.</summary>
    public readonly void Return() => ArrayPool<long>.Shared.Return(_slots);

    private static long[] Rent(int size)
    {
        long[] slots = ArrayPool<long>.Shared.Rent(size);
        Array.Clear(slots, 0, size);
        return slots;
    }

    private void Grow()
    {
        long[] old = _slots;
        int oldSize = _mask + 1;
        _slots = Rent(oldSize * 2);
        _mask = (oldSize * 2) - 1;
        _shift--;
        foreach (long entry in old.AsSpan(0, oldSize))
        {
            if (entry != 0)
            {
                _slots[Find((int)(entry >> 32))] = entry;
            }
        }

        ArrayPool<long>.Shared.Return(old);
    }
}
