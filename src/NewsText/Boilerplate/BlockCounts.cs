using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Boilerplate;

/// <summary>
/// The running counts behind <see cref="BlockFeatures"/>: words, capitalised words, letters and lower-case ones,
/// digits, commas and sentence ends. Runs of ASCII are counted sixteen characters at a time with bit masks; any other
/// character goes through the Unicode category tests one at a time, and both ways count exactly alike.
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

    /// <summary>Counts the character at <paramref name="i"/>.</summary>
    public void Add(ReadOnlySpan<char> block, int i)
    {
        char c = block[i];
        if (c < 0x80)
        {
            // One table lookup instead of the Unicode category tests below.
            byte kind = AsciiKinds[c];
            if (kind == Space)
            {
                _inWord = false;
                return;
            }

            if (!_inWord)
            {
                _inWord = true;
                Words++;
                Capitalised += kind == Upper ? 1 : 0;
            }

            Letters += kind is Upper or Lower ? 1 : 0;
            LowerCaseLetters += kind == Lower ? 1 : 0;
            Digits += kind == Digit ? 1 : 0;
            Commas += c == ',' ? 1 : 0;
            if (c is '.' or '!' or '?')
            {
                CountSentenceEnd(block, i);
            }

            return;
        }

        if (char.IsWhiteSpace(c))
        {
            _inWord = false;
            return;
        }

        if (!_inWord)
        {
            _inWord = true;
            Words++;
            if (char.IsUpper(c))
            {
                Capitalised++;
            }
        }

        if (char.IsLetter(c))
        {
            Letters++;
            LowerCaseLetters += char.IsLower(c) ? 1 : 0;
        }
        else if (char.IsDigit(c))
        {
            Digits++;
        }
        else if (c is ',' or '،' or '、' or '，')
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
    }

    /// <summary>
    /// Counts the sixteen characters at <paramref name="i"/> when all of them are ASCII; returns false, having counted
    /// nothing, when one is not.
    /// </summary>
    public bool TryAddAsciiChunk(ReadOnlySpan<char> block, int i)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(block));
        Vector128<ushort> low = Vector128.LoadUnsafe(ref first, (nuint)i);
        Vector128<ushort> high = Vector128.LoadUnsafe(ref first, (nuint)(i + 8));
        if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        Vector128<byte> chars = Vector128.Narrow(low, high);
        uint space = Mask(Vector128.Equals(chars, Vector128.Create((byte)' '))
            | Vector128.LessThan(chars - Vector128.Create((byte)'\t'), Vector128.Create((byte)5)));
        uint upper = Mask(Vector128.LessThan(chars - Vector128.Create((byte)'A'), Vector128.Create((byte)26)));
        uint lower = Mask(Vector128.LessThan(chars - Vector128.Create((byte)'a'), Vector128.Create((byte)26)));
        uint digit = Mask(Vector128.LessThan(chars - Vector128.Create((byte)'0'), Vector128.Create((byte)10)));
        uint comma = Mask(Vector128.Equals(chars, Vector128.Create((byte)',')));
        uint stops = Mask(Vector128.Equals(chars, Vector128.Create((byte)'.')) | Vector128.Equals(chars, Vector128.Create((byte)'!'))
            | Vector128.Equals(chars, Vector128.Create((byte)'?')));

        // A word starts at a non-space character whose left neighbour (in the previous chunk for the first) is a space.
        uint inWord = ~space & 0xFFFF;
        uint starts = inWord & ~((inWord << 1) | (_inWord ? 1u : 0u));
        Words += BitOperations.PopCount(starts);
        Capitalised += BitOperations.PopCount(starts & upper);
        Letters += BitOperations.PopCount(upper | lower);
        LowerCaseLetters += BitOperations.PopCount(lower);
        Digits += BitOperations.PopCount(digit);
        Commas += BitOperations.PopCount(comma);
        for (; stops != 0; stops &= stops - 1)
        {
            CountSentenceEnd(block, i + BitOperations.TrailingZeroCount(stops));
        }

        _inWord = (inWord & 0x8000) != 0;
        return true;
    }

    private static uint Mask(Vector128<byte> matches) => matches.ExtractMostSignificantBits();

    private void CountSentenceEnd(ReadOnlySpan<char> block, int i)
    {
        if (i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]) || BlockFeatures.IsClosingMark(block[i + 1]))
        {
            SentenceEnds++;
        }
    }

    private const byte Other = 0;
    private const byte Space = 1;
    private const byte Upper = 2;
    private const byte Lower = 3;
    private const byte Digit = 4;

    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[0x80];
        for (char c = '\0'; c < 0x80; c++)
        {
            kinds[c] = char.IsWhiteSpace(c) ? Space : char.IsAsciiLetterUpper(c) ? Upper : char.IsAsciiLetterLower(c) ? Lower
                : char.IsAsciiDigit(c) ? Digit : Other;
        }

        return kinds;
    }
}
