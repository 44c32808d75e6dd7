using System.Text.Json.Serialization;

namespace NewsText;

/// <summary>
/// A range of the input string, in UTF-16 code units: <see cref="Start"/> is the index of the first code unit and
/// <see cref="Length"/> the number of code units. Every span NewsText returns lies inside the string it parsed.
/// </summary>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last code unit of the span.</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>Returns the part of <paramref name="text"/> this span covers.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside <paramref name="text"/>.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}
