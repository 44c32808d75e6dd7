namespace NewsText.Boilerplate;

/// <summary>
/// "— Jane Doe (@janedoe) November 19, 2019": the line that signs a tweet embedded in a story, under the tweet's
/// text. The story quotes the tweet, so the tweet and its signature are part of it, though the signature is short
/// and mostly a date.
/// </summary>
internal static class TweetSignature
{
    private const int MaxLength = 160;

    /// <summary>Whether <paramref name="block"/>, which holds a date, is a tweet's signature.</summary>
    public static bool Is(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxLength || block.Length < 4 || block[0] is not ('—' or '–' or '-') || block[1] != ' ')
        {
            return false;
        }

        int handle = block.IndexOf("(@", StringComparison.Ordinal);
        return handle > 2 && block[handle..].IndexOf(')') > 2;
    }
}
