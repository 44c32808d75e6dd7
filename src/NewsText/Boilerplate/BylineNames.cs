namespace NewsText.Boilerplate;

/// <summary>
/// The names a byline reading found, as the reading itself needs them: how many, the first and the last, and whether
/// two in a row are joined by "and" or "&amp;". The list of them all is kept only when it is asked for.
/// </summary>
/// <remarks>
/// The stripper reads every short block for a byline and keeps no names (see <see cref="BylineSummary"/>); a list
/// per reading was about half of what recognising a page allocated.
/// </remarks>
internal struct BylineNames
{
    private List<TextSpan>? _all;
    private bool _keepAll;

    public int Count { get; private set; }

    public TextSpan First { get; private set; }

    public TextSpan Last { get; private set; }

    /// <summary>Whether the text between two names in a row holds " and " or "&amp;".</summary>
    public bool JoinedByAnd { get; private set; }

    /// <summary>An empty set of names that keeps the list of them all when <paramref name="keepAll"/>.</summary>
    public static BylineNames Empty(bool keepAll) => new() { _keepAll = keepAll };

    public static BylineNames One(TextSpan name) => new() { Count = 1, First = name, Last = name };

    public void Add(string text, TextSpan name)
    {
        if (Count == 0)
        {
            First = name;
        }
        else
        {
            ReadOnlySpan<char> between = text.AsSpan(Last.End, name.Start - Last.End);
            JoinedByAnd |= between.Contains(" and ", StringComparison.OrdinalIgnoreCase) || between.Contains('&');
            if (_keepAll)
            {
                // Most bylines name one author: the list is made for the second.
                (_all ??= new List<TextSpan>(2) { First }).Add(name);
            }
        }

        Last = name;
        Count++;
    }

    /// <summary>The names in order.</summary>
    public readonly IReadOnlyList<TextSpan> ToList() => _all ?? Count switch
    {
        0 => [],
        1 => [First],
        _ => throw new InvalidOperationException("The names were read without keeping them."),
    };
}
