using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsText.Text;

/// <summary>
/// The first look of <see cref="PhraseSet"/> where AVX2 is there: eight places at a time, it tells those whose first
/// three characters may start a phrase (sixteen places at a time and four characters, see <see cref="WideHits"/>). It
/// may say yes wrongly, never no; the phrase set then looks at those places as it would at any other.
/// </summary>
/// <remarks>
/// <para>
/// Each of two 256-bit tables has one bit for each phrase's first three characters under its own hash, and a place
/// passes when both bits are set. A table fits one register, so looking a place's bit up is one permute and one shift
/// in each lane, where a gather from the phrase set's larger table costs more than the scalar loop saves.
/// </para>
/// <para>
/// Characters are keyed by setting their 0x20 bit and nothing else: that is what ignoring ASCII case does to a
/// letter, and it merges nothing that the phrase set tells apart except by adding places that fail later.
/// </para>
/// <para>
/// Where 512-bit vectors are fast and every phrase has four characters or more, a wider look keys each place on its
/// first four characters, in tables of 512 bits (one 512-bit register each). Phrases that start like common words
/// ("all", "not", "you", "use", "con") pass a look at three characters at about one place in sixty of news text, and
/// each such place costs a comparison; four characters ("all ", "not ") let a third as many through.
/// </para>
/// </remarks>
internal sealed class TripleFilter
{
    /// <summary>How many places one look covers.</summary>
    public const int Width = 8;

    /// <summary>How many characters one look reads: its places and the two characters after the last one.</summary>
    public const int Reach = Width + 2;

    /// <summary>How many places one <see cref="WideHits"/> look covers.</summary>
    public const int WideWidth = 16;

    /// <summary>How many characters one <see cref="WideHits"/> look reads: its places and the three after the last one.</summary>
    public const int WideReach = WideWidth + 3;

    private const uint FirstMultiplier = 2654435769u;
    private const uint SecondMultiplier = 2246822519u;

    private readonly Vector256<uint> _firstTable;
    private readonly Vector256<uint> _secondTable;

    private readonly Vector512<uint> _firstWideTable;
    private readonly Vector512<uint> _secondWideTable;

    private TripleFilter(Vector256<uint> firstTable, Vector256<uint> secondTable, Vector512<uint> firstWideTable, Vector512<uint> secondWideTable, bool isWide)
    {
        _firstTable = firstTable;
        _secondTable = secondTable;
        _firstWideTable = firstWideTable;
        _secondWideTable = secondWideTable;
        IsWide = isWide;
    }

    /// <summary>
    /// Whether <see cref="WideHits"/> may be used: where AVX-512 is there, the runtime deems 512-bit vectors fast (it
    /// does not on processors that slow down for them) and every phrase has four characters or more.
    /// </summary>
    public bool IsWide { get; }

    /// <summary>
    /// The filter for <paramref name="phrases"/>, or null where AVX2 is missing or a phrase has fewer than three
    /// characters (any third character would do for it, and it would fill the tables).
    /// </summary>
    public static TripleFilter? TryCreate(IReadOnlyList<string> phrases)
    {
        if (!Avx2.IsSupported)
        {
            return null;
        }

        bool isWide = Avx512F.IsSupported && Vector512.IsHardwareAccelerated;
        foreach (string phrase in phrases)
        {
            isWide &= phrase.Length >= 4;
        }

        Span<uint> first = stackalloc uint[Vector256<uint>.Count];
        Span<uint> second = stackalloc uint[Vector256<uint>.Count];
        Span<uint> firstWide = stackalloc uint[Vector512<uint>.Count];
        Span<uint> secondWide = stackalloc uint[Vector512<uint>.Count];
        first.Clear();
        second.Clear();
        firstWide.Clear();
        secondWide.Clear();
        foreach (string phrase in phrases)
        {
            if (phrase.Length < 3)
            {
                return null;
            }

            uint triple = Triple(Key(phrase[0]), Key(phrase[1]), Key(phrase[2]));
            uint h = (triple * FirstMultiplier) >> 24;
            first[(int)(h >> 5)] |= 1u << (int)h;
            h = (triple * SecondMultiplier) >> 24;
            second[(int)(h >> 5)] |= 1u << (int)h;
            if (!isWide)
            {
                continue;
            }

            uint quad = Quad(triple, Key(phrase[3]));
            h = (quad * FirstMultiplier) >> 23;
            firstWide[(int)(h >> 5)] |= 1u << (int)h;
            h = (quad * SecondMultiplier) >> 23;
            secondWide[(int)(h >> 5)] |= 1u << (int)h;
        }

        return new TripleFilter(
            Vector256.Create<uint>(first), Vector256.Create<uint>(second), Vector512.Create<uint>(firstWide), Vector512.Create<uint>(secondWide), isWide);
    }

    /// <summary>
    /// A bit for each of the <see cref="Width"/> places from <paramref name="at"/> that may start a phrase; the
    /// <see cref="Reach"/> characters from <paramref name="at"/> lie in <paramref name="text"/>.
    /// </summary>
    public uint Hits(ReadOnlySpan<char> text, int at)
    {
        Debug.Assert(at >= 0 && at + Reach <= text.Length);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector256<uint> triples = Triple(
            Keys(Vector128.LoadUnsafe(ref chars, (nuint)at)),
            Keys(Vector128.LoadUnsafe(ref chars, (nuint)at + 1)),
            Keys(Vector128.LoadUnsafe(ref chars, (nuint)at + 2)));
        Vector256<uint> both = Bits(_firstTable, triples * FirstMultiplier) & Bits(_secondTable, triples * SecondMultiplier);
        // Each lane's lowest bit tells; moved to the top, the lanes' top bits are the answer.
        return (both << 31).ExtractMostSignificantBits();
    }

    /// <summary>
    /// A bit for each of the <see cref="WideWidth"/> places from <paramref name="at"/> whose first four characters may
    /// start a phrase; the <see cref="WideReach"/> characters from <paramref name="at"/> lie in
    /// <paramref name="text"/>, and <see cref="IsWide"/> holds.
    /// </summary>
    public uint WideHits(ReadOnlySpan<char> text, int at)
    {
        Debug.Assert(IsWide && at >= 0 && at + WideReach <= text.Length);
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        Vector512<uint> quads = Quad(
            Triple(
                WideKeys(Vector256.LoadUnsafe(ref chars, (nuint)at)),
                WideKeys(Vector256.LoadUnsafe(ref chars, (nuint)at + 1)),
                WideKeys(Vector256.LoadUnsafe(ref chars, (nuint)at + 2))),
            WideKeys(Vector256.LoadUnsafe(ref chars, (nuint)at + 3)));
        Vector512<uint> both = WideBits(_firstWideTable, quads * FirstMultiplier) & WideBits(_secondWideTable, quads * SecondMultiplier);
        return (uint)(both << 31).ExtractMostSignificantBits();
    }

    /// <summary>
    /// <see cref="Bits"/> for a 512-bit table: the top nine bits of a hash pick the bit, the top four of them its
    /// 32-bit word.
    /// </summary>
    private static Vector512<uint> WideBits(Vector512<uint> table, Vector512<uint> hashes) =>
        Avx512F.ShiftRightLogicalVariable(Avx512F.PermuteVar16x32(table, hashes >> 28), (hashes >> 23) & Vector512.Create(31u));

    private static Vector512<uint> WideKeys(Vector256<ushort> chars) => Avx512F.ConvertToVector512UInt32(chars) | Vector512.Create(0x20u);

    /// <summary>
    /// The table bit of each lane, in its lowest bit: the top eight bits of a hash pick one of the table's 256 bits,
    /// the top three of them its 32-bit word (the only index bits the permute reads) and the next five the bit.
    /// </summary>
    private static Vector256<uint> Bits(Vector256<uint> table, Vector256<uint> hashes) =>
        Avx2.ShiftRightLogicalVariable(Avx2.PermuteVar8x32(table, hashes >> 29), (hashes >> 24) & Vector256.Create(31u));

    private static Vector256<uint> Keys(Vector128<ushort> chars) => Avx2.ConvertToVector256Int32(chars).AsUInt32() | Vector256.Create(0x20u);

    private static uint Key(char c) => (uint)(c | 0x20);

    private static uint Triple(uint first, uint second, uint third) => (first << 14) ^ (second << 7) ^ third;

    private static Vector256<uint> Triple(Vector256<uint> first, Vector256<uint> second, Vector256<uint> third) =>
        (first << 14) ^ (second << 7) ^ third;

    private static Vector512<uint> Triple(Vector512<uint> first, Vector512<uint> second, Vector512<uint> third) =>
        (first << 14) ^ (second << 7) ^ third;

    private static uint Quad(uint triple, uint fourth) => (triple << 7) ^ fourth;

    private static Vector512<uint> Quad(Vector512<uint> triple, Vector512<uint> fourth) => (triple << 7) ^ fourth;
}
