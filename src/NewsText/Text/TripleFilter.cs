using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsText.Text;

/// <summary>
/// The first look of <see cref="PhraseSet"/> where AVX2 is there: eight places at a time, it tells those whose first
/// three characters may start a phrase. It may say yes wrongly, never no; the phrase set then looks at those places
/// as it would at any other.
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
/// </remarks>
internal sealed class TripleFilter
{
    /// <summary>How many places one look covers.</summary>
    public const int Width = 8;

    /// <summary>How many characters one look reads: its places and the two characters after the last one.</summary>
    public const int Reach = Width + 2;

    private const uint FirstMultiplier = 2654435769u;
    private const uint SecondMultiplier = 2246822519u;

    private readonly Vector256<uint> _firstTable;
    private readonly Vector256<uint> _secondTable;

    private TripleFilter(Vector256<uint> firstTable, Vector256<uint> secondTable)
    {
        _firstTable = firstTable;
        _secondTable = secondTable;
    }

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

        Span<uint> first = stackalloc uint[Vector256<uint>.Count];
        Span<uint> second = stackalloc uint[Vector256<uint>.Count];
        first.Clear();
        second.Clear();
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
        }

        return new TripleFilter(Vector256.Create<uint>(first), Vector256.Create<uint>(second));
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
}
