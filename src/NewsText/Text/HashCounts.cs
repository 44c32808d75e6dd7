using System.Buffers;
using System.Numerics;

namespace NewsText.Text;

/// <summary>
/// Counts how often each 32-bit hash occurs: an open-addressing table in one rented array, so counting is linear in
/// the number of hashes and allocates nothing once the pool is warm. Holds at most the capacity it was made with.
/// </summary>
internal readonly ref struct HashCounts
{
    // Each slot packs the hash (high half) and its count (low half); a count of zero marks an empty slot.
    private readonly long[] _slots;
    private readonly int _mask;

    public HashCounts(int capacity)
    {
        // At most half full, so that probe runs stay short.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = ArrayPool<long>.Shared.Rent(size);
        Array.Clear(_slots, 0, size);
        _mask = size - 1;
    }

    /// <summary>Counts <paramref name="hash"/> once more, and returns how often it has been counted.</summary>
    public int Add(int hash)
    {
        ref long slot = ref SlotOf(hash);
        int count = (int)slot + 1;
        slot = ((long)hash << 32) | (uint)count;
        return count;
    }

    public int Count(int hash) => (int)SlotOf(hash);

    public void Dispose() => ArrayPool<long>.Shared.Return(_slots);

    private ref long SlotOf(int hash)
    {
        // Fibonacci hashing spreads hashes that differ only in their high bits.
        int i = (int)(((uint)hash * 2654435769u) >> 8) & _mask;
        while ((int)_slots[i] != 0 && (int)(_slots[i] >> 32) != hash)
        {
            i = (i + 1) & _mask;
        }

        return ref _slots[i];
    }
}
