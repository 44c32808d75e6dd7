using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Text;

/// <summary>
/// The words of up to eight plain ASCII characters of an <see cref="AsciiWordTable"/>, by their key, in buckets of
/// 64 bytes, each on a cache line of its own, that hold seven keys and their values' indexes: a look-up reads the one
/// line its key hashes to and compares all its keys at once, with no probe loop and no branch on whether the word is
/// there. Attribution looks up nearly every word of the body, most of them short, and about half of them are in no
/// list: a branch on the answer mispredicted on most of those, and keys and values in separate arrays, with buckets
/// across two lines, made a look-up wait on up to three cache misses.
/// </summary>
internal sealed class ShortWordTable
{
    /// <summary>The longest word the table holds.</summary>
    public const int MaxLength = 8;

    /// <summary>How many different values a table can hold: the index of a key's value is a byte.</summary>
    public const int MaxValues = 256;

    // A bucket is eight lanes of 64 bits: seven keys, then a lane with the index of each one's value, a byte each.
    private const int BucketKeys = 7;
    private const int BucketLanes = 8;
    private const uint KeyLanes = (1u << BucketKeys) - 1;
    private const int LineBytes = 64;

    // How many multipliers are tried on one bucket count before it is doubled: with two to four keys a bucket on
    // average, a third of them or more leave no bucket with more than seven.
    private const int MaxMultipliers = 16;

    // The buckets, a key zero in an empty place (no key is zero). The first bucket starts at _origin, where the
    // array, which is pinned and so never moves, has a cache line's start.
    private readonly ulong[] _buckets;
    private readonly int _origin;

    // The values, by their index.
    private readonly int[] _values;

    private readonly ulong _multiplier;
    private readonly int _shift;

    /// <summary>
    /// A table of <paramref name="entries"/>: keys made by <see cref="KeyOf"/>, values not zero, at most
    /// <see cref="MaxValues"/> of them different.
    /// </summary>
    public ShortWordTable(IReadOnlyCollection<(ulong Key, int Value)> entries)
    {
        // A key given twice keeps the value given last, as a word given twice ignoring case does.
        var distinct = new Dictionary<ulong, int>(entries.Count);
        foreach ((ulong key, int value) in entries)
        {
            distinct[key] = value;
        }

        var indexes = new Dictionary<int, byte>();
        foreach (int value in distinct.Values)
        {
            if (!indexes.ContainsKey(value))
            {
                if (indexes.Count == MaxValues)
                {
                    throw new ArgumentException($"More than {MaxValues} different values.", nameof(entries));
                }

                indexes[value] = (byte)indexes.Count;
            }
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
        _buckets = GC.AllocateArray<ulong>((BucketLanes << bits) + BucketLanes - 1, pinned: true);
        _origin = (int)((LineBytes - (Marshal.UnsafeAddrOfPinnedArrayElement(_buckets, 0) & (LineBytes - 1))) & (LineBytes - 1)) / sizeof(ulong);
        // Room for every index a byte can give, so even an empty table's look-up reads inside the array.
        _values = new int[MaxValues];
        foreach ((int value, byte index) in indexes)
        {
            _values[index] = value;
        }

        var filled = new int[1 << bits];
        foreach ((ulong key, int value) in distinct)
        {
            int bucket = _origin + BucketOf(key) * BucketLanes;
            int place = filled[BucketOf(key)]++;
            _buckets[bucket + place] = key;
            _buckets[bucket + BucketKeys] |= (ulong)indexes[value] << (place * 8);
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

    /// <summary><see cref="ValueOf(ulong)"/> with the lanes compared four or two at a time, whichever the machine has.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int ValueOf(ulong key, bool wideVectors)
    {
        ref ulong lanes = ref _buckets[_origin + BucketOf(key) * BucketLanes];
        uint found;
        ulong valueIndexes;
        if (wideVectors)
        {
            Vector256<ulong> wanted = Vector256.Create(key);
            Vector256<ulong> high = Vector256.LoadUnsafe(ref lanes, 4);
            found = Vector256.Equals(Vector256.LoadUnsafe(ref lanes), wanted).ExtractMostSignificantBits()
                | (Vector256.Equals(high, wanted).ExtractMostSignificantBits() << 4);
            valueIndexes = high.GetElement(3);
        }
        else
        {
            // Arm64 and older x64 have 128-bit vectors only; emulated 256-bit ones would be slower than a loop.
            Vector128<ulong> wanted = Vector128.Create(key);
            Vector128<ulong> last = Vector128.LoadUnsafe(ref lanes, 6);
            found = Vector128.Equals(Vector128.LoadUnsafe(ref lanes), wanted).ExtractMostSignificantBits()
                | (Vector128.Equals(Vector128.LoadUnsafe(ref lanes, 2), wanted).ExtractMostSignificantBits() << 2)
                | (Vector128.Equals(Vector128.LoadUnsafe(ref lanes, 4), wanted).ExtractMostSignificantBits() << 4)
                | (Vector128.Equals(last, wanted).ExtractMostSignificantBits() << 6);
            valueIndexes = last.GetElement(1);
        }

        // The lane of value indexes is no key, whatever it happens to equal.
        found &= KeyLanes;

        // With no key found the index is the first place's, whose value the mask then clears: a branch on the answer
        // would mispredict on about every other word of a text.
        int place = BitOperations.TrailingZeroCount(found) & (BucketLanes - 1);
        int value = _values[(byte)(valueIndexes >> (place * 8))];
        return value & -(int)((0u - found) >> 31);
    }

    private int BucketOf(ulong key) => (int)((key * _multiplier) >> _shift);

    /// <summary>Whether no bucket gets more than seven of <paramref name="keys"/> hashed with these parameters.</summary>
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
