using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>One body paragraph, tokenised once: its words and marks, sentences and quotations.</summary>
internal sealed class ParagraphContext
{
    /// <summary>The paragraph tokenised, in fresh lists (<see cref="ParagraphContextPool"/> reuses contexts).</summary>
    public static ParagraphContext Of(string text, TextSegment paragraph)
    {
        var context = new ParagraphContext();
        context.Fill(text, paragraph);
        return context;
    }

    /// <summary>Tokenises <paramref name="paragraph"/> into this context's lists, dropping what they held.</summary>
    public void Fill(string text, TextSegment paragraph)
    {
        Start = paragraph.Start;
        End = paragraph.Start + paragraph.Length;
        Tokenizer.Tokenize(text, Start, End, Tokens);
        QuoteScanner.Scan(text, Start, End, Quotes);
        Attribution.Sentences.Split(text, Tokens, Quotes, Sentences);
    }

    public int Start { get; private set; }

    public int End { get; private set; }

    // The lists stay with the context when it is reused, so a paragraph costs no list rented or given back.
    public List<Token> Tokens { get; } = [];

    public List<Range> Sentences { get; } = [];

    public List<QuoteSpan> Quotes { get; } = [];

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    /// <remarks>
    /// The finders ask this thousands of times an article, and which way each step of a search goes has no pattern: the
    /// search halves a window of tokens that holds the answer and moves its base by arithmetic, not a branch
    /// the processor would mispredict at every other step.
    /// </remarks>
    public int TokenAt(int position)
    {
        ReadOnlySpan<Token> tokens = CollectionsMarshal.AsSpan(Tokens);
        // The answer lies from first to first + length.
        int first = 0, length = tokens.Length;
        while (length > 1)
        {
            int half = length / 2;
            // All ones when the token starts before the place, so the base moves past it: the JIT makes a branch of a
            // conditional expression in a loop. Offsets into a string do not overflow the difference.
            int before = (tokens[first + half].Start - position) >> 31;
            first += half & before;
            length -= half;
        }

        return length == 1 && tokens[first].Start < position ? first + 1 : first;
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
