using System.Runtime.InteropServices;
using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class ChunkMasksTests
{
    // ASCII classes and their neighbours, characters whose low byte is an ASCII class ('Ā' is 0x100, 'ĩ' 0x129, '⸮'
    // 0x2E2E), and Cyrillic at the edges of the ranges counted in bulk.
    private const string Alphabet = "aAzZ09@[`{/:,.!? \t\r\u0008\u000E\u007F\u0080é\u00A0Āĩ⸮ЀЯаџϿѠ";

    [Fact]
    public void Sets_the_bit_of_every_character_in_each_class()
    {
        var random = new Random(20261202);
        for (int sample = 0; sample < 2_000; sample++)
        {
            char[] chars = new char[ChunkMasks.Width + 5];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            int at = random.Next(0, 6);
            ChunkMasks masks = ChunkMasks.Read(ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars.AsSpan())), (nuint)at);
            bool anyNonAscii = chars.AsSpan(at, ChunkMasks.Width).ContainsAnyExceptInRange('\0', '\u007F');
            for (int bit = 0; bit < ChunkMasks.Width; bit++)
            {
                char c = chars[at + bit];
                byte low = (byte)c;
                string where = $"'{c}' (U+{(int)c:X4}) at {bit} of \"{new string(chars, at, ChunkMasks.Width)}\"";
                Assert.True(IsSet(masks.NonAscii, bit) == (c > 0x7F), "non-ASCII: " + where);
                Assert.True(IsSet(masks.Space, bit) == (low == ' ' || low is >= 9 and <= 13), "space: " + where);
                Assert.True(IsSet(masks.Upper, bit) == (low is >= (byte)'A' and <= (byte)'Z'), "upper: " + where);
                Assert.True(IsSet(masks.Lower, bit) == (low is >= (byte)'a' and <= (byte)'z'), "lower: " + where);
                Assert.True(IsSet(masks.Digit, bit) == (low is >= (byte)'0' and <= (byte)'9'), "digit: " + where);
                Assert.True(IsSet(masks.Comma, bit) == (low == ','), "comma: " + where);
                Assert.True(IsSet(masks.Stops, bit) == (low is (byte)'.' or (byte)'!' or (byte)'?'), "stop: " + where);

                // The Cyrillic masks are read only when a character is outside ASCII, and are then exact.
                Assert.True(!anyNonAscii || IsSet(masks.CyrillicUpper, bit) == (c is >= '\u0400' and <= '\u042F'), "Cyrillic upper: " + where);
                Assert.True(!anyNonAscii || IsSet(masks.CyrillicLower, bit) == (c is >= '\u0430' and <= '\u045F'), "Cyrillic lower: " + where);
            }
        }
    }

    private static bool IsSet(uint mask, int bit) => ((mask >> bit) & 1) != 0;
}
