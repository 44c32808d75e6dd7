using System.Buffers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsText.Logging;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// The default <see cref="IBoilerplateStripper"/>: segments the text into blocks, recognises chrome, bylines and
/// dates, locates the body, then reads the headline, standfirst, authors, date and dateline around it. Every block
/// that is not a body paragraph is reported in <see cref="Article.Removed"/> with its reason. Immutable and
/// thread-safe.
/// </summary>
public sealed class BoilerplateStripper : IBoilerplateStripper
{
    private const int MaxLabelLength = 60;

    // A label repeated around the page is a word or a few ("Reply", "Share on Facebook"); a line of prose is no label,
    // nor a headline of five words that the page's share dialogs print again.
    private const int MaxMenuItemWords = 4;

    private readonly ILogger _logger;

    /// <summary>Creates a stripper.</summary>
    /// <param name="loggerFactory">Receives a Debug line for every removal; null for none.</param>
    public BoilerplateStripper(ILoggerFactory? loggerFactory = null)
    {
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<BoilerplateStripper>();
    }

    /// <inheritdoc />
    public Article Strip(string text, CancellationToken cancellationToken = default) => Strip(text, null, cancellationToken);

    /// <summary>Strips the text and, when <paramref name="quotes"/> is given, finds the quotes in its body.</summary>
    /// <remarks>
    /// The parser asks for both at once, so that the article is made once with its quotes: a copy of it made with
    /// <c>with</c> would double the article's record.
    /// </remarks>
    internal Article Strip(string text, IAttributionExtractor? quotes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        using PooledList<Block> segmented = BlockSegmenter.Segment(text, cancellationToken);
        RunOnHeadline.SplitOff(text, segmented);

        // The working records are the parse's largest allocation and die with it: they are rented, and each is blanked
        // as it is first written (Recognise), not all of them on return, which on a large input wrote them from memory
        // a second time. They hold no reference to what a parse allocates (their reasons are constants), so a record
        // left in the pool keeps nothing alive.
        BlockInfo[] rented = ArrayPool<BlockInfo>.Shared.Rent(segmented.Count);
        Span<BlockInfo> blocks = rented.AsSpan(0, segmented.Count);
        try
        {
            Recognise(text, segmented.AsSpan(), blocks, cancellationToken);
            return Strip(text, blocks, quotes, cancellationToken);
        }
        finally
        {
            ArrayPool<BlockInfo>.Shared.Return(rented);
        }
    }

    private Article Strip(string text, Span<BlockInfo> blocks, IAttributionExtractor? quotes, CancellationToken cancellationToken)
    {
        (int first, int last) = BodyLocator.Locate(blocks);
        var header = new ArticleHeader();
        if (first < 0)
        {
            return Assemble(text, blocks, first, last, header, quotes, cancellationToken);
        }

        last = ClosingCredit.EndOfBody(text, blocks, first, last);
        if (ClosingCredit.Is(text, in blocks[last]) && blocks[last].Byline is not { Marked: true })
        {
            // A byline among the credits names the authors, and the body marker reads it; the rest name helpers.
            blocks[last].Remove(RemovalKind.Byline, ClosingCredit.Reason);
        }

        using var bodyWords = new WordSet(text, blocks[first..(Math.Min(last, first + TitleFinder.BodyBlocksCompared - 1) + 1)]);

        int title = TitleFinder.Find(text, blocks, first, bodyWords);
        if (title >= 0)
        {
            header.SetTitle(text, TitleFinder.WithoutBreadcrumb(text, blocks[title].Block.Span));
            blocks[title].Remove(RemovalKind.Title, "the headline");
        }

        BodyMarker.MarkBody(text, blocks, first, last, header);
        HeaderReader.Read(text, blocks, title, first, last, header);
        cancellationToken.ThrowIfCancellationRequested();
        return Assemble(text, blocks, first, last, header, quotes, cancellationToken);
    }

    /// <summary>One pass over the blocks: features, chrome labels, bylines and dates, each repeated short block taking its first print's.</summary>
    private static void Recognise(string text, ReadOnlySpan<Block> segmented, Span<BlockInfo> blocks, CancellationToken cancellationToken)
    {
        LabelCandidate[] labels = ArrayPool<LabelCandidate>.Shared.Rent(blocks.Length);
        // Not a using variable, as it is passed on by reference: a copy of a table that grows would give back slots
        // the table still holds.
        var hashes = new HashCounts(blocks.Length);
        try
        {
            using var outlines = new HashCounts(blocks.Length);
            using var repeats = new RepeatedBlocks(blocks.Length);
            int labelCount = 0;
            bool anyOutlineThrice = false;
            int lastGluedTeaser = GluedTeaser.NoneSeen;
            for (int i = 0; i < blocks.Length; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                Block block = segmented[i];
                ReadOnlySpan<char> span = block.Slice(text);
                ref BlockInfo info = ref blocks[i];
                info = new BlockInfo { Block = block };
                // A short block the page printed before, a menu item or a label, is what its first print was: the
                // recognisers, and the features, read its text alone.
                if (repeats.FindEarlier(text, block, blocks, i) is int earlier and >= 0)
                {
                    info.RecogniseAs(in blocks[earlier]);
                }
                else
                {
                    info.Features = BlockFeatures.Compute(text.AsSpan(block.Start), block.Length);
                    info.Chrome = BoilerplateLexicon.Classify(span, in info.Features);

                    if (info.Chrome is null && (CaptionDetector.IsCaption(span) || LineMarkup.IsImage(text, block.Start)))
                    {
                        info.Chrome = RemovalKind.Caption;
                    }
                    else if (info.Chrome is null && FollowPrompt.Is(span))
                    {
                        info.Chrome = RemovalKind.Share;
                    }
                    else if (info.Chrome is null && CommentSectionHeading.Is(span))
                    {
                        info.Chrome = RemovalKind.Comments;
                        info.HeadsComments = true;
                    }
                    else if (info.Chrome is null && MoreStoriesHeading.Is(span, in info.Features))
                    {
                        info.Chrome = RemovalKind.Related;
                    }

                    if (info.Chrome is RemovalKind.Share && info.Features.Digits >= DateParser.MinDigits)
                    {
                        // "21:17 18.11.2019Get short URL": a page's inline elements run together, and the story's date
                        // stands glued to the share buttons beside it. Other chrome dates other things.
                        info.Date = DateParser.Find(text, block.Start, block.Length);
                    }

                    if (info.Chrome is null)
                    {
                        // Most short blocks hold too few digits for a date, and the date reader need not look at them.
                        info.Date = info.Features.Digits >= DateParser.MinDigits ? DateParser.Find(text, block.Start, block.Length) : null;
                        info.Byline = BylineParser.Summarise(text, block.Start, block.Length, info.Date, in info.Features);
                        info.SignsTweet = info.Date is not null && TweetSignature.Is(span);
                        if (info.Date is not null && IsCommentHeader(span))
                        {
                            info.Chrome = RemovalKind.Comments;
                        }
                        else if (GluedTeaser.Is(span, in info.Features))
                        {
                            lastGluedTeaser = GluedTeaser.MarkList(blocks, i, lastGluedTeaser);
                        }
                    }
                }

                // Counted now, while the block's characters are in the cache, and listed: the labels' later look reads the
                // list, not every block's record again, which on a big input no longer fits in the cache. A label whose
                // outline came twice before is hashed now too; the first two of each outline only later, if a third
                // comes. Most labels have an outline of their own and are never hashed.
                if (IsLabelCandidate(in info))
                {
                    int outline = LooseText.Outline(span, info.Features.LooseKeys);
                    bool hashed = outlines.Add(outline) >= 3;
                    anyOutlineThrice |= hashed;
                    int hash = 0;
                    if (hashed)
                    {
                        hash = LooseText.Hash(span);
                        hashes.Add(hash);
                    }

                    labels[labelCount++] = new LabelCandidate(i, outline, hashed, hash, info.Features.Words <= MaxMenuItemWords);
                }
            }

            // Many pages print no label three times: then no block needs looking at again.
            if (anyOutlineThrice)
            {
                MarkRepeatedLabels(text, blocks, labels.AsSpan(0, labelCount), in outlines, ref hashes);
            }
        }
        finally
        {
            hashes.Dispose();
            ArrayPool<LabelCandidate>.Shared.Return(labels);
        }
    }

    /// <summary>
    /// A short line of a few words that the page prints three times or more ("Reply", a share bar, a section label) is
    /// page furniture. Hashes counted in a table keep this linear; and as loosely equal blocks have one outline, only
    /// the blocks whose outline is counted three times or more need a hash, some one in five of the short blocks on
    /// news pages.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="blocks">The blocks.</param>
    /// <param name="labels">The label candidates, in block order; the first two of each outline are given their hash here.</param>
    /// <param name="outlines">How often each outline was counted among the candidates.</param>
    /// <param name="hashes">How often each hash was counted among the hashed candidates.</param>
    private static void MarkRepeatedLabels(string text, Span<BlockInfo> blocks, Span<LabelCandidate> labels, in HashCounts outlines, ref HashCounts hashes)
    {
        // The first prints of a label repeated through the page are near its top, in the cache: the later prints' looks
        // for an earlier block with their text (RepeatedBlocks) kept reading the first and its record.
        foreach (ref LabelCandidate label in labels)
        {
            if (!label.Hashed && outlines.Count(label.Outline) >= 3)
            {
                label = label with { Hashed = true, Hash = LooseText.Hash(blocks[label.Block].Block.Slice(text)) };
                hashes.Add(label.Hash);
            }
        }

        foreach (LabelCandidate label in labels)
        {
            if (label.Hashed && label.FewWords && hashes.Count(label.Hash) >= 3)
            {
                blocks[label.Block].Chrome = RemovalKind.Navigation;
            }
        }
    }

    /// <summary>A short block that no reader recognised: it is counted, by its outline (<see cref="LooseText.Outline"/>), among the labels.</summary>
    private static bool IsLabelCandidate(in BlockInfo block) => block.Features.Length <= MaxLabelLength && block.Chrome is null;

    /// <summary>
    /// A block counted among the labels: its index, its outline, its loose hash once taken
    /// (<see cref="LooseText.Hash"/>), and whether it has few enough words for a menu item.
    /// </summary>
    private readonly record struct LabelCandidate(int Block, int Outline, bool Hashed, int Hash, bool FewWords);

    /// <summary>"Milan on September 12, 2018 at 4:47 pm said:" heads a reader's comment.</summary>
    private static bool IsCommentHeader(ReadOnlySpan<char> span) =>
        span.Length < 160 && (span.EndsWith("said:", StringComparison.OrdinalIgnoreCase) || span.EndsWith("says:", StringComparison.OrdinalIgnoreCase)
            || span.EndsWith("wrote:", StringComparison.OrdinalIgnoreCase) || span.EndsWith("reply", StringComparison.OrdinalIgnoreCase));

    /// <summary>Builds the article from the decided blocks; the paragraphs are among blocks <paramref name="first"/> to <paramref name="last"/>.</summary>
    private Article Assemble(string text, Span<BlockInfo> blocks, int first, int last, ArticleHeader header, IAttributionExtractor? quotes, CancellationToken cancellationToken)
    {
        // Only the body marker makes paragraphs, and only of the located body's blocks: they are counted there.
        int bodyBlocks = 0;
        for (int i = Math.Max(first, 0); i <= last; i++)
        {
            bodyBlocks += blocks[i].Role == BlockRole.Body ? 1 : 0;
        }

        TextSegment[] paragraphs = bodyBlocks == 0 ? [] : new TextSegment[bodyBlocks];
        int paragraphCount = 0;
        var removed = new Removal[blocks.Length - bodyBlocks];
        int removedCount = 0;
        List<string>? otherReasons = null;
        ParagraphInput? paragraphInput = null;
        // Asked once: a page sets aside hundreds of blocks, and most callers log nothing.
        bool logRemovals = _logger.IsEnabled(LogLevel.Debug);
        foreach (ref BlockInfo block in blocks)
        {
            if (block.Role == BlockRole.Body)
            {
                paragraphs[paragraphCount++] = BlockText.Paragraph(text, block.Block, ref paragraphInput);
                continue;
            }

            if (block.Role == BlockRole.Unknown)
            {
                block.Remove(RemovalKind.OutsideArticle, RemovalReasons.OutsideBody);
            }

            Block b = block.Block;
            string reason = block.Reason ?? RemovalReasons.OutsideBody;
            removed[removedCount++] = new Removal(b.Span, block.RemovalKind, RemovalReasons.Place(block.RemovalKind, reason, ref otherReasons));
            if (logRemovals)
            {
                Log.BlockRemoved(_logger, b.Start, b.Length, block.RemovalKind, reason);
            }
        }

        string[] authors = header.Authors.Count == 0 ? [] : new string[header.Authors.Count];
        for (int i = 0; i < authors.Length; i++)
        {
            authors[i] = header.Authors[i].GetText(text);
        }

        AttributionResult attribution = quotes is not null && paragraphs.Length > 0 ? quotes.Extract(text, paragraphs, cancellationToken) : AttributionResult.Empty;

        return new Article
        {
            // A headline or standfirst may be wrapped or written in Markdown as a paragraph may.
            Title = header.Title is TextSpan t ? ReaderText.Of(text, t.Start, t.Length) : null,
            TitleSpan = header.Title,
            Dek = header.Dek is TextSpan d ? ReaderText.Of(text, d.Start, d.Length) : null,
            DekSpan = header.Dek,
            Authors = authors,
            AuthorSpans = header.Authors,
            Published = header.Published is DateMatch published ? DateParser.IsoOf(text, published) : null,
            PublishedSpan = header.Published is DateMatch p ? new TextSpan(p.Start, p.Length) : null,
            Dateline = header.Dateline is TextSpan dl ? dl.GetText(text) : null,
            DatelineSpan = header.Dateline,
            Paragraphs = paragraphs,
            Quotes = attribution.Quotes,
            Speakers = attribution.Speakers,
            Removed = new RemovalList(text, removed, otherReasons),
            Diagnostics = paragraphs.Length == 0 ? new List<string> { "No article body found." } : [],
        };
    }
}
