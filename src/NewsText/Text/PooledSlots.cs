using System.Buffers;
using System.Numerics;

namespace NewsText.Text;

/// <summary>
/// The slots of an open-addressing table of 64-bit entries, rented from the pool and all zero: a power of two of them,
/// at least twice the entries the table is made for, so that it stays at most half full and its probe runs short.
/// </summary>
internal readonly struct PooledSlots
{
    /// <summary>Rents the slots of a table for up to <paramref name="capacity"/> entries.</summary>
    public PooledSlots(int capacity)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        Slots = ArrayPool<long>.Shared.Rent(size);
        Array.Clear(Slots, 0, size);
        Mask = size - 1;
    }

    /// <summary>The slots: the first <see cref="Mask"/> + 1 are the table's, and a slot's index is a hash masked by it.</summary>
    public long[] Slots { get; }

    public int Mask { get; }

    /// <summary>Gives the slots back to the pool; the table is not used again.</summary>
    public void Return() => ArrayPool<long>.Shared.Return(Slots);
}
