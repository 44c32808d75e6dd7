namespace NewsText.Text;

/// <summary>
/// Counts how often each 32-bit hash occurs: an open-addressing table in pooled slots (<see cref="PooledSlots"/>), so
/// counting is linear in the number of hashes and allocates nothing once the pool is warm.
/// </summary>
internal ref struct HashCounts
{
    // Each slot packs the hash (high half) and its count (low half), which is never zero.
    private PooledSlots _slots;

    /// <summary>A table for <paramref name="capacity"/> distinct hashes; it grows if given more.</summary>
    public HashCounts(int capacity) => _slots = new PooledSlots(capacity);

    /// <summary>Counts <paramref name="hash"/> once more, and returns how often it has been counted.</summary>
    public int Add(int hash)
    {
        int slot = _slots.Find(hash);
        long entry = _slots.Slots[slot];
        if (entry == 0)
        {
            _slots.Fill(slot, ((long)hash << 32) | 1u);
            return 1;
        }

        int count = (int)entry + 1;
        _slots.Slots[slot] = ((long)hash << 32) | (uint)count;
        return count;
    }

    public readonly int Count(int hash) => (int)_slots.Slots[_slots.Find(hash)];

    public readonly void Dispose() => _slots.Return();
}
