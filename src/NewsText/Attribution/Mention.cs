namespace NewsText.Attribution;

/// <summary>Words in the text that name a speaker.</summary>
/// <param name="Start">Index of the first character in the input.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="Kind">Name, pronoun, nominal or group.</param>
/// <param name="NameStart">For a name with a title ("President Donald Trump"), where the name itself starts.</param>
internal readonly record struct Mention(int Start, int End, MentionKind Kind, int NameStart)
{
    public ReadOnlySpan<char> Name(string text) => text.AsSpan(NameStart, End - NameStart);
}
