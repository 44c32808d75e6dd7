#if NET9_0_OR_GREATER
using System.Buffers;
#endif
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsText.Text;

/// <summary>
/// Up to 64 ASCII phrases searched for case-insensitively in one pass, without lower-casing the text first: on .NET 9
/// and later through a vectorised multi-string <c>SearchValues</c>, on .NET 8 one search per phrase. A short text
/// (most blocks are a few words) is scanned by the phrases' first two letters instead, which costs less than setting
/// up either search.
/// </summary>
/// <remarks>
/// Ignoring case, an ASCII letter matches no character outside ASCII, so a phrase can only start where two ASCII
/// characters stand.
/// </remarks>
internal sealed class PhraseSet
{
    private const int MaxShortText = 64;

    private readonly string[] _phrases;

    /// <summary>
    /// For each pair of lower-cased ASCII characters, an index into <see cref="_phrasesByFirstPair"/>: the phrases that
    /// start with that pair. Zero for none, which most pairs are.
    /// </summary>
    private readonly byte[] _firstPairSlots = new byte[128 * 128];

    private readonly ulong[] _phrasesByFirstPair;
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _search;
#endif

    public PhraseSet(params string[] phrases)
    {
        if (phrases.Length > 64)
        {
            throw new ArgumentException("At most 64 phrases fit the result mask.", nameof(phrases));
        }

        _phrases = phrases;
        foreach (string phrase in phrases)
        {
            if (phrase.Length < 2 || !Ascii.IsValid(phrase))
            {
                throw new ArgumentException("Phrases are ASCII, two characters or more.", nameof(phrases));
            }

        }

        var phrasesByFirstPair = new List<ulong> { 0 };
        for (int i = 0; i < phrases.Length; i++)
        {
            int pair = Pair(phrases[i][0], phrases[i][1]);
            if (_firstPairSlots[pair] == 0)
            {
                _firstPairSlots[pair] = (byte)phrasesByFirstPair.Count;
                phrasesByFirstPair.Add(0);
            }

            phrasesByFirstPair[_firstPairSlots[pair]] |= 1UL << i;
        }

        _phrasesByFirstPair = [.. phrasesByFirstPair];

#if NET9_0_OR_GREATER
        _search = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
#endif
    }

    public int Count => _phrases.Length;

    /// <summary>A mask with bit i set when phrase i occurs in <paramref name="text"/>, ignoring case.</summary>
    public ulong Find(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxShortText)
        {
            return FindInShortText(text, stopAtFirst: false);
        }

        ulong found = 0;
#if NET9_0_OR_GREATER
        int offset = 0;
        while (offset < text.Length)
        {
            int hit = text[offset..].IndexOfAny(_search);
            if (hit < 0)
            {
                break;
            }

            // A phrase starts here: only those that start with these two characters need comparing.
            ReadOnlySpan<char> rest = text[(offset + hit)..];
            found |= Confirm(rest, CandidatesAt(rest), stopAtFirst: false);
            offset += hit + 1;
        }
#else
        for (int i = 0; i < _phrases.Length; i++)
        {
            if (text.Contains(_phrases[i], StringComparison.OrdinalIgnoreCase))
            {
                found |= 1UL << i;
            }
        }
#endif
        return found;
    }

    /// <summary>Whether any phrase occurs in <paramref name="text"/>, ignoring case.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxShortText)
        {
            return FindInShortText(text, stopAtFirst: true) != 0;
        }

#if NET9_0_OR_GREATER
        return text.IndexOfAny(_search) >= 0;
#else
        return Find(text) != 0;
#endif
    }

    private ulong FindInShortText(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        ulong found = 0;
        ref byte slots = ref MemoryMarshal.GetArrayDataReference(_firstPairSlots);
        for (int i = 1; i < text.Length; i++)
        {
            // Each pair of ASCII characters is one table look; pairs that start no phrase, nearly all, end there.
            char first = text[i - 1], second = text[i];
            if ((first | second) >= 0x80)
            {
                continue;
            }

            byte slot = Unsafe.Add(ref slots, Pair(first, second));
            if (slot != 0)
            {
                found |= Confirm(text[(i - 1)..], _phrasesByFirstPair[slot], stopAtFirst);
                if (stopAtFirst && found != 0)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The phrases that start with the first two characters of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong CandidatesAt(ReadOnlySpan<char> text) =>
        text.Length < 2 || (text[0] | text[1]) >= 0x80 ? 0 : _phrasesByFirstPair[_firstPairSlots[Pair(text[0], text[1])]];

    /// <summary>Those of the <paramref name="candidates"/> that <paramref name="text"/> starts with (the first one when <paramref name="stopAtFirst"/>).</summary>
    private ulong Confirm(ReadOnlySpan<char> text, ulong candidates, bool stopAtFirst)
    {
        ulong found = 0;
        for (; candidates != 0; candidates &= candidates - 1)
        {
            // Their first two characters match already; the third rules out most of the rest without a call.
            int p = BitOperations.TrailingZeroCount(candidates);
            string phrase = _phrases[p];
            if (text.Length >= phrase.Length && (phrase.Length == 2 || Fold(text[2]) == Fold(phrase[2]))
                && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                found |= 1UL << p;
                if (stopAtFirst)
                {
                    break;
                }
            }
        }

        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pair(char first, char second) => (Fold(first) << 7) | Fold(second);

    private static int Fold(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c;
}
