using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Boilerplate;

/// <summary>
/// The running counts behind <see cref="BlockFeatures"/>: words, capitalised words, letters and lower-case ones,
/// digits, commas and sentence ends, counted thirty-two characters at a time: ASCII ones with bit masks, any other one
/// through the Unicode category tests.
/// </summary>
internal struct BlockCounts
{
    public const int ChunkWidth = ChunkMasks.Width;

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
    /// Counts the thirty-two characters at <paramref name="i"/>: the ASCII ones with bit masks, any other one through
    /// the Unicode tests. A curly quote or a no-break space, which most paragraphs have, then costs one character's
    /// tests, not thirty-two.
    /// </summary>
    public void AddChunk(ReadOnlySpan<char> block, int i) => AddChunk(block, block, i, ChunkWidth);

    /// <summary>
    /// Counts the first <paramref name="count"/> of the thirty-two characters at <paramref name="i"/> as
    /// <see cref="AddChunk(ReadOnlySpan{char}, int)"/> does, and the rest as spaces, which is what they are to the
    /// counts at the block's end. <paramref name="window"/> starts as <paramref name="block"/> does and holds the
    /// thirty-two characters: the block's last ones are read where they stand, and what follows them in the text is
    /// not counted.
    /// </summary>
    public void AddChunk(ReadOnlySpan<char> block, ReadOnlySpan<char> window, int i, int count)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(window));
        ChunkMasks masks = ChunkMasks.Read(ref first, (nuint)i);
        uint counted = uint.MaxValue >> (ChunkWidth - count);
        uint nonAscii = masks.NonAscii & counted;
        uint ascii = ~masks.NonAscii & counted;

        // The basic Cyrillic letters, U+0400 to U+042F upper case and U+0430 to U+045F lower case, are counted as ASCII
        // letters are: pages in Russian or Ukrainian have hardly an ASCII letter, and the category look-up of each cost
        // more than the rest of their counting.
        uint cyrillicUpper = masks.CyrillicUpper & nonAscii;
        uint cyrillicLower = masks.CyrillicLower & nonAscii;
        nonAscii &= ~(cyrillicUpper | cyrillicLower);

        uint space = (ascii & masks.Space) | ~counted;
        uint upper = (ascii & masks.Upper) | cyrillicUpper;
        uint lower = (ascii & masks.Lower) | cyrillicLower;
        uint stops = ascii & masks.Stops;
        Letters += BitOperations.PopCount(upper | lower);
        LowerCaseLetters += BitOperations.PopCount(lower);
        Digits += BitOperations.PopCount(ascii & masks.Digit);
        Commas += BitOperations.PopCount(ascii & masks.Comma);
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
        uint inWord = ~space;
        uint starts = inWord & ~((inWord << 1) | (_inWord ? 1u : 0u));
        Words += BitOperations.PopCount(starts);
        Capitalised += BitOperations.PopCount(starts & upper);
        _inWord = (inWord & 0x8000_0000) != 0;
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

    private void CountSentenceEnd(ReadOnlySpan<char> block, int i)
    {
        if (i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]) || BlockFeatures.IsClosingMark(block[i + 1]))
        {
            SentenceEnds++;
        }
    }
}
