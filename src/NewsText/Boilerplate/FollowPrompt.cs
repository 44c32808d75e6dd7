namespace NewsText.Boilerplate;

/// <summary>
/// "Follow Jane Doe on Twitter @janedoe.", "Follow us on Facebook, Twitter and Instagram.": the line that closes many
/// stories and asks the reader to follow the author or the publisher on a social network. It reads as a sentence, so
/// the lexicon, which leaves sentences to the body, does not take it.
/// </summary>
internal static class FollowPrompt
{
    private const int MaxLength = 200;

    // The name of the author or the section comes between "Follow" and "on": a few words, not a clause.
    private const int MaxWordsBeforeNetwork = 12;

    private static readonly string[] Networks = ["twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok", "snapchat", "pinterest"];

    public static bool Is(ReadOnlySpan<char> block)
    {
        // Every block is asked, and its first letter turns nearly all away before any comparison.
        if (block.Length > MaxLength || block.IsEmpty || (block[0] | 0x20) != 'f' || !block.StartsWith("follow ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int on = block.IndexOf(" on ", StringComparison.OrdinalIgnoreCase);
        if (on < 0 || block[..on].Count(' ') > MaxWordsBeforeNetwork)
        {
            return false;
        }

        ReadOnlySpan<char> network = block[(on + 4)..];
        foreach (string name in Networks)
        {
            if (network.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
