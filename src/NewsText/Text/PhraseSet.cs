using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace NewsText.Text;

/// <summary>
/// Up to 64 ASCII phrases searched for case-insensitively in one pass, without lower-casing the text first. One look
/// at a small bit table per character rules out nearly every place: the table holds a hash of each phrase's first
/// three characters, and only where the three characters at hand hit it are the phrases compared.
/// </summary>
/// <remarks>
/// <para>
/// Ignoring case, an ASCII letter matches no character outside ASCII, so a phrase can only start where ASCII
/// characters stand.
/// </para>
/// <para>
/// A vectorised multi-string <c>SearchValues</c> (on .NET 9 and later) and a separate pass for short texts did this
/// before. On news pages this one scan costs about what they did together, as dozens of phrases that start like
/// common words ("con", "ter", "use") keep the vectorised search verifying; it needs no second path for short texts,
/// and .NET 8 no longer searches once per phrase.
/// </para>
/// </remarks>
internal sealed class PhraseSet
{
    // A power of two, some sixty times the most phrases, so that few places hit the table by chance.
    private const int TableBits = 4096;
    private const int TableShift = 32 - 12;

    private readonly string[] _phrases;

    /// <summary>Bit h is set when a phrase's first three characters, lower-cased, hash to h.</summary>
    private readonly ulong[] _firstTriples = new ulong[TableBits / 64];

    /// <summary>
    /// For each lower-cased ASCII character, a mask of the phrases that have it first, second and third (a
    /// two-character phrase has every third one, and zero, which stands for a character outside ASCII or past the
    /// end). The three masks of a place intersect to the phrases that start with its three characters: three small
    /// tables, which stay in the cache between blocks where a table of every pair of characters did not.
    /// </summary>
    private readonly ulong[] _byFirst = new ulong[128];

    private readonly ulong[] _bySecond = new ulong[128];

    private readonly ulong[] _byThird = new ulong[128];

    /// <summary>A faster first look than <see cref="NextHit"/>'s, where the processor and the phrases allow one.</summary>
    private readonly TripleFilter? _filter;

    /// <summary>
    /// Each phrase's first <see cref="HeadLength"/> characters lower-cased, zero past the end of a shorter one, and the
    /// lanes they fill. Phrases that start like common words ("all", "not", "you", "new", "con") pass the three-character
    /// look at most places that hit; comparing eight characters at once turns nearly all of them away before a string
    /// comparison.
    /// </summary>
    private readonly Vector128<ushort>[] _heads;

    private readonly Vector128<ushort>[] _headLanes;

    private const int HeadLength = 8;

    public PhraseSet(params string[] phrases)
    {
        if (phrases.Length > 64)
        {
            throw new ArgumentException("At most 64 phrases fit the result mask.", nameof(phrases));
        }

        _phrases = phrases;
        _heads = new Vector128<ushort>[phrases.Length];
        _headLanes = new Vector128<ushort>[phrases.Length];
        Span<ushort> head = stackalloc ushort[HeadLength];
        Span<ushort> lanes = stackalloc ushort[HeadLength];
        for (int i = 0; i < phrases.Length; i++)
        {
            string phrase = phrases[i];
            if (phrase.Length < 2 || !Ascii.IsValid(phrase))
            {
                throw new ArgumentException("Phrases are ASCII, two characters or more.", nameof(phrases));
            }

            int pair = (Fold(phrase[0]) << 7) | Fold(phrase[1]);
            _byFirst[Fold(phrase[0])] |= 1UL << i;
            _bySecond[Fold(phrase[1])] |= 1UL << i;

            // A two-character phrase may stand before any character, or at the end (read as character zero).
            int firstThird = phrase.Length > 2 ? Fold(phrase[2]) : 0;
            int lastThird = phrase.Length > 2 ? firstThird : 127;
            for (int third = firstThird; third <= lastThird; third++)
            {
                _byThird[third] |= 1UL << i;
                uint h = TripleHash((uint)((pair << 7) | third));
                _firstTriples[h >> 6] |= 1UL << (int)h;
            }

            for (int c = 0; c < HeadLength; c++)
            {
                head[c] = c < phrase.Length ? (ushort)Fold(phrase[c]) : (ushort)0;
                lanes[c] = c < phrase.Length ? ushort.MaxValue : (ushort)0;
            }

            _heads[i] = Vector128.Create<ushort>(head);
            _headLanes[i] = Vector128.Create<ushort>(lanes);
        }

        _filter = TripleFilter.TryCreate(phrases);
    }

    public int Count => _phrases.Length;

    /// <summary>A mask with bit i set when phrase i occurs in <paramref name="text"/>, ignoring case.</summary>
    public ulong Find(ReadOnlySpan<char> text) => Scan(text, stopAtFirst: false);

    /// <summary>Whether any phrase occurs in <paramref name="text"/>, ignoring case.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => Scan(text, stopAtFirst: true) != 0;

    private ulong Scan(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        if (_filter is not null && text.Length >= TripleFilter.Reach)
        {
            // The last look is moved back to end with the text, and the places it repeats are masked off. It covers
            // every place but the last (the last three for the wide look), whose third (fourth) character lies past
            // the end; no phrase of a filtered set starts there, as the filter is made only for phrases of three
            // characters or more, and its wide look only for phrases of four or more.
            return ScanFiltered(text, wide: _filter.IsWide && text.Length >= TripleFilter.WideReach, stopAtFirst);
        }

        ulong found = 0;
        for (int at = NextHit(text, 0); at >= 0; at = NextHit(text, at + 1))
        {
            found |= ConfirmAt(text, at, stopAtFirst);
            if (stopAtFirst && found != 0)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>
    /// <see cref="Scan"/> with the filter's eight-place look, or its sixteen-place look when <paramref name="wide"/>;
    /// the text holds one look at least.
    /// </summary>
    private ulong ScanFiltered(ReadOnlySpan<char> text, bool wide, bool stopAtFirst)
    {
        ulong found = 0;
        int width = wide ? TripleFilter.WideWidth : TripleFilter.Width;
        int lastLook = text.Length - (wide ? TripleFilter.WideReach : TripleFilter.Reach);
        for (int at = 0; ; at += width)
        {
            int look = Math.Min(at, lastLook);
            uint hits = wide ? _filter!.WideHits(text, look) : _filter!.Hits(text, look);
            for (hits &= ~0u << (at - look); hits != 0; hits &= hits - 1)
            {
                found |= ConfirmAt(text, look + BitOperations.TrailingZeroCount(hits), stopAtFirst);
                if (stopAtFirst && found != 0)
                {
                    return found;
                }
            }

            if (look == lastLook)
            {
                return found;
            }
        }
    }

    /// <summary>The phrases that start at <paramref name="at"/> (the first one when <paramref name="stopAtFirst"/>).</summary>
    private ulong ConfirmAt(ReadOnlySpan<char> text, int at, bool stopAtFirst)
    {
        uint third = at + 2 < text.Length ? Key(text[at + 2]) : 0;
        ulong candidates = _byFirst[Key(text[at])] & _bySecond[Key(text[at + 1])] & _byThird[third];
        return candidates == 0 ? 0 : Confirm(text[at..], candidates, stopAtFirst);
    }

    /// <summary>
    /// The first place at or after <paramref name="from"/> whose three characters hit <see cref="_firstTriples"/>, or
    /// -1. Kept apart from the rare confirming, so that the loop over every character holds all it needs in registers.
    /// </summary>
    private int NextHit(ReadOnlySpan<char> text, int from)
    {
        // A phrase has two characters or more: the last place one can start is the next to last character.
        int last = text.Length - 2;
        if (from > last)
        {
            return -1;
        }

        ref char chars = ref MemoryMarshal.GetReference(text);
        ref ulong triples = ref MemoryMarshal.GetArrayDataReference(_firstTriples);
        ref byte keys = ref MemoryMarshal.GetArrayDataReference(AsciiKeys);
        // The three characters, seven bits each; a character outside ASCII is zero, which starts no phrase. Each is
        // looked up once, and the three are put together afresh every time, so no step waits for the last one.
        uint first = Key(ref keys, Unsafe.Add(ref chars, from)), second = Key(ref keys, Unsafe.Add(ref chars, from + 1));
        for (int at = from; at < last; at++)
        {
            uint third = Key(ref keys, Unsafe.Add(ref chars, at + 2));
            if (Hits(ref triples, first, second, third))
            {
                return at;
            }

            first = second;
            second = third;
        }

        // Past the last character stands a zero, so that a two-character phrase can end the text.
        return Hits(ref triples, first, second, 0) ? last : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Hits(ref ulong triples, uint first, uint second, uint third)
    {
        uint h = TripleHash((first << 14) | (second << 7) | third);
        return ((Unsafe.Add(ref triples, (int)(h >> 6)) >> (int)h) & 1) != 0;
    }

    /// <summary>Those of the <paramref name="candidates"/> that <paramref name="text"/> starts with (the first one when <paramref name="stopAtFirst"/>).</summary>
    private ulong Confirm(ReadOnlySpan<char> text, ulong candidates, bool stopAtFirst)
    {
        // Ignoring case, eight ASCII characters equal a phrase's first eight exactly when they do lower-cased; a
        // character outside ASCII leaves the comparison to the string's rules.
        if (text.Length >= HeadLength)
        {
            Vector128<ushort> chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)));
            if ((chars & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero)
            {
                return ConfirmHeads(text, ToLower(chars), candidates, stopAtFirst);
            }
        }

        ulong found = 0;
        for (; candidates != 0; candidates &= candidates - 1)
        {
            // Their first three characters match already.
            int p = BitOperations.TrailingZeroCount(candidates);
            string phrase = _phrases[p];
            if (text.Length >= phrase.Length && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
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

    /// <summary>
    /// <see cref="Confirm"/> where the text's first <see cref="HeadLength"/> characters are ASCII and
    /// <paramref name="lower"/> holds them lower-cased.
    /// </summary>
    private ulong ConfirmHeads(ReadOnlySpan<char> text, Vector128<ushort> lower, ulong candidates, bool stopAtFirst)
    {
        ulong found = 0;
        for (; candidates != 0; candidates &= candidates - 1)
        {
            int p = BitOperations.TrailingZeroCount(candidates);
            if ((lower & _headLanes[p]) != _heads[p])
            {
                continue;
            }

            string phrase = _phrases[p];
            if (phrase.Length <= HeadLength || text[HeadLength..].StartsWith(phrase.AsSpan(HeadLength), StringComparison.OrdinalIgnoreCase))
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

    private static Vector128<ushort> ToLower(Vector128<ushort> chars) =>
        chars | (Vector128.LessThan(chars - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26)) & Vector128.Create((ushort)0x20));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint TripleHash(uint triple) => (triple * 2654435769u) >> TableShift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(char c) => c < 0x80 ? AsciiKeys[c] : 0u;

    /// <summary><see cref="Key(char)"/> from the table's first element, which the scanning loop holds: no bounds check, as the table covers ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(ref byte keys, char c) => c < 0x80 ? Unsafe.Add(ref keys, c) : 0u;

    private static readonly byte[] AsciiKeys = BuildAsciiKeys();

    private static byte[] BuildAsciiKeys()
    {
        var keys = new byte[0x80];
        for (char c = '\0'; c < 0x80; c++)
        {
            keys[c] = (byte)Fold(c);
        }

        return keys;
    }

    private static int Fold(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c;
}
