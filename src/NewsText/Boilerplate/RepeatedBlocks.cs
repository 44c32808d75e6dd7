using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Finds, for a short block, an earlier block of the page with the same text: pages print their menu items, share
/// bars and labels again and again ("Reply", "Share", "Home"), some one short block in five, and what the recognisers
/// tell of a block depends on its text alone, so a repeat takes the earlier block's findings instead of being read
/// again. An open-addressing table in pooled slots: linear in the number of blocks, and it allocates nothing
/// once the pool is warm.
/// </summary>
/// <remarks>
/// A block is keyed by its length and its first and last four characters, so that a look reads no more of its text
/// than the one comparison with a block of the same key, and a repeat is spared its features too. Blocks of one key
/// whose texts differ are kept up to <see cref="MaxKeptPerKey"/>, and a look goes <see cref="MaxProbes"/> slots at
/// most: past them a block is read as if it had no repeat, so that no input, however its blocks collide, makes a look
/// cost more.
/// </remarks>
internal ref struct RepeatedBlocks
{
    /// <summary>The longest block looked for: labels and menu items are short, and longer blocks rarely repeat.</summary>
    public const int MaxLength = 60;

    private const int MaxKeptPerKey = 4;
    private const int MaxProbes = 16;

    // Each slot packs a key (high half) and the index of its block plus one (low half); zero marks an empty slot.
    private PooledSlots _table;

    /// <summary>A table for <paramref name="capacity"/> blocks; it grows if given more.</summary>
    public RepeatedBlocks(int capacity) => _table = new PooledSlots(capacity);

    /// <summary>
    /// The index of an earlier block with the text of <paramref name="block"/>, or -1; then the block, which is block
    /// <paramref name="index"/>, is remembered for the blocks after it, if it is short enough and there is room for it.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="block">The block looked for.</param>
    /// <param name="blocks">The blocks before it, the remembered ones among them.</param>
    /// <param name="index">The block's index, after every remembered one.</param>
    public int FindEarlier(string text, Block block, ReadOnlySpan<BlockInfo> blocks, int index)
    {
        if (block.Length is 0 or > MaxLength)
        {
            return -1;
        }

        ReadOnlySpan<char> span = block.Slice(text);
        int key = KeyOf(span);
        long[] slots = _table.Slots;
        int mask = _table.Mask;
        int slot = _table.Home(key);
        int sameKey = 0;
        for (int probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & mask)
        {
            long entry = slots[slot];
            if (entry == 0)
            {
                _table.Fill(slot, ((long)key << 32) | (uint)(index + 1));
                return -1;
            }

            if ((int)(entry >> 32) != key)
            {
                continue;
            }

            int earlier = (int)entry - 1;
            if (span.SequenceEqual(blocks[earlier].Block.Slice(text)))
            {
                return earlier;
            }

            if (++sameKey == MaxKeptPerKey)
            {
                break;
            }
        }

        return -1;
    }

    public readonly void Dispose() => _table.Return();

    /// <summary>
    /// A key that blocks with the same text share: their length and their first and last four characters (all three
    /// characters of a shorter block), mixed by multiplying.
    /// </summary>
    private static int KeyOf(ReadOnlySpan<char> span)
    {
        ref byte first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(span));
        (ulong head, ulong tail) = span.Length >= 4
            ? (Unsafe.ReadUnaligned<ulong>(ref first), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, (span.Length - 4) * sizeof(char))))
            : (span[0] | ((ulong)span[span.Length / 2] << 16) | ((ulong)span[^1] << 32), 0UL);
        // The length goes in before the last multiplication, which carries every bit into the top half kept.
        return (int)((((head * 0x9E3779B97F4A7C15UL) ^ tail ^ (uint)span.Length) * 0xBF58476D1CE4E5B9UL) >> 32);
    }
}
