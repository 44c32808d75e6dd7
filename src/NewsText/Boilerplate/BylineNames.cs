namespace NewsText.Boilerplate;

/// <summary>
/// The names a byline reading found, as the reading itself needs them: how many, the first and the last, and whether
/// two in a row are joined by "and" or "&amp;". The list of them all is kept only when the reader is given one.
/// </summary>
/// <remarks>
/// The stripper reads every short block for a byline and keeps no names (see <see cref="BylineSummary"/>); a list
/// per reading was about half of what recognising a page allocated. The struct holds no reference either: the reader
/// passes it around inlined, and every copy with a reference in it is one the runtime clears on each call.
/// </remarks>
internal struct BylineNames
{
    public int Count { get; private set; }

    public TextSpan First { get; private set; }

    public TextSpan Last { get; private set; }

    /// <summary>Whether the text between two names in a row holds " and " or "&amp;".</summary>
    public bool JoinedByAnd { get; private set; }

    public static BylineNames One(TextSpan name) => new() { Count = 1, First = name, Last = name };

    /// <summary>Adds <paramref name="name"/>, and to <paramref name="kept"/> (empty until the second name) when there is one.</summary>
    public void Add(string text, TextSpan name, List<TextSpan>? kept)
    {
        if (Count == 0)
        {
            First = name;
        }
        else
        {
            ReadOnlySpan<char> between = text.AsSpan(Last.End, name.Start - Last.End);
            JoinedByAnd |= between.Contains(" and ", StringComparison.OrdinalIgnoreCase) || between.Contains('&');
            if (kept is not null)
            {
                // Most bylines name one author: the list is filled from the second.
                if (Count == 1)
                {
                    kept.Add(First);
                }

                kept.Add(name);
            }
        }

        Last = name;
        Count++;
    }

    /// <summary>The names in order; <paramref name="kept"/> is the list they were added with.</summary>
    public readonly IReadOnlyList<TextSpan> ToList(List<TextSpan>? kept) => Count switch
    {
        0 => [],
        1 => [First],
        _ => kept ?? throw new InvalidOperationException("The names were read without keeping them."),
    };
}
