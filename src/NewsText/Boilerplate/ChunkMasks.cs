using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsText.Boilerplate;

/// <summary>
/// Which of thirty-two characters fall in each class <see cref="BlockCounts"/> counts, a bit per character: bit n is
/// the character n places on. The ASCII classes are told by the character's low byte, and hold only for the characters
/// outside <see cref="NonAscii"/>; the Cyrillic ones are looked at only when a character is outside ASCII.
/// </summary>
/// <remarks>
/// Where 256-bit vectors are fast, the thirty-two characters are read in two loads, and a test of them is a compare and
/// one mask; elsewhere (ARM64, for one) as two halves of sixteen in 128-bit vectors. Sixteen characters a chunk cost a
/// sixth more over the corpus blocks, as the counting after the masks, and a chunk's calls, were paid twice as often.
/// The classes are written once, over either reading (see <see cref="IChunkLanes"/>).
/// </remarks>
internal readonly record struct ChunkMasks(
    uint NonAscii, uint Space, uint Upper, uint Lower, uint Digit, uint Comma, uint Stops, uint CyrillicUpper, uint CyrillicLower)
{
    public const int Width = 32;

    /// <summary>The masks of the thirty-two characters from <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkMasks Read(ref ushort chars, nuint at) =>
        Vector256.IsHardwareAccelerated ? Of(ChunkLanes256.Read(ref chars, at)) : Of(ChunkLanes128.Read(ref chars, at));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ChunkMasks Of<TLanes>(TLanes lanes)
        where TLanes : struct, IChunkLanes
    {
        uint nonAscii = lanes.NonAscii;
        uint cyrillicUpper = 0, cyrillicLower = 0;
        if (nonAscii != 0)
        {
            cyrillicUpper = lanes.CharsInRange(0x400, 0x30);
            cyrillicLower = lanes.CharsInRange(0x430, 0x30);
        }

        return new ChunkMasks(
            nonAscii,
            Space: lanes.BytesEqual((byte)' ') | lanes.BytesInRange((byte)'\t', 5),
            Upper: lanes.BytesInRange((byte)'A', 26),
            Lower: lanes.BytesInRange((byte)'a', 26),
            Digit: lanes.BytesInRange((byte)'0', 10),
            Comma: lanes.BytesEqual((byte)','),
            Stops: lanes.BytesEqual((byte)'.') | lanes.BytesEqual((byte)'!') | lanes.BytesEqual((byte)'?'),
            cyrillicUpper,
            cyrillicLower);
    }

    /// <summary>
    /// Thirty-two characters loaded in vectors, each as it is and as its low byte, and the masks of those that meet a test,
    /// a bit per character. <see cref="ChunkMasks"/> tells its classes through this once, over vectors of either width.
    /// </summary>
    private interface IChunkLanes
    {
        /// <summary>The characters outside ASCII.</summary>
        uint NonAscii { get; }

        /// <summary>The characters whose low byte is <paramref name="value"/>.</summary>
        uint BytesEqual(byte value);

        /// <summary>The characters whose low byte lies from <paramref name="first"/> to before <paramref name="first"/> + <paramref name="count"/>.</summary>
        uint BytesInRange(byte first, byte count);

        /// <summary>The characters that lie from <paramref name="first"/> to before <paramref name="first"/> + <paramref name="count"/>.</summary>
        uint CharsInRange(ushort first, ushort count);
    }

    /// <summary>Thirty-two characters in two 256-bit vectors, and their low bytes in one (see <see cref="IChunkLanes"/>).</summary>
    private readonly struct ChunkLanes256 : IChunkLanes
    {
        // Narrowing keeps the low byte of every character.
        private readonly Vector256<byte> _bytes;
        private readonly Vector256<ushort> _low;
        private readonly Vector256<ushort> _high;

        private ChunkLanes256(Vector256<ushort> low, Vector256<ushort> high)
        {
            _low = low;
            _high = high;
            _bytes = Vector256.Narrow(low, high);
            Vector256<ushort> maxAscii = Vector256.Create((ushort)0x7F);
            NonAscii = Vector256.Narrow(Vector256.GreaterThan(low, maxAscii), Vector256.GreaterThan(high, maxAscii)).ExtractMostSignificantBits();
        }

        public uint NonAscii { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ChunkLanes256 Read(ref ushort chars, nuint at) =>
            new(Vector256.LoadUnsafe(ref chars, at), Vector256.LoadUnsafe(ref chars, at + 16));

        public uint BytesEqual(byte value) => Vector256.Equals(_bytes, Vector256.Create(value)).ExtractMostSignificantBits();

        public uint BytesInRange(byte first, byte count) =>
            Vector256.LessThan(_bytes - Vector256.Create(first), Vector256.Create(count)).ExtractMostSignificantBits();

        public uint CharsInRange(ushort first, ushort count) =>
            Vector256.Narrow(
                Vector256.LessThan(_low - Vector256.Create(first), Vector256.Create(count)),
                Vector256.LessThan(_high - Vector256.Create(first), Vector256.Create(count))).ExtractMostSignificantBits();
    }

    /// <summary>
    /// Thirty-two characters as two halves of sixteen, each in two 128-bit vectors with its low bytes in one (see
    /// <see cref="IChunkLanes"/>): where 256-bit vectors are not fast. A mask is the first half's, and above it the second's.
    /// </summary>
    private readonly struct ChunkLanes128 : IChunkLanes
    {
        private readonly Vector128<ushort> _first;
        private readonly Vector128<ushort> _second;
        private readonly Vector128<ushort> _third;
        private readonly Vector128<ushort> _fourth;

        // Narrowing keeps the low byte of every character.
        private readonly Vector128<byte> _lowBytes;
        private readonly Vector128<byte> _highBytes;

        private ChunkLanes128(Vector128<ushort> first, Vector128<ushort> second, Vector128<ushort> third, Vector128<ushort> fourth)
        {
            (_first, _second, _third, _fourth) = (first, second, third, fourth);
            _lowBytes = Vector128.Narrow(first, second);
            _highBytes = Vector128.Narrow(third, fourth);
            NonAscii = CharsAbove(first, second, 0x7F) | (CharsAbove(third, fourth, 0x7F) << 16);
        }

        public uint NonAscii { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ChunkLanes128 Read(ref ushort chars, nuint at) =>
            new(Vector128.LoadUnsafe(ref chars, at), Vector128.LoadUnsafe(ref chars, at + 8),
                Vector128.LoadUnsafe(ref chars, at + 16), Vector128.LoadUnsafe(ref chars, at + 24));

        public uint BytesEqual(byte value) =>
            Vector128.Equals(_lowBytes, Vector128.Create(value)).ExtractMostSignificantBits()
            | (Vector128.Equals(_highBytes, Vector128.Create(value)).ExtractMostSignificantBits() << 16);

        public uint BytesInRange(byte first, byte count) =>
            BytesBelow(_lowBytes - Vector128.Create(first), count) | (BytesBelow(_highBytes - Vector128.Create(first), count) << 16);

        public uint CharsInRange(ushort first, ushort count) =>
            CharsBelow(_first - Vector128.Create(first), _second - Vector128.Create(first), count)
            | (CharsBelow(_third - Vector128.Create(first), _fourth - Vector128.Create(first), count) << 16);

        private static uint BytesBelow(Vector128<byte> bytes, byte limit) => Vector128.LessThan(bytes, Vector128.Create(limit)).ExtractMostSignificantBits();

        private static uint CharsBelow(Vector128<ushort> low, Vector128<ushort> high, ushort limit) =>
            Vector128.Narrow(Vector128.LessThan(low, Vector128.Create(limit)), Vector128.LessThan(high, Vector128.Create(limit))).ExtractMostSignificantBits();

        private static uint CharsAbove(Vector128<ushort> low, Vector128<ushort> high, ushort limit) =>
            Vector128.Narrow(Vector128.GreaterThan(low, Vector128.Create(limit)), Vector128.GreaterThan(high, Vector128.Create(limit))).ExtractMostSignificantBits();
    }
}
