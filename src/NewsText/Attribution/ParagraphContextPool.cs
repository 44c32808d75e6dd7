using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// The paragraph contexts of one extraction, with their lists, kept per thread for the next article. A pool is taken
/// per article, not a context per paragraph: renting and giving back each context and its three lists one by one
/// looked a thread-static up some twenty times a paragraph, which cost more than sentence splitting.
/// </summary>
internal sealed class ParagraphContextPool
{
    // Contexts kept for the next article; more than a long article needs are left to the collector.
    private const int MaxKeptContexts = 1024;

    // The token capacity the kept contexts may hold together (the other lists are a fraction of it): an article of
    // unusually long paragraphs leaves the contexts it grew to the collector.
    private const int MaxKeptTokens = 1 << 16;

    private readonly Stack<ParagraphContext> _spare = new();
    private int _keptTokens;

    private ParagraphContextPool()
    {
    }

    /// <summary>The contexts in use, in the order they were filled.</summary>
    public List<ParagraphContext> InUse { get; } = [];

    /// <summary>An empty pool, the one this thread gave back last when there is one.</summary>
    public static ParagraphContextPool Rent() => ThreadSpare<ParagraphContextPool>.Take() ?? new ParagraphContextPool();

    /// <summary>A context holding <paramref name="paragraph"/> tokenised, added to <see cref="InUse"/>.</summary>
    public ParagraphContext Fill(string text, TextSegment paragraph)
    {
        ParagraphContext context;
        if (_spare.TryPop(out ParagraphContext? spare))
        {
            _keptTokens -= spare.Tokens.Capacity;
            context = spare;
            context.Fill(text, paragraph);
        }
        else
        {
            context = ParagraphContext.Of(text, paragraph);
        }

        InUse.Add(context);
        return context;
    }

    /// <summary>Takes the contexts in use back for the next article on this thread: nothing may use them afterwards.</summary>
    public void Return()
    {
        foreach (ParagraphContext context in InUse)
        {
            if (_spare.Count < MaxKeptContexts && _keptTokens + context.Tokens.Capacity <= MaxKeptTokens)
            {
                _keptTokens += context.Tokens.Capacity;
                _spare.Push(context);
            }
        }

        InUse.Clear();
        if (InUse.Capacity > MaxKeptContexts)
        {
            InUse.Capacity = MaxKeptContexts;
        }

        ThreadSpare<ParagraphContextPool>.Keep(this);
    }
}
