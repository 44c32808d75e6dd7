#if NET9_0_OR_GREATER
using System.Buffers;
#endif

namespace NewsText.Text;

/// <summary>
/// Up to 64 ASCII phrases searched for case-insensitively in one pass, without lower-casing the text first: on .NET 9
/// and later through a vectorised multi-string <c>SearchValues</c>, on .NET 8 one search per phrase.
/// </summary>
internal sealed class PhraseSet
{
    private readonly string[] _phrases;
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
#if NET9_0_OR_GREATER
        _search = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
#endif
    }

    public int Count => _phrases.Length;

    /// <summary>A mask with bit i set when phrase i occurs in <paramref name="text"/>, ignoring case.</summary>
    public ulong Find(ReadOnlySpan<char> text)
    {
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

            ReadOnlySpan<char> rest = text[(offset + hit)..];
            for (int i = 0; i < _phrases.Length; i++)
            {
                if (rest.StartsWith(_phrases[i], StringComparison.OrdinalIgnoreCase))
                {
                    found |= 1UL << i;
                }
            }

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
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_search) >= 0;
#else
        return Find(text) != 0;
#endif
    }
}
