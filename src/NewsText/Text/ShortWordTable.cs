using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsText.Text;

/// <summary>
/// The words of up to eight plain ASCII characters of an <see cref="AsciiWordTable"/>, by their key, in buckets of
/// eight keys (64 bytes, a cache line's size): a look-up reads the one bucket its key hashes to and compares all eight
/// keys at once, with no probe loop and no branch on whether the word is there. Attribution looks up nearly every word
/// of the body, most of them short, and about half of them are in no list: a branch on the answer mispredicted on most
/// of those, and a cuckoo table, where a key sits in one of two slots, read two far-apart slots for every word.
/// </summary>
internal sealed class ShortWordTable
{
    /// <summary>The longest word the table holds.</summary>
    public const int MaxLength = 8;

    private const int BucketKeys = 8;

    // How many multipliers are tried on one bucket count before it is doubled: with two to four keys a bucket on
    // average, the first one nearly always leaves no bucket with more than eight.
    private const int MaxMultipliers = 16;

    // The keys, eight to a bucket, zero in an empty place (no key is zero), and the value of each.
    private readonly ulong[] _keys;
    private readonly int[] _values;

    private readonly ulong _multiplier;
    private readonly int _shift;

    /// <summary>A table of <paramref name="entries"/>: keys made by <see cref="KeyOf"/>, values not zero.</summary>
    public ShortWordTable(IReadOnlyCollection<(ulong Key, int Value)> entries)
    {
        // A key given twice keeps the value given last, as a word given twice ignoring case does.
        var distinct = new Dictionary<ulong, int>(entries.Count);
        foreach ((ulong key, int value) in entries)
        {
            distinct[key] = value;
        }

        // Two to four keys a bucket on average: the keys of the attribution lists then fill 32 KB, which stays in the
        // first-level cache better than the twice as many, half-empty buckets that made an overfull one rarer (A/B
        // attr: 4% faster). At least two buckets: a shift by all 64 bits would shift by none.
        int bits = 1;
        while (1 << bits < distinct.Count / 4)
        {
            bits++;
        }

        ulong multiplier = 0x9E3779B97F4A7C15UL;
        int tried = 1;
        while (!Fits(distinct.Keys, multiplier, 64 - bits))
        {
            multiplier = NextMultiplier(multiplier);
            if (++tried > MaxMultipliers)
            {
                bits++;
                tried = 1;
            }
        }

        _multiplier = multiplier;
        _shift = 64 - bits;
        int places = BucketKeys << bits;
        _keys = new ulong[places];
        _values = new int[places];
        var filled = new int[1 << bits];
        foreach ((ulong key, int value) in distinct)
        {
            int bucket = BucketOf(key);
            int place = bucket * BucketKeys + filled[bucket]++;
            _keys[place] = key;
            _values[place] = value;
        }
    }

    /// <summary>
    /// The key of a word of <paramref name="length"/> (1 to 8) characters given as its lower-cased bytes, first in the
    /// lowest byte, the bytes past it zero.
    /// </summary>
    /// <remarks>
    /// ASCII leaves the top bit of every byte clear: setting it in the last character's byte makes the key say the
    /// length as well, so "a" and "a\0" differ and no key is zero, the mark of an empty place.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong KeyOf(ulong lowerBytes, int length) => lowerBytes | (0x80UL << ((length - 1) * 8));

    /// <summary>The value of <paramref name="key"/>, or zero when the table does not hold it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ValueOf(ulong key) => ValueOf(key, Vector256.IsHardwareAccelerated);

    /// <summary><see cref="ValueOf(ulong)"/> with the keys compared four or two at a time, whichever the machine has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int ValueOf(ulong key, bool wideVectors)
    {
        int place = BucketOf(key) * BucketKeys;
        ref ulong bucket = ref _keys[place];
        uint found;
        if (wideVectors)
        {
            Vector256<ulong> wanted = Vector256.Create(key);
            found = Vector256.Equals(Vector256.LoadUnsafe(ref bucket), wanted).ExtractMostSignificantBits()
                | (Vector256.Equals(Vector256.LoadUnsafe(ref bucket, 4), wanted).ExtractMostSignificantBits() << 4);
        }
        else
        {
            // Arm64 and older x64 have 128-bit vectors only; emulated 256-bit ones would be slower than a loop.
            Vector128<ulong> wanted = Vector128.Create(key);
            found = Vector128.Equals(Vector128.LoadUnsafe(ref bucket), wanted).ExtractMostSignificantBits()
                | (Vector128.Equals(Vector128.LoadUnsafe(ref bucket, 2), wanted).ExtractMostSignificantBits() << 2)
                | (Vector128.Equals(Vector128.LoadUnsafe(ref bucket, 4), wanted).ExtractMostSignificantBits() << 4)
                | (Vector128.Equals(Vector128.LoadUnsafe(ref bucket, 6), wanted).ExtractMostSignificantBits() << 6);
        }

        // With no place found the index is that of the bucket's first place, whose value the mask then clears: a
        // branch on the answer would mispredict on about every other word of a text.
        int value = _values[place + (BitOperations.TrailingZeroCount(found) & (BucketKeys - 1))];
        return value & -(int)((0u - found) >> 31);
    }

    private int BucketOf(ulong key) => (int)((key * _multiplier) >> _shift);

    /// <summary>Whether no bucket gets more than eight of <paramref name="keys"/> hashed with these parameters.</summary>
    private static bool Fits(IEnumerable<ulong> keys, ulong multiplier, int shift)
    {
        var counts = new int[1 << (64 - shift)];
        foreach (ulong key in keys)
        {
            if (++counts[(int)((key * multiplier) >> shift)] > BucketKeys)
            {
                return false;
            }
        }

        return true;
    }

    // Odd multipliers from a fixed sequence, so the same words always give the same table.
    private static ulong NextMultiplier(ulong multiplier) => (multiplier * 0xBF58476D1CE4E5B9UL + 0x94D049BB133111EBUL) | 1;
}
