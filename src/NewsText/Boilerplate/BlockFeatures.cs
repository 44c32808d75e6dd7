using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsText.Boilerplate;

/// <summary>
/// What one pass over a block's characters tells about it: enough to tell prose from page chrome without a
/// language's word list.
/// </summary>
internal readonly record struct BlockFeatures(
    int Length,
    int Words,
    int Letters,
    int LowerCaseLetters,
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

    /// <summary>
    /// How many characters <see cref="LooseText"/> compares (letters and digits, as <see cref="char.IsLetterOrDigit(char)"/>
    /// tells them): loosely equal blocks have as many, so a differing count rules out a comparison.
    /// </summary>
    public int LooseKeys => Letters + Digits;

    /// <summary>Share of words that start with a capital letter (headlines and menus are high).</summary>
    public double CapitalisedShare => Words == 0 ? 0 : (double)CapitalisedWords / Words;

    public static BlockFeatures Compute(ReadOnlySpan<char> block) => Compute(block, block.Length);

    /// <summary>The features of the block of <paramref name="length"/> characters that starts <paramref name="window"/>.</summary>
    /// <param name="window">The block and, where the text has them, the characters after it, which are read but not counted.</param>
    /// <param name="length">The block's length.</param>
    public static BlockFeatures Compute(ReadOnlySpan<char> window, int length)
    {
        ReadOnlySpan<char> block = window[..length];
        var counts = new BlockCounts();
        int i = 0;
        for (; i + BlockCounts.ChunkWidth <= block.Length; i += BlockCounts.ChunkWidth)
        {
            counts.AddChunk(block, i);
        }

        if (i < block.Length && i + BlockCounts.ChunkWidth <= window.Length)
        {
            // The last characters, and all of a short block, read in place with the text after them counted as spaces:
            // a padded copy of them was read back in one load, which waited for the copy's smaller writes to land.
            counts.AddChunk(block, window, i, block.Length - i);
        }
        else if (i < block.Length)
        {
            // The last characters, and all of a short block, as a chunk padded with spaces: a space after the block's
            // end counts as its end does, so the counts come out as if the block were read character by character.
            var tail = default(PaddedChunk);
            Span<char> padded = tail;
            padded.Fill(' ');
            block[i..].CopyTo(padded);
            counts.AddChunk(padded, 0);
        }

        int words = counts.Words, letters = counts.Letters;
        int trimmedLength = block.Length;
        while (trimmedLength > 0 && IsClosingMark(block[trimmedLength - 1]))
        {
            trimmedLength--;
        }

        ReadOnlySpan<char> trimmed = block[..trimmedLength];
        char last = trimmed.IsEmpty ? '\0' : trimmed[^1];
        bool ellipsis = last == '…' || trimmed.EndsWith("...", StringComparison.Ordinal);
        // CJK text has no spaces; count its characters in fours so that a sentence reads as several words.
        if (words > 0 && letters > 40 && words * 20 < letters && IsMostlyIdeographic(block))
        {
            words = Math.Max(words, letters / 4);
        }

        return new BlockFeatures(block.Length, words, letters, counts.LowerCaseLetters, counts.Digits, counts.Capitalised, counts.SentenceEnds, counts.Commas,
            EndsLikeSentence: IsSentenceEnd(last) || last == ':', ellipsis, counts.Copyright, IsQuotation(block));
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

    /// <summary>
    /// The buffer of the padded last chunk. A <c>stackalloc</c> would do, but a method that has one is compiled once
    /// and for all, never again with what the first calls showed, and this one is called for every block of a page:
    /// over the corpus blocks that cost about a sixth of its time.
    /// </summary>
    [InlineArray(BlockCounts.ChunkWidth)]
    private struct PaddedChunk
    {
        private char _first;
    }

    /// <summary>
    /// The marks that may follow a sentence's end: quotation marks, brackets, a footnote's '*'. Told by a pattern, which
    /// compiles to a few range tests, where a search of a string of them looped over all ten for nearly every block.
    /// Inlined by request: the pattern's tests are more than the JIT inlines unasked, and a call per block and per full
    /// stop inside a word cost more than the tests.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsClosingMark(char c) => c is '"' or '\'' or '”' or '’' or '»' or '」' or '』' or ')' or ']' or '*';

    internal static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '।';

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
