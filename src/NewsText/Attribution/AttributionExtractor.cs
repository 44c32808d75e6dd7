using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// The default <see cref="IAttributionExtractor"/>: finds direct, mixed and indirect quotes paragraph by paragraph and
/// resolves their speakers across the article. Rule-based, linear in the text's length, immutable and thread-safe.
/// </summary>
public sealed class AttributionExtractor : IAttributionExtractor
{
    // The cues already used, kept for the next article on this thread unless an unusual one made the set big.
    private const int MaxKeptCues = 4096;

    [ThreadStatic]
    private static HashSet<int>? t_usedCues;

    private readonly NewsTextOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates an extractor.</summary>
    /// <param name="options">Settings; null for <see cref="NewsTextOptions.Default"/>.</param>
    /// <param name="loggerFactory">Receives a Debug line for every speaker choice; null for none.</param>
    public AttributionExtractor(NewsTextOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        _options = options ?? NewsTextOptions.Default;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AttributionExtractor>();
    }

    /// <summary>
    /// A quote that runs on over paragraphs names its speaker only at its end ("…,” Brandt said."): the paragraphs
    /// before it get that speaker too.
    /// </summary>
    private static void NameRunOnQuote(List<ParagraphContext> contexts, int index, List<FoundQuote> found, int paragraphFirst)
    {
        if (paragraphFirst == 0 || paragraphFirst >= found.Count || found[paragraphFirst].Mention is not Mention speaker
            || found[paragraphFirst].ContentStart != contexts[index].Start + 1)
        {
            return;
        }

        for (int k = paragraphFirst - 1; k >= 0 && found[k].Mention is null && index > 0; k--)
        {
            ParagraphContext owner = contexts[--index];
            if (found[k].ContentStart != owner.Start + 1 || owner.Quotes.Count == 0 || owner.Quotes[^1].Closed)
            {
                break;
            }

            found[k] = found[k] with { Mention = speaker, Cue = found[paragraphFirst].Cue, Why = "the quote runs on to where they are named" };
        }
    }

    private static bool StartsIncrease(List<FoundQuote> found)
    {
        ReadOnlySpan<FoundQuote> quotes = CollectionsMarshal.AsSpan(found);
        for (int i = 1; i < quotes.Length; i++)
        {
            if (quotes[i - 1].ContentStart >= quotes[i].ContentStart)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public AttributionResult Extract(string text, IReadOnlyList<TextSegment> paragraphs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        ParagraphContextPool pool = ParagraphContextPool.Rent();
        NameIndex names = NameIndex.Rent(text);
        HashSet<int> usedCues = t_usedCues ?? [];
        t_usedCues = null;
        try
        {
            return Extract(text, paragraphs, pool, names, usedCues, cancellationToken);
        }
        finally
        {
            // Quotes and speakers copy what they need; the paragraphs' lists and the tables go back for the next article.
            pool.Return();
            names.Return();
            if (usedCues.Count <= MaxKeptCues)
            {
                usedCues.Clear();
                t_usedCues = usedCues;
            }
        }
    }

    private AttributionResult Extract(string text, IReadOnlyList<TextSegment> paragraphs, ParagraphContextPool pool, NameIndex names,
        HashSet<int> usedCues, CancellationToken cancellationToken)
    {
        List<ParagraphContext> contexts = pool.InUse;
        // By index: a foreach over the interface would box the list's enumerator.
        for (int p = 0; p < paragraphs.Count; p++)
        {
            TextSegment paragraph = paragraphs[p];
            cancellationToken.ThrowIfCancellationRequested();
            if (paragraph.Start < 0 || paragraph.Length < 0 || paragraph.Start + paragraph.Length > text.Length)
            {
                throw new ArgumentException("A paragraph's span does not lie inside the text.", nameof(paragraphs));
            }

            ParagraphContext context = pool.Fill(text, paragraph);
            foreach (Range sentence in context.Sentences)
            {
                names.AddSentence(context.Tokens, sentence);
            }
        }

        List<FoundQuote> found = ScratchLists<FoundQuote>.Rent(contexts.Count);
        for (int i = 0; i < contexts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int paragraphFirst = found.Count;
            FoundQuote? carried = paragraphFirst > 0 ? found[^1] : null;
            DirectQuoteFinder.Find(text, contexts[i], i > 0 ? contexts[i - 1] : null, carried, usedCues, found);
            NameRunOnQuote(contexts, i, found, paragraphFirst);
            SignedQuote.Sign(text, contexts, i, found, paragraphFirst);
            ContinuedQuotes.Merge(text, found, paragraphFirst);
            if (_options.ExtractIndirectQuotes)
            {
                ReportedSpeechFinder.Find(text, contexts[i], usedCues, found, paragraphFirst);
                QuotedClauses.MarkMixed(text, found, paragraphFirst);
            }
        }

        // Most articles' quotes are found in the text's order already (a paragraph's reported speech is added after its
        // quotations, which puts it out of order only when both are there): a strictly increasing order is the one any
        // sort leaves, so the sort, which moves large structs through a delegate, is spared.
        if (!StartsIncrease(found))
        {
            found.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        }

        var resolver = new SpeakerResolver(text, names, _logger);
        Quote[] quotes = found.Count == 0 ? [] : new Quote[found.Count];
        for (int q = 0; q < quotes.Length; q++)
        {
            quotes[q] = resolver.Resolve(found[q], q);
        }

        ScratchLists<FoundQuote>.Return(found);

        return new AttributionResult(quotes, resolver.Speakers());
    }
}
