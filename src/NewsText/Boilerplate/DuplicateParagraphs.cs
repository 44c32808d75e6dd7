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
internal ref struct DuplicateParagraphs
{
    // A slot packs the count of letters and digits (high half) and, in the low half, 1 + the index of the first
    // paragraph with that count while its full hash is not yet counted, or Counted after; zero marks an empty slot.
    private const int Counted = int.MaxValue;

    private PooledSlots _openings;
    private HashCounts _fullHashes;

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
        int slot = _openings.Find(opening);
        int first = (int)_openings.Slots[slot];
        if (first == 0)
        {
            _openings.Fill(slot, ((long)opening << 32) | (uint)(index + 1));
            return false;
        }

        if (first != Counted)
        {
            // The first paragraph with this count now has company: its full hash joins the count.
            _fullHashes.Add(LooseText.Hash(blocks[first - 1].Block.Slice(text)));
            _openings.Slots[slot] = ((long)opening << 32) | (uint)Counted;
        }

        int full = LooseText.Hash(span);
        if (_fullHashes.Count(full) > 0)
        {
            return true;
        }

        _fullHashes.Add(full);
        return false;
    }

    public readonly void Dispose()
    {
        _openings.Return();
        _fullHashes.Dispose();
    }
}
