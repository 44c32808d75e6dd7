using System.Diagnostics.CodeAnalysis;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>One body paragraph, tokenised once: its words and marks, sentences and quotations.</summary>
internal sealed class ParagraphContext
{
    // Contexts kept for the next article on this thread; more than a long article needs are left to the collector.
    private const int MaxKeptContexts = 1024;

    [ThreadStatic]
    private static Stack<ParagraphContext>? t_spare;

    private ParagraphContext(string text, TextSegment paragraph)
    {
        Fill(text, paragraph);
    }

    /// <summary>The paragraph tokenised, in a context this thread gave back earlier when there is one.</summary>
    public static ParagraphContext Rent(string text, TextSegment paragraph)
    {
        if (t_spare is { Count: > 0 } spare)
        {
            ParagraphContext context = spare.Pop();
            context.Fill(text, paragraph);
            return context;
        }

        return new ParagraphContext(text, paragraph);
    }

    [MemberNotNull(nameof(Tokens), nameof(Sentences), nameof(Quotes))]
    private void Fill(string text, TextSegment paragraph)
    {
        Start = paragraph.Start;
        End = paragraph.Start + paragraph.Length;
        Tokens = Tokenizer.Tokenize(text, Start, End);
        Quotes = QuoteScanner.Scan(text, Start, End);
        Sentences = Attribution.Sentences.Split(text, Tokens, Quotes);
    }

    public int Start { get; private set; }

    /// <summary>
    /// Gives the tokens, sentences and quotation marks, and the context itself, back for the next extraction on this
    /// thread: nothing may use the context afterwards.
    /// </summary>
    public void Return()
    {
        ScratchLists<Token>.Return(Tokens);
        ScratchLists<Range>.Return(Sentences);
        ScratchLists<QuoteSpan>.Return(Quotes);
        Stack<ParagraphContext> spare = t_spare ??= new Stack<ParagraphContext>();
        if (spare.Count < MaxKeptContexts)
        {
            spare.Push(this);
        }
    }

    public int End { get; private set; }

    public List<Token> Tokens { get; private set; }

    public List<Range> Sentences { get; private set; }

    public List<QuoteSpan> Quotes { get; private set; }

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
