using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Splits a paragraph's tokens into sentences: a full stop, question or exclamation mark ends one when the next token
/// starts a new one (a capital or an opening quote) and no quotation is open. Abbreviations keep their dot inside the
/// word token ("U.S.", "Mr."), so they do not end sentences.
/// </summary>
internal static class Sentences
{
    public static List<Range> Split(string text, List<Token> tokens)
    {
        List<Range> sentences = ScratchLists<Range>.Rent(tokens.Count / 16 + 1);
        int start = 0;
        bool inQuote = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            Token token = tokens[i];
            if (!token.IsWord && token.Length == 1)
            {
                char c = text[token.Start];
                if (c is '“' or '«')
                {
                    inQuote = true;
                }
                else if (c is '”' or '»')
                {
                    inQuote = false;
                }
                else if (c == '"')
                {
                    inQuote = !inQuote;
                }
            }

            if (inQuote || !EndsSentence(text, tokens, i))
            {
                continue;
            }

            sentences.Add(start..(i + 1));
            start = i + 1;
        }

        if (start < tokens.Count)
        {
            sentences.Add(start..tokens.Count);
        }

        return sentences;
    }

    private static bool EndsSentence(string text, List<Token> tokens, int i)
    {
        Token token = tokens[i];
        if (token.IsWord || token.Length != 1 || text[token.Start] is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (i + 1 >= tokens.Count)
        {
            return true;
        }

        Token next = tokens[i + 1];
        char first = text[next.Start];
        // Some archives write quotation marks as two apostrophes ('' … ''): the pair opens a quote like “ does.
        return char.IsUpper(first) || QuotationMarks.IsOpening(first) || char.IsDigit(first)
            || (first == '\'' && i + 2 < tokens.Count && text[tokens[i + 2].Start] == '\'' && tokens[i + 2].Start == next.End);
    }
}
