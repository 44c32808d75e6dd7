namespace NewsText.Attribution;

/// <summary>
/// Quotation marks around a title rather than speech: MSNBC's “Morning Joe,”, the movie ''Bridge of Spies,'', an
/// article titled "Clinton Does Best Where …", the hacker known as “Guccifer”. A short quotation in title case, right
/// after a possessive or a word that introduces a name, names a work or a person; nobody is quoted.
/// </summary>
internal static class QuotedTitles
{
    private const int MaxTitleWords = 10;

    public static bool IsTitle(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        int open = paragraph.TokenAt(quote.Open);
        if (open == 0 || !IntroducesTitle(text, paragraph.Tokens[open - 1]) || !IsTitleCase(text, quote.ContentStart, quote.ContentEnd))
        {
            return false;
        }

        return WordCount.UpTo(text, quote.ContentStart, quote.ContentEnd, MaxTitleWords + 1) <= MaxTitleWords;
    }

    private static bool IntroducesTitle(string text, Token before)
    {
        if (!before.IsWord)
        {
            return false;
        }

        ReadOnlySpan<char> word = before.Span(text);
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
            || word is "show" or "movie" or "film" or "book" or "titled" or "entitled" or "program" or "programme" or "series"
                or "song" or "album" or "memoir" or "novel" or "documentary" or "article" or "column" or "headline" or "as" or "on";
    }

    /// <summary>
    /// A quotation in title case with nobody to say it names a work ("roles in “How the Grinch Stole Christmas,”",
    /// "author of ''Empire of the Fund,''"): speech quoted without a speaker reads as a sentence.
    /// </summary>
    public static bool IsUnattributedTitle(string text, QuoteSpan quote) => IsTitleCase(text, quote.ContentStart, quote.ContentEnd);

    // Every word of four letters or more starts with a capital ("Clinton Does Best Where Voting Machines Flunk").
    private static bool IsTitleCase(string text, int start, int end)
    {
        bool sawWord = false;
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || (i > start && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            int wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if ((wordEnd - i >= 4 || !sawWord) && !char.IsUpper(text[i]))
            {
                return false;
            }

            sawWord = true;
        }

        return sawWord;
    }
}
