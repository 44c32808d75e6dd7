using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Finds body paragraphs that loosely repeat an earlier one. Hashing every paragraph in full was a large share of
/// the body pass, yet two paragraphs rarely have as many letters and digits: each is first sorted by that count, which
/// its features hold already, and the full hash is taken just for paragraphs whose count an earlier paragraph shares.
/// Every paragraph is hashed in full at most once, so a page of paragraphs that all count alike stays linear. Pooled
/// tables; allocates nothing.
/// </summary>
/// <remarks>
/// A hash of the first five words sorted the paragraphs before: nearly as selective, but reading those words, a
/// character at a time, cost more than all the full hashes it spared.
/// </remarks>
internal readonly ref struct DuplicateParagraphs
{
    // A slot packs the count of letters and digits (high half) and, in the low half, 1 + the index of the first
    // paragraph with that count while its full hash is not yet counted, or Counted after; zero marks an empty slot.
    private const int Counted = int.MaxValue;

    private readonly PooledSlots _openings;
    private readonly HashCounts _fullHashes;

    public DuplicateParagraphs(int capacity)
    {
        _openings = new PooledSlots(capacity);
        _fullHashes = new HashCounts(capacity);
    }

    /// <summary>
    /// Whether block <paramref name="index"/> repeats a block passed to this method before and not found a repeat;
    /// otherwise remembers it.
    /// </summary>
    public bool IsRepeat(string text, ReadOnlySpan<BlockInfo> blocks, int index)
    {
        ReadOnlySpan<char> span = blocks[index].Block.Slice(text);
        // Loosely equal paragraphs have as many letters and digits.
        int opening = blocks[index].Features.LooseKeys;
        ref long slot = ref SlotOf(opening);
        if ((int)slot == 0)
        {
            slot = ((long)opening << 32) | (uint)(index + 1);
            return false;
        }

        if ((int)slot != Counted)
        {
            // The first paragraph with this count now has company: its full hash joins the count.
            _fullHashes.Add(LooseText.Hash(blocks[(int)slot - 1].Block.Slice(text)));
            slot = ((long)opening << 32) | (uint)Counted;
        }

        int full = LooseText.Hash(span);
        if (_fullHashes.Count(full) > 0)
        {
            return true;
        }

        _fullHashes.Add(full);
        return false;
    }

    public void Dispose()
    {
        _openings.Return();
        _fullHashes.Dispose();
    }

    private ref long SlotOf(int hash)
    {
        long[] slots = _openings.Slots;
        int mask = _openings.Mask;
        int i = (int)(((uint)hash * 2654435769u) >> 8) & mask;
        while ((int)slots[i] != 0 && (int)(slots[i] >> 32) != hash)
        {
            i = (i + 1) & mask;
        }

        return ref slots[i];
    }
}
