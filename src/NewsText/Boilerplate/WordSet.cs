namespace NewsText.Boilerplate;

/// <summary>
/// The distinct words of some text, kept as case-insensitive hashes so that comparing a headline with the body
/// allocates nothing per word. A rare hash collision only nudges a score.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<int> _hashes = [];

    public int Count => _hashes.Count;

    public void AddWords(ReadOnlySpan<char> text)
    {
        for (int i = 0; NextWord(text, ref i) is Range word;)
        {
            _hashes.Add(Hash(text[word]));
        }
    }

    /// <summary>Share of the words of <paramref name="text"/> (three letters or more) that are in the set.</summary>
    public double Coverage(ReadOnlySpan<char> text)
    {
        int words = 0;
        int found = 0;
        for (int i = 0; NextWord(text, ref i) is Range word;)
        {
            words++;
            found += _hashes.Contains(Hash(text[word])) ? 1 : 0;
        }

        return words == 0 ? 0 : (double)found / words;
    }

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The next word of three letters or more at or after <paramref name="i"/>, which moves past it.</summary>
    private static Range? NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i - start >= 3)
            {
                return start..i;
            }
        }

        return null;
    }
}
