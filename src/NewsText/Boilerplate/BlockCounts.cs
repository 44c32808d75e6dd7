using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Boilerplate;

/// <summary>
/// The running counts behind <see cref="BlockFeatures"/>: words, capitalised words, letters and lower-case ones,
/// digits, commas and sentence ends, counted sixteen characters at a time: ASCII ones with bit masks, any other one
/// through the Unicode category tests.
/// </summary>
internal struct BlockCounts
{
    public const int ChunkWidth = 16;

    public int Words;
    public int Letters;
    public int LowerCaseLetters;
    public int Digits;
    public int Capitalised;
    public int SentenceEnds;
    public int Commas;
    public bool Copyright;
    private bool _inWord;

    /// <summary>
    /// Counts the sixteen characters at <paramref name="i"/>: the ASCII ones with bit masks, any other one through
    /// the Unicode tests. A curly quote or a no-break space, which most paragraphs have, then costs one character's
    /// tests, not sixteen.
    /// </summary>
    public void AddChunk(ReadOnlySpan<char> block, int i) => AddChunk(block, block, i, ChunkWidth);

    /// <summary>
    /// Counts the first <paramref name="count"/> of the sixteen characters at <paramref name="i"/> as
    /// <see cref="AddChunk(ReadOnlySpan{char}, int)"/> does, and the rest as spaces, which is what they are to the
    /// counts at the block's end. <paramref name="window"/> starts as <paramref name="block"/> does and holds the sixteen
    /// characters: the block's last ones are read where they stand, and what follows them in the text is not counted.
    /// </summary>
    public void AddChunk(ReadOnlySpan<char> block, ReadOnlySpan<char> window, int i, int count)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(window));
        Vector128<ushort> low = Vector128.LoadUnsafe(ref first, (nuint)i);
        Vector128<ushort> high = Vector128.LoadUnsafe(ref first, (nuint)(i + 8));
        Vector128<ushort> maxAscii = Vector128.Create((ushort)0x7F);
        uint counted = (1u << count) - 1;
        uint nonAscii = (Vector128.GreaterThan(low, maxAscii).ExtractMostSignificantBits()
            | (Vector128.GreaterThan(high, maxAscii).ExtractMostSignificantBits() << 8)) & counted;

        // Narrowing keeps the low byte of every character; the bits of the non-ASCII ones are cleared below.
        Vector128<byte> chars = Vector128.Narrow(low, high);
        uint ascii = ~nonAscii & counted;
        uint cyrillicUpper = 0, cyrillicLower = 0;
        if (nonAscii != 0)
        {
            // The basic Cyrillic letters, U+0400 to U+042F upper case and U+0430 to U+045F lower case, are counted as
            // ASCII letters are: pages in Russian or Ukrainian have hardly an ASCII letter, and the category look-up
            // of each cost more than the rest of their counting.
            cyrillicUpper = Mask(InRange(low, high, 0x400, 0x30)) & nonAscii;
            cyrillicLower = Mask(InRange(low, high, 0x430, 0x30)) & nonAscii;
            nonAscii &= ~(cyrillicUpper | cyrillicLower);
        }

        uint space = (ascii & Mask(Vector128.Equals(chars, Vector128.Create((byte)' '))
            | Vector128.LessThan(chars - Vector128.Create((byte)'\t'), Vector128.Create((byte)5)))) | (~counted & 0xFFFF);
        uint upper = (ascii & Mask(Vector128.LessThan(chars - Vector128.Create((byte)'A'), Vector128.Create((byte)26)))) | cyrillicUpper;
        uint lower = (ascii & Mask(Vector128.LessThan(chars - Vector128.Create((byte)'a'), Vector128.Create((byte)26)))) | cyrillicLower;
        uint digit = ascii & Mask(Vector128.LessThan(chars - Vector128.Create((byte)'0'), Vector128.Create((byte)10)));
        uint comma = ascii & Mask(Vector128.Equals(chars, Vector128.Create((byte)',')));
        uint stops = ascii & Mask(Vector128.Equals(chars, Vector128.Create((byte)'.')) | Vector128.Equals(chars, Vector128.Create((byte)'!'))
            | Vector128.Equals(chars, Vector128.Create((byte)'?')));
        Letters += BitOperations.PopCount(upper | lower);
        LowerCaseLetters += BitOperations.PopCount(lower);
        Digits += BitOperations.PopCount(digit);
        Commas += BitOperations.PopCount(comma);
        for (; stops != 0; stops &= stops - 1)
        {
            CountSentenceEnd(block, i + BitOperations.TrailingZeroCount(stops));
        }

        for (; nonAscii != 0; nonAscii &= nonAscii - 1)
        {
            int bit = BitOperations.TrailingZeroCount(nonAscii);
            switch (AddNonAscii(block, i + bit))
            {
                case NonAsciiRole.Space:
                    space |= 1u << bit;
                    break;
                case NonAsciiRole.Upper:
                    upper |= 1u << bit;
                    break;
            }
        }

        // A word starts at a non-space character whose left neighbour (in the previous chunk for the first) is a space.
        uint inWord = ~space & 0xFFFF;
        uint starts = inWord & ~((inWord << 1) | (_inWord ? 1u : 0u));
        Words += BitOperations.PopCount(starts);
        Capitalised += BitOperations.PopCount(starts & upper);
        _inWord = (inWord & 0x8000) != 0;
    }

    /// <summary>What a character outside ASCII is to the word it may start.</summary>
    private enum NonAsciiRole
    {
        Other,
        Space,
        Upper,
    }

    /// <summary>
    /// Counts the letter, digit or mark a non-ASCII character is, apart from the word it may start; returns whether
    /// it is white space or an upper-case letter instead.
    /// </summary>
    /// <remarks>
    /// One category look-up answers what <see cref="char.IsWhiteSpace(char)"/>, <see cref="char.IsLetter(char)"/>,
    /// <see cref="char.IsLower(char)"/>, <see cref="char.IsDigit(char)"/> and <see cref="char.IsUpper(char)"/> would
    /// each look up again: outside ASCII, white space is the separators and U+0085, letters are the five letter
    /// categories, digits the decimal ones. Pages in Cyrillic or Greek have hardly an ASCII letter.
    /// </remarks>
    private NonAsciiRole AddNonAscii(ReadOnlySpan<char> block, int i)
    {
        char c = block[i];
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                return NonAsciiRole.Space;
            case UnicodeCategory.UppercaseLetter:
                Letters++;
                return NonAsciiRole.Upper;
            case UnicodeCategory.LowercaseLetter:
                Letters++;
                LowerCaseLetters++;
                return NonAsciiRole.Other;
            case UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                Letters++;
                return NonAsciiRole.Other;
            case UnicodeCategory.DecimalDigitNumber:
                Digits++;
                return NonAsciiRole.Other;
        }

        if (c == '\u0085')
        {
            return NonAsciiRole.Space;
        }

        if (c is '،' or '、' or '，')
        {
            Commas++;
        }
        else if (BlockFeatures.IsSentenceEnd(c))
        {
            CountSentenceEnd(block, i);
        }
        else if (c == '©')
        {
            Copyright = true;
        }

        return NonAsciiRole.Other;
    }

    private static uint Mask(Vector128<byte> matches) => matches.ExtractMostSignificantBits();

    /// <summary>Which of the sixteen characters in <paramref name="low"/> and <paramref name="high"/> lie from <paramref name="first"/> to before <paramref name="first"/> + <paramref name="count"/>, as a byte mask.</summary>
    private static Vector128<byte> InRange(Vector128<ushort> low, Vector128<ushort> high, ushort first, ushort count) =>
        Vector128.Narrow(
            Vector128.LessThan(low - Vector128.Create(first), Vector128.Create(count)),
            Vector128.LessThan(high - Vector128.Create(first), Vector128.Create(count))).AsByte();

    private void CountSentenceEnd(ReadOnlySpan<char> block, int i)
    {
        if (i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]) || BlockFeatures.IsClosingMark(block[i + 1]))
        {
            SentenceEnds++;
        }
    }
}
