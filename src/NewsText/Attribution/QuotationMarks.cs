using System.Buffers;

namespace NewsText.Attribution;

/// <summary>The quotation-mark styles news text uses, and which closes which.</summary>
internal static class QuotationMarks
{
    public static bool IsOpening(char c) => c is '“' or '"' or '«' or '„' or '‘' or '「' or '『' or '‹';

    public static bool IsClosing(char c) => c is '”' or '"' or '»' or '“' or '’' or '」' or '』' or '›';

    public static bool IsAnyMark(char c) => IsOpening(c) || IsClosing(c);

    /// <summary>The marks <see cref="IsClosing"/> holds for but the apostrophe ’, which mostly stands inside a word.</summary>
    public static readonly SearchValues<char> ClosingButApostrophe = SearchValues.Create("”\"»“」』›");

    /// <summary>The mark that closes <paramref name="open"/>; „ closes with “ (German) or ” (Polish).</summary>
    public static bool Closes(char open, char close) => (open, close) switch
    {
        ('“', '”') or ('"', '"') or ('«', '»') or ('‘', '’') or ('「', '」') or ('『', '』') or ('‹', '›') => true,
        ('„', '“') or ('„', '”') or ('“', '“') => true,
        _ => false,
    };
}
