using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Splits a paragraph into words and marks. A word keeps inner apostrophes, hyphens and dots ("Trump's", "U.S.",
/// "co-founder"); every other non-space character is a mark of its own.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Puts the tokens from <paramref name="start"/> to <paramref name="end"/> in <paramref name="tokens"/>, in place of what it held.</summary>
    /// <remarks>
    /// Works on 64 characters at a time from bits that say which are letters or digits (of ASCII or basic Cyrillic)
    /// and which are spaces (<see cref="CharacterMasks"/>): a word's start and end and the marks between words come
    /// from shifts and bit counts, and no space costs a test of its own. Only a word that a joiner or another letter
    /// might go on past, and a character past ASCII between words, take the rule one character at a time.
    /// </remarks>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        // A span up to the paragraph's end spares the bounds checks of the string's indexer in the loops below.
        ReadOnlySpan<char> chars = text.AsSpan(0, end);
        tokens.Clear();
        // Words average about six characters with their space; punctuation adds a token every few words. A long
        // paragraph is counted instead: when the guess falls short the list doubles, and for a paragraph of 20 million
        // characters with a mark every other one that allocated and cleared 440 MB (three arrays) for 126 MB of
        // tokens; a paragraph of one long word held 63 MB for one token.
        tokens.EnsureCapacity(end - start >= CountedParagraphLength ? TokenCountBound(chars, start) : Math.Max(4, (end - start) / 4));
        int count = 0;
        int i = start;
        while (i < chars.Length)
        {
            i = TokenizeBlock(chars, i, tokens, ref count);
        }

        CollectionsMarshal.SetCount(tokens, count);
    }

    // From this length on a paragraph's tokens are counted before they are made. The count costs a fraction of the
    // tokenising and a paragraph of a page is far shorter; the guess's list would be some 100 KB, past the size from
    // which the runtime allocates on the large object heap and clears the memory.
    private const int CountedParagraphLength = 1 << 15;

    /// <summary>
    /// At least as many as the tokens of <paramref name="chars"/> from <paramref name="start"/>: the characters that
    /// start a token in blocks of 64 from there, which every token starts at.
    /// </summary>
    /// <remarks>
    /// It is also room enough for <see cref="TokenizeBlock"/>, which sets the list's count to the tokens before its
    /// block and the starts in the block before it writes them: its blocks begin where a token may, so those are
    /// starts of this count too (a run of letters cut by the end of a block here only counts once more).
    /// </remarks>
    internal static int TokenCountBound(ReadOnlySpan<char> chars, int start)
    {
        int bound = 0;
        for (int i = start; i < chars.Length; i += CharacterMasks.Width)
        {
            (ulong letters, _, ulong spaces) = CharacterMasks.At(chars, i);
            bound += BitOperations.PopCount(TokenStarts(letters, spaces));
        }

        return bound;
    }

    /// <summary>The characters that start a token: the first letter or digit of a run, and every other character but a space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong TokenStarts(ulong letters, ulong spaces) => (letters & ~(letters << 1)) | ~(letters | spaces);

    /// <summary>
    /// Writes the tokens that start in the 64 characters from <paramref name="blockStart"/>, which starts no earlier
    /// than a token, into <paramref name="list"/> from <paramref name="count"/> on, and returns where the next block
    /// starts: past the last token, or at a word the block cuts.
    /// </summary>
    private static int TokenizeBlock(ReadOnlySpan<char> chars, int blockStart, List<Token> list, ref int count)
    {
        (ulong letters, ulong cyrillic, ulong spaces) = CharacterMasks.At(chars, blockStart);
        ulong starts = TokenStarts(letters, spaces);
        // Tokens go straight into the list's array (an Add per token paid a version count and a capacity test), in room
        // for as many as the block has starts: room for a whole block's worth grew the lists of short paragraphs, and
        // the contexts kept for the next article then held too many tokens to be kept.
        CollectionsMarshal.SetCount(list, count + BitOperations.PopCount(starts));
        Span<Token> tokens = CollectionsMarshal.AsSpan(list);
        int written = count;
        while (starts != 0)
        {
            int bit = BitOperations.TrailingZeroCount(starts);
            int at = blockStart + bit;
            if ((letters & (1UL << bit)) == 0)
            {
                char c = chars[at];
                if (c <= '\u007F')
                {
                    tokens[written++] = new Token(at, at + 1, IsWord: false, WordClasses.OfMark(c));
                    starts &= starts - 1;
                    continue;
                }

                if (!char.IsLetterOrDigit(c))
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        tokens[written++] = new Token(at, at + 1, IsWord: false, WordClasses.OfMark(c));
                    }

                    starts &= starts - 1;
                    continue;
                }

                // A word of another script, or one that starts with an accented letter.
                Token word = WholeWord(chars, at, at + 1);
                tokens[written++] = word;
                if (word.End - blockStart >= CharacterMasks.Width)
                {
                    count = written;
                    return word.End;
                }

                starts &= ulong.MaxValue << (word.End - blockStart);
                continue;
            }

            int runEnd = bit + BitOperations.TrailingZeroCount(~letters >> bit);
            if (runEnd >= CharacterMasks.Width)
            {
                count = written;
                if (bit > 0)
                {
                    // The next block starts at the word, so its end is in that block's bits.
                    return at;
                }

                // A run of 64 letters and digits, a web address's say.
                Token longWord = WholeWord(chars, at, blockStart + CharacterMasks.Width);
                tokens[count++] = longWord;
                return longWord.End;
            }

            int wordEnd = blockStart + runEnd;
            if ((spaces & (1UL << runEnd)) == 0 && !EndsRun(chars, at, wordEnd))
            {
                Token word = WholeWord(chars, at, wordEnd);
                tokens[written++] = word;
                wordEnd = word.End;
            }
            else if (cyrillic != 0 && (cyrillic & (ulong.MaxValue << bit) & ~(ulong.MaxValue << runEnd)) != 0)
            {
                // Most blocks have no Cyrillic letter: the one test of the block's mask, which the predictor gets right,
                // spares the English word the mask of its run.
                tokens[written++] = new Token(at, wordEnd, IsWord: true, WordClasses.OfCyrillic(chars[at..wordEnd]));
            }
            else if (runEnd - bit <= Vector128<ushort>.Count && at + Vector128<ushort>.Count <= chars.Length)
            {
                // Most words of a body: up to eight characters, whose load gives the word table its key.
                Vector128<ushort> block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)at);
                tokens[written++] = new Token(at, wordEnd, IsWord: true, WordClasses.OfShortAscii(block, runEnd - bit));
            }
            else
            {
                tokens[written++] = new Token(at, wordEnd, IsWord: true, ClassesOf(chars[at..wordEnd]));
            }

            if (wordEnd - blockStart >= CharacterMasks.Width)
            {
                count = written;
                return wordEnd;
            }

            starts &= ulong.MaxValue << (wordEnd - blockStart);
        }

        count = written;
        return blockStart + CharacterMasks.Width;
    }

    /// <summary>
    /// Whether the character at <paramref name="runEnd"/>, past the run of letters and digits of the word at
    /// <paramref name="wordStart"/> and no space, ends the word: a mark does, and so does a full stop, a dash or an
    /// apostrophe that joins nothing (a word before a full stop is common), but not a joiner that joins, the dot of a
    /// title or a character past ASCII, which leave the word to the whole rule.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsRun(ReadOnlySpan<char> chars, int wordStart, int runEnd)
    {
        char next = chars[runEnd];
        return next <= '\u007F'
            && !(IsJoiner(next) && (IsInnerJoiner(chars, runEnd) || (next == '.' && IsTitleAbbreviation(chars[wordStart..runEnd]))));
    }

    /// <summary>The word at <paramref name="wordStart"/>, with its classes, by the whole rule from <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Token WholeWord(ReadOnlySpan<char> chars, int wordStart, int from)
    {
        int end = WordEnd(chars, wordStart, from);
        return new Token(wordStart, end, IsWord: true, WordClasses.Of(chars[wordStart..end]));
    }

    // Out of the block's loop, whose registers the table's whole look-up would crowd.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WordClass ClassesOf(ReadOnlySpan<char> word) => WordClasses.Of(word);

    /// <summary>
    /// The end of the word at <paramref name="wordStart"/>, whose letters and digits run at least to
    /// <paramref name="from"/>: it goes on over letters and digits of any script and over inner joiners.
    /// </summary>
    private static int WordEnd(ReadOnlySpan<char> chars, int wordStart, int from)
    {
        int i = LetterOrDigitRunEnd(chars, from);
        while (i < chars.Length && IsJoiner(chars[i]) && IsInnerJoiner(chars, i))
        {
            i = LetterOrDigitRunEnd(chars, i + 1);
        }

        // "Mr. Sperling", "Sen. Cruz": the dot of a title's abbreviation belongs to it and ends no sentence.
        if (i < chars.Length && chars[i] == '.' && IsTitleAbbreviation(chars[wordStart..i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A bit for each of the eight characters that is a plain ASCII letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LetterOrDigitBits(Vector128<ushort> block)
    {
        // Or-ing in 0x20 folds the capitals onto the small letters and moves nothing else into them.
        Vector128<ushort> letter = Vector128.LessThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        Vector128<ushort> digit = Vector128.LessThan(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
        return (letter | digit).ExtractMostSignificantBits();
    }

    /// <summary>
    /// Where the run of letters and digits from <paramref name="i"/> ends: plain ASCII ones are skipped in blocks, the
    /// others (a Cyrillic or accented word) one by one, without a block test after each.
    /// </summary>
    private static int LetterOrDigitRunEnd(ReadOnlySpan<char> chars, int i)
    {
        while (true)
        {
            i = AsciiRunEnd(chars, i);
            int others = i;
            while (others < chars.Length && chars[others] > '\u007F' && char.IsLetterOrDigit(chars[others]))
            {
                others++;
            }

            if (others == i)
            {
                return i;
            }

            i = others;
        }
    }

    /// <summary>Where the run of ASCII letters and digits from <paramref name="i"/> ends.</summary>
    /// <remarks>
    /// Tests eight characters at once and finds the first that is neither a letter nor a digit by its bit: a loop
    /// over them one by one paid a test per character and an exit at a different place in every word.
    /// </remarks>
    private static int AsciiRunEnd(ReadOnlySpan<char> chars, int i)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
        {
            uint others = ~LetterOrDigitBits(Vector128.LoadUnsafe(ref first, (nuint)i)) & 0xFF;
            if (others != 0)
            {
                return i + BitOperations.TrailingZeroCount(others);
            }
        }

        while (i < chars.Length && char.IsAsciiLetterOrDigit(chars[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsTitleAbbreviation(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 4 && char.IsUpper(word[0])
        && word is "Mr" or "Mrs" or "Ms" or "Dr" or "Sen" or "Rep" or "Gov" or "Gen" or "Lt" or "Col" or "Sgt" or "Capt"
            or "St" or "Jr" or "Sr" or "Prof" or "Rev" or "Maj" or "Adm" or "Cmdr" or "Supt" or "Mt" or "Ft" or "Gens" or "Reps" or "Sens";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '&';

    // A joiner (an apostrophe, hyphen or dot) joins a word when a letter or digit follows it ("Trump's", "U.S", "3.5");
    // a dot after a single capital ends an initial ("U.S.", "J.") and belongs to it.
    private static bool IsInnerJoiner(ReadOnlySpan<char> chars, int i)
    {
        char c = chars[i];
        if (i + 1 < chars.Length && CharSets.IsLetterOrDigit(chars[i + 1]))
        {
            return c != '.' || (i >= 1 && (char.IsUpper(chars[i - 1]) || char.IsDigit(chars[i - 1])));
        }

        return c == '.' && i >= 1 && char.IsUpper(chars[i - 1]) && (i < 2 || !char.IsLetter(chars[i - 2]) || chars[i - 2] == '.');
    }
}
