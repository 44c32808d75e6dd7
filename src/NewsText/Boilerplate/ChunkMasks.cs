using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsText.Boilerplate;

/// <summary>
/// Which of thirty-two characters fall in each class <see cref="BlockCounts"/> counts, a bit per character: bit n is
/// the character n places on. The ASCII classes are told by the character's low byte, and hold only for the characters
/// outside <see cref="NonAscii"/>; the Cyrillic ones are looked at only when a character is outside ASCII.
/// </summary>
/// <remarks>
/// Where 256-bit vectors are fast, the thirty-two characters are read in two loads and each class is one compare and
/// one mask; elsewhere (ARM64, for one) as two halves of sixteen in 128-bit vectors. The two readings are written
/// twice, as .NET 8 has no vector interface for one generic reading over either width.
/// </remarks>
internal readonly record struct ChunkMasks(
    uint NonAscii, uint Space, uint Upper, uint Lower, uint Digit, uint Comma, uint Stops, uint CyrillicUpper, uint CyrillicLower)
{
    public const int Width = 32;

    /// <summary>The masks of the thirty-two characters from <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkMasks Read(ref ushort chars, nuint at)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            return Of(Vector256.LoadUnsafe(ref chars, at), Vector256.LoadUnsafe(ref chars, at + 16));
        }

        ChunkMasks low = Of(Vector128.LoadUnsafe(ref chars, at), Vector128.LoadUnsafe(ref chars, at + 8));
        ChunkMasks high = Of(Vector128.LoadUnsafe(ref chars, at + 16), Vector128.LoadUnsafe(ref chars, at + 24));
        return new ChunkMasks(
            low.NonAscii | (high.NonAscii << 16), low.Space | (high.Space << 16), low.Upper | (high.Upper << 16),
            low.Lower | (high.Lower << 16), low.Digit | (high.Digit << 16), low.Comma | (high.Comma << 16),
            low.Stops | (high.Stops << 16), low.CyrillicUpper | (high.CyrillicUpper << 16), low.CyrillicLower | (high.CyrillicLower << 16));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ChunkMasks Of(Vector256<ushort> low, Vector256<ushort> high)
    {
        Vector256<ushort> maxAscii = Vector256.Create((ushort)0x7F);
        uint nonAscii = Vector256.Narrow(Vector256.GreaterThan(low, maxAscii), Vector256.GreaterThan(high, maxAscii)).ExtractMostSignificantBits();
        uint cyrillicUpper = 0, cyrillicLower = 0;
        if (nonAscii != 0)
        {
            cyrillicUpper = InRange(low, high, 0x400, 0x30);
            cyrillicLower = InRange(low, high, 0x430, 0x30);
        }

        // Narrowing keeps the low byte of every character: the ASCII classes hold for the ASCII characters only.
        Vector256<byte> chars = Vector256.Narrow(low, high);
        return new ChunkMasks(
            nonAscii,
            Space: (Vector256.Equals(chars, Vector256.Create((byte)' ')) | Vector256.LessThan(chars - Vector256.Create((byte)'\t'), Vector256.Create((byte)5))).ExtractMostSignificantBits(),
            Upper: Vector256.LessThan(chars - Vector256.Create((byte)'A'), Vector256.Create((byte)26)).ExtractMostSignificantBits(),
            Lower: Vector256.LessThan(chars - Vector256.Create((byte)'a'), Vector256.Create((byte)26)).ExtractMostSignificantBits(),
            Digit: Vector256.LessThan(chars - Vector256.Create((byte)'0'), Vector256.Create((byte)10)).ExtractMostSignificantBits(),
            Comma: Vector256.Equals(chars, Vector256.Create((byte)',')).ExtractMostSignificantBits(),
            Stops: (Vector256.Equals(chars, Vector256.Create((byte)'.')) | Vector256.Equals(chars, Vector256.Create((byte)'!'))
                | Vector256.Equals(chars, Vector256.Create((byte)'?'))).ExtractMostSignificantBits(),
            cyrillicUpper,
            cyrillicLower);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ChunkMasks Of(Vector128<ushort> low, Vector128<ushort> high)
    {
        Vector128<ushort> maxAscii = Vector128.Create((ushort)0x7F);
        uint nonAscii = Vector128.Narrow(Vector128.GreaterThan(low, maxAscii), Vector128.GreaterThan(high, maxAscii)).ExtractMostSignificantBits();
        uint cyrillicUpper = 0, cyrillicLower = 0;
        if (nonAscii != 0)
        {
            cyrillicUpper = InRange(low, high, 0x400, 0x30);
            cyrillicLower = InRange(low, high, 0x430, 0x30);
        }

        Vector128<byte> chars = Vector128.Narrow(low, high);
        return new ChunkMasks(
            nonAscii,
            Space: (Vector128.Equals(chars, Vector128.Create((byte)' ')) | Vector128.LessThan(chars - Vector128.Create((byte)'\t'), Vector128.Create((byte)5))).ExtractMostSignificantBits(),
            Upper: Vector128.LessThan(chars - Vector128.Create((byte)'A'), Vector128.Create((byte)26)).ExtractMostSignificantBits(),
            Lower: Vector128.LessThan(chars - Vector128.Create((byte)'a'), Vector128.Create((byte)26)).ExtractMostSignificantBits(),
            Digit: Vector128.LessThan(chars - Vector128.Create((byte)'0'), Vector128.Create((byte)10)).ExtractMostSignificantBits(),
            Comma: Vector128.Equals(chars, Vector128.Create((byte)',')).ExtractMostSignificantBits(),
            Stops: (Vector128.Equals(chars, Vector128.Create((byte)'.')) | Vector128.Equals(chars, Vector128.Create((byte)'!'))
                | Vector128.Equals(chars, Vector128.Create((byte)'?'))).ExtractMostSignificantBits(),
            cyrillicUpper,
            cyrillicLower);
    }

    /// <summary>Which of the characters lie from <paramref name="first"/> to before <paramref name="first"/> + <paramref name="count"/>.</summary>
    private static uint InRange(Vector256<ushort> low, Vector256<ushort> high, ushort first, ushort count) =>
        Vector256.Narrow(
            Vector256.LessThan(low - Vector256.Create(first), Vector256.Create(count)),
            Vector256.LessThan(high - Vector256.Create(first), Vector256.Create(count))).ExtractMostSignificantBits();

    private static uint InRange(Vector128<ushort> low, Vector128<ushort> high, ushort first, ushort count) =>
        Vector128.Narrow(
            Vector128.LessThan(low - Vector128.Create(first), Vector128.Create(count)),
            Vector128.LessThan(high - Vector128.Create(first), Vector128.Create(count))).ExtractMostSignificantBits();
}
