namespace NewsText.Boilerplate;

/// <summary>
/// "12 thoughts on “The Headline”", "One response to “The Headline”": the heading that blog software prints over the
/// readers' comments, with their count and the story's headline in quotation marks. The headline makes it long, but
/// it opens the comment section as surely as "Comments (12)" does.
/// </summary>
internal static class CommentSectionHeading
{
    private const int MaxLength = 300;

    private static readonly string[] Counted = [" thoughts on ", " thought on ", " responses to ", " response to ", " comments on ", " comment on ", " replies to ", " reply to "];

    public static bool Is(ReadOnlySpan<char> block)
    {
        // Every block is asked, and its first character turns nearly all away: a count, or the "O" of "One".
        if (block.Length > MaxLength || block.IsEmpty || !(char.IsAsciiDigit(block[0]) || (block[0] | 0x20) == 'o'))
        {
            return false;
        }

        int count = 0;
        while (count < block.Length && char.IsAsciiDigit(block[count]))
        {
            count++;
        }

        if (count == 0 && !block.StartsWith("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> rest = block[(count == 0 ? 3 : count)..];
        // Every counted phrase opens with a space and 't', 'r' or 'c': the letter after the count turns away nearly every
        // line that merely starts with a number ("12 March 2019", "3 things"), which went through all eight phrases. A
        // letter outside ASCII is left to the phrases' own comparison.
        if (rest.Length < 2 || !char.IsWhiteSpace(rest[0]) || (rest[1] < 0x80 && (rest[1] | 0x20) is not ('t' or 'r' or 'c')))
        {
            return false;
        }

        foreach (string words in Counted)
        {
            if (StartsWithWords(rest, words))
            {
                return rest.Length > words.Length && rest[words.Length] is '“' or '"' or '‘' or '\'' or '«' or '„';
            }
        }

        return false;
    }

    // Pages put no-break spaces between the count and its words as often as plain ones.
    private static bool StartsWithWords(ReadOnlySpan<char> text, string words)
    {
        if (text.Length <= words.Length)
        {
            return false;
        }

        for (int i = 0; i < words.Length; i++)
        {
            bool same = words[i] == ' ' ? char.IsWhiteSpace(text[i]) : char.ToLowerInvariant(text[i]) == words[i];
            if (!same)
            {
                return false;
            }
        }

        return true;
    }
}
