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
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        tokens.Clear();
        // Words average about six characters with their space; punctuation adds a token every few words.
        tokens.EnsureCapacity(Math.Max(4, (end - start) / 4));
        // A span up to the paragraph's end spares the bounds checks of the string's indexer in the loops below.
        ReadOnlySpan<char> chars = text.AsSpan(0, end);
        int i = start;
        while (i < chars.Length)
        {
            char c = chars[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!CharSets.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(i, i + 1, IsWord: false));
                i++;
                continue;
            }

            if (TryShortAsciiWord(chars, i, out Token word))
            {
                tokens.Add(word);
                i = word.End;
                continue;
            }

            // The word goes on over letters and digits of any script and over inner joiners.
            int wordStart = i;
            i = LetterOrDigitRunEnd(chars, i + 1);
            while (i < chars.Length && IsJoiner(chars[i]) && IsInnerJoiner(chars, i))
            {
                i = LetterOrDigitRunEnd(chars, i + 1);
            }

            // "Mr. Sperling", "Sen. Cruz": the dot of a title's abbreviation belongs to it and ends no sentence.
            if (i < chars.Length && chars[i] == '.' && IsTitleAbbreviation(chars[wordStart..i]))
            {
                i++;
            }

            tokens.Add(new Token(wordStart, i, IsWord: true, WordClasses.Of(chars[wordStart..i])));
        }
    }

    /// <summary>
    /// The word at <paramref name="i"/> when it is one of up to eight plain ASCII letters and digits that a space, a
    /// mark or a joiner joining nothing ends: most words of a body are, and for them one load of eight characters finds
    /// the end and gives the word table its key, with no test of the word's characters one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryShortAsciiWord(ReadOnlySpan<char> chars, int i, out Token word)
    {
        word = default;
        if (i + Vector128<ushort>.Count > chars.Length)
        {
            return false;
        }

        Vector128<ushort> block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars)), (nuint)i);
        int length = BitOperations.TrailingZeroCount(~LetterOrDigitBits(block));
        int after = i + length;
        if (after < chars.Length)
        {
            // A ninth letter or digit, or a character past ASCII (a letter of another script, a curly apostrophe),
            // needs the whole rule; so do a joiner that joins ("U.S", "Trump's") and the dot of "Mr.". A full stop, a
            // dash or an apostrophe that joins nothing ends the word here: a word before a full stop is common.
            char next = chars[after];
            if (next > '\u007F' || char.IsAsciiLetterOrDigit(next)
                || (IsJoiner(next) && (IsInnerJoiner(chars, after) || (next == '.' && IsTitleAbbreviation(chars.Slice(i, length))))))
            {
                return false;
            }
        }

        word = new Token(i, after, IsWord: true, WordClasses.OfShortAscii(block, length));
        return true;
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
