namespace NewsText.Attribution;

/// <summary>A word or a punctuation mark of a paragraph, as offsets into the input, with the word's classes (or the mark's).</summary>
internal readonly record struct Token(int Start, int End, bool IsWord, WordClass Classes = WordClass.None)
{
    /// <summary>Whether the word is of one of <paramref name="classes"/> (a mark is of none but <see cref="WordClass.SentenceMark"/>).</summary>
    public bool Has(WordClass classes) => (Classes & classes) != 0;

    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    public bool IsCapitalised(string text) => IsWord && char.IsUpper(text[Start]);

    public bool Is(string text, string value) => Span(text).Equals(value, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(string text, char c) => !IsWord && Length == 1 && text[Start] == c;
}
