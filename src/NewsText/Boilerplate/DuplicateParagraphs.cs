using System.Buffers;
using System.Numerics;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Finds body paragraphs that loosely repeat an earlier one. Hashing every paragraph in full was a large share of
/// the body pass, yet two paragraphs rarely share their first words: each is hashed by its opening letters only, and
/// the full hash is taken just for paragraphs whose opening an earlier paragraph shares. Every paragraph is hashed in
/// full at most once, so a page of paragraphs that all open alike stays linear. Pooled tables; allocates nothing.
/// </summary>
internal readonly ref struct DuplicateParagraphs
{
    // About five words: enough to tell apart nearly all paragraphs that differ, and a pair that opens alike costs only
    // their full hashes, never a wrong answer. Twice as many letters made the body pass a third slower.
    private const int OpeningKeys = 24;

    // A slot packs the opening hash (high half) and, in the low half, 1 + the index of the first paragraph with that
    // opening while its full hash is not yet counted, or Counted after; zero marks an empty slot.
    private const int Counted = int.MaxValue;

    private readonly long[] _openings;
    private readonly int _mask;
    private readonly HashCounts _fullHashes;

    public DuplicateParagraphs(int capacity)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _openings = ArrayPool<long>.Shared.Rent(size);
        Array.Clear(_openings, 0, size);
        _mask = size - 1;
        _fullHashes = new HashCounts(capacity);
    }

    /// <summary>
    /// Whether block <paramref name="index"/> repeats a block passed to this method before and not found a repeat;
    /// otherwise remembers it.
    /// </summary>
    public bool IsRepeat(string text, ReadOnlySpan<BlockInfo> blocks, int index)
    {
        ReadOnlySpan<char> span = blocks[index].Block.Slice(text);
        int opening = LooseText.OpeningHash(span, OpeningKeys);
        ref long slot = ref SlotOf(opening);
        if ((int)slot == 0)
        {
            slot = ((long)opening << 32) | (uint)(index + 1);
            return false;
        }

        if ((int)slot != Counted)
        {
            // The first paragraph with this opening now has company: its full hash joins the count.
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
        ArrayPool<long>.Shared.Return(_openings);
        _fullHashes.Dispose();
    }

    private ref long SlotOf(int hash)
    {
        int i = (int)(((uint)hash * 2654435769u) >> 8) & _mask;
        while ((int)_openings[i] != 0 && (int)(_openings[i] >> 32) != hash)
        {
            i = (i + 1) & _mask;
        }

        return ref _openings[i];
    }
}
