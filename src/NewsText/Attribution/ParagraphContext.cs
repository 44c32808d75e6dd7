using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>One body paragraph, tokenised once: its words and marks, sentences and quotations.</summary>
internal sealed class ParagraphContext
{
    public ParagraphContext(string text, TextSegment paragraph)
    {
        Start = paragraph.Start;
        End = paragraph.Start + paragraph.Length;
        Tokens = Tokenizer.Tokenize(text, Start, End);
        Quotes = QuoteScanner.Scan(text, Start, End);
        Sentences = Attribution.Sentences.Split(text, Tokens, Quotes);
    }

    public int Start { get; }

    /// <summary>Gives the tokens, sentences and quotation marks back for the next extraction on this thread.</summary>
    public void ReturnLists()
    {
        ScratchLists<Token>.Return(Tokens);
        ScratchLists<Range>.Return(Sentences);
        ScratchLists<QuoteSpan>.Return(Quotes);
    }

    public int End { get; }

    public List<Token> Tokens { get; }

    public List<Range> Sentences { get; }

    public List<QuoteSpan> Quotes { get; }

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int TokenAt(int position)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (Tokens[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The sentence that holds token <paramref name="token"/>.</summary>
    public Range SentenceOf(int token)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            Range sentence = Sentences[mid];
            if (token < sentence.Start.Value)
            {
                high = mid - 1;
            }
            else if (token >= sentence.End.Value)
            {
                low = mid + 1;
            }
            else
            {
                return sentence;
            }
        }

        return Sentences.Count > 0 ? Sentences[^1] : 0..0;
    }

    /// <summary>Whether <paramref name="position"/> lies inside one of the paragraph's quotations.</summary>
    public bool InQuote(int position)
    {
        int low = 0, high = Quotes.Count - 1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            QuoteSpan quote = Quotes[mid];
            if (position < quote.Open)
            {
                high = mid - 1;
            }
            else if (position > quote.Close)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
