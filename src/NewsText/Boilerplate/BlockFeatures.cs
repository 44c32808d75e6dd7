using System.Globalization;

namespace NewsText.Boilerplate;

/// <summary>
/// What one pass over a block's characters tells about it: enough to tell prose from page chrome without a
/// language's word list.
/// </summary>
internal readonly record struct BlockFeatures(
    int Length,
    int Words,
    int Letters,
    int Digits,
    int CapitalisedWords,
    int SentenceEnds,
    int Commas,
    bool EndsLikeSentence,
    bool EndsWithEllipsis,
    bool HasCopyright,
    bool IsQuoteLine)
{
    /// <summary>
    /// Prose: several words ending the way sentences end, in any script, or a quotation with its speaker
    /// ("“We will win” – Smith").
    /// </summary>
    public bool IsProse => Words >= 6 && (EndsLikeSentence || IsQuoteLine) && !EndsWithEllipsis;

    /// <summary>Share of words that start with a capital letter (headlines and menus are high).</summary>
    public double CapitalisedShare => Words == 0 ? 0 : (double)CapitalisedWords / Words;

    public static BlockFeatures Compute(ReadOnlySpan<char> block)
    {
        int words = 0, letters = 0, digits = 0, capitalised = 0, sentenceEnds = 0, commas = 0;
        bool inWord = false;
        bool copyright = false;
        for (int i = 0; i < block.Length; i++)
        {
            char c = block[i];
            if (c < 0x80)
            {
                // Most characters of most pages: one table lookup instead of the Unicode category tests below.
                byte kind = AsciiKinds[c];
                if (kind == Space)
                {
                    inWord = false;
                    continue;
                }

                if (!inWord)
                {
                    inWord = true;
                    words++;
                    capitalised += kind == Upper ? 1 : 0;
                }

                letters += kind is Upper or Lower ? 1 : 0;
                digits += kind == Digit ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                if (c is '.' or '!' or '?' && (i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]) || IsClosingMark(block[i + 1])))
                {
                    sentenceEnds++;
                }

                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                words++;
                if (char.IsUpper(c))
                {
                    capitalised++;
                }
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is ',' or '،' or '、' or '，')
            {
                commas++;
            }
            else if (IsSentenceEnd(c) && (i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]) || IsClosingMark(block[i + 1])))
            {
                sentenceEnds++;
            }
            else if (c == '©')
            {
                copyright = true;
            }
        }

        ReadOnlySpan<char> trimmed = block.TrimEnd(ClosingMarks);
        char last = trimmed.IsEmpty ? '\0' : trimmed[^1];
        bool ellipsis = last == '…' || trimmed.EndsWith("...", StringComparison.Ordinal);
        // CJK text has no spaces; count its characters in fours so that a sentence reads as several words.
        if (words > 0 && letters > 40 && words * 20 < letters && IsMostlyIdeographic(block))
        {
            words = Math.Max(words, letters / 4);
        }

        return new BlockFeatures(block.Length, words, letters, digits, capitalised, sentenceEnds, commas,
            EndsLikeSentence: IsSentenceEnd(last) || last == ':', ellipsis, copyright, IsQuotation(block));
    }

    /// <summary>Opens with a quotation mark that closes later in the block.</summary>
    private static bool IsQuotation(ReadOnlySpan<char> block)
    {
        if (block.Length < 8)
        {
            return false;
        }

        char open = block[0];
        char close = open switch
        {
            '“' => '”',
            '"' => '"',
            '«' => '»',
            '„' => '“',
            '‘' => '’',
            '「' => '」',
            _ => '\0',
        };
        return close != '\0' && block[1..].LastIndexOf(close) > 0;
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

    private const string ClosingMarks = "\"'”’»」』)]*";

    private static bool IsClosingMark(char c) => ClosingMarks.Contains(c);

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '।';

    private static bool IsMostlyIdeographic(ReadOnlySpan<char> block)
    {
        int ideographic = 0;
        int sampled = 0;
        for (int i = 0; i < block.Length && sampled < 64; i++)
        {
            char c = block[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            sampled++;
            UnicodeCategory category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.OtherLetter)
            {
                ideographic++;
            }
        }

        return ideographic * 2 > sampled;
    }
}
