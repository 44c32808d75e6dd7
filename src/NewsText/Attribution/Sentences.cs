using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Splits a paragraph's tokens into sentences: a full stop, question or exclamation mark ends one when the next token
/// starts a new one (a capital or an opening quote) and no quotation is open; a mark just inside a closing quotation
/// mark ("…at home.” Then …") ends the sentence after that closing mark. Abbreviations keep their dot inside the word
/// token ("U.S.", "Mr."), so they do not end sentences.
/// </summary>
internal static class Sentences
{
    /// <summary>
    /// Puts the sentences of <paramref name="tokens"/> in <paramref name="sentences"/>, in place of what it held. <paramref name="quotes"/> are the paragraph's quotations as
    /// <see cref="QuoteScanner"/> paired them, so a stray straight quote does not hide the sentence ends after it.
    /// </summary>
    public static void Split(string text, List<Token> tokens, List<QuoteSpan> quotes, List<Range> sentences)
    {
        sentences.Clear();
        Split(text, CollectionsMarshal.AsSpan(tokens), quotes, sentences);
    }

    // Over a span of the tokens: every one of them is read, most more than once, and the list's indexer checks each.
    private static void Split(string text, ReadOnlySpan<Token> tokens, List<QuoteSpan> quotes, List<Range> sentences)
    {
        int start = 0;
        int quote = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            // Only a full stop, question or exclamation mark or a closing quotation mark ends a sentence (a comma, the
            // most common mark, never does); the quotation to compare with is caught up with at the next such mark.
            if (!token.Has(WordClass.SentenceMark))
            {
                continue;
            }

            while (quote < quotes.Count && QuoteEnd(quotes[quote]) <= token.Start)
            {
                quote++;
            }

            bool inQuote = quote < quotes.Count && quotes[quote].Open < token.Start && token.Start < QuoteEnd(quotes[quote]);
            bool ends = inQuote
                ? false
                : EndsSentence(text, tokens, i) || (i > start && IsClosingMarkAfterSentenceEnd(text, tokens, i, quotes, quote));
            if (!ends)
            {
                continue;
            }

            sentences.Add(start..(i + 1));
            start = i + 1;
        }

        if (start < tokens.Length)
        {
            sentences.Add(start..tokens.Length);
        }
    }

    // A quotation left open runs to the paragraph's end.
    private static int QuoteEnd(QuoteSpan quote) => quote.Closed ? quote.Close : int.MaxValue;

    /// <summary>"…at home.” Then": the closing mark of a quotation whose last sentence ends inside it.</summary>
    private static bool IsClosingMarkAfterSentenceEnd(string text, ReadOnlySpan<Token> tokens, int i, List<QuoteSpan> quotes, int quote)
    {
        Token token = tokens[i];
        // The scan has moved past the quotation this mark closes.
        if (token.IsWord || quote == 0 || !quotes[quote - 1].Closed || quotes[quote - 1].Close != token.Start)
        {
            return false;
        }

        Token before = tokens[i - 1];
        return !before.IsWord && text[before.Start] is '.' or '!' or '?' && StartsSentence(text, tokens, i + 1);
    }

    private static bool EndsSentence(string text, ReadOnlySpan<Token> tokens, int i)
    {
        Token token = tokens[i];
        return !token.IsWord && token.Length == 1 && text[token.Start] is '.' or '!' or '?' && StartsSentence(text, tokens, i + 1);
    }

    private static bool StartsSentence(string text, ReadOnlySpan<Token> tokens, int next)
    {
        if (next >= tokens.Length)
        {
            return true;
        }

        char first = text[tokens[next].Start];
        // Some archives write quotation marks as two apostrophes ('' … ''): the pair opens a quote like “ does.
        return char.IsUpper(first) || QuotationMarks.IsOpening(first) || char.IsDigit(first)
            || (first == '\'' && next + 1 < tokens.Length && text[tokens[next + 1].Start] == '\'' && tokens[next + 1].Start == tokens[next].End);
    }
}
