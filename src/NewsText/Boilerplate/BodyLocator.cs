namespace NewsText.Boilerplate;

/// <summary>
/// Finds the article body as the run of blocks with the greatest weight: prose weighs by its length, chrome and
/// short lines weigh against, and section breaks such as "Comments" or "Related stories" weigh heavily against. The
/// run is found in one linear pass (maximum-sum subarray), so no page can make it quadratic.
/// </summary>
internal static class BodyLocator
{
    // A paragraph's weight is capped so that one giant block (a cookie wall, a comment dump) cannot carry a region.
    private const int MaxProseWeight = 1200;
    private const double SectionBreakWeight = -400;

    // "Related stories" also heads boxes inside articles, which the article goes on after.
    private const double RelatedBreakWeight = -150;

    // A one-sentence block ("Officials declined to comment.") counts for less than a paragraph.
    private const double ShortSentenceFactor = 0.4;

    // A long block that does not end like a sentence is often a paragraph that ends in a link or a list.
    private const double UnfinishedProseFactor = 0.7;
    private const int LongLineWords = 20;
    private const double MenuRowCapitalisedShare = 0.8;

    // Headlines, labels and menu items between paragraphs cost a little, so the body bridges a sub-heading but not a
    // column of links.
    private const double ShortLineCost = 12;
    private const double ShortLineCostPerChar = 0.3;
    private const double ChromeWeight = -45;
    private const double TweetSignatureWeight = 1;

    private const int NeighbourReach = 3;
    private const int MaxBoxLabelWords = 6;
    private const int MaxBoxLinks = 3;

    private const int MinArticleWordsBeforeEnd = 50;
    private const double IsolatedProseFactor = 0.35;
    private const int MinIsolatedParagraphWords = 30;
    private const double AfterEndDiscount = 0.1;

    public static (int First, int Last) Locate(Span<BlockInfo> blocks)
    {
        double best = 0;
        int bestFirst = -1, bestLast = -1;
        double running = 0;
        int runFirst = 0;
        int proseWords = 0;
        double discount = 1;
        for (int i = 0; i < blocks.Length; i++)
        {
            double weight = Weight(in blocks[i]);
            if (weight > 0)
            {
                bool isolated = IsIsolated(blocks, i);
                if (isolated)
                {
                    weight *= IsolatedProseFactor;
                }

                // Teasers in a list of stories are not an article read: they do not make "Comments" its end.
                if (!isolated || blocks[i].Features.Words >= MinIsolatedParagraphWords)
                {
                    proseWords += blocks[i].Features.Words;
                }

                weight *= discount;
            }
            else if (proseWords >= MinArticleWordsBeforeEnd && blocks[i].Chrome is RemovalKind.Comments or RemovalKind.Footer
                && weight == SectionBreakWeight)
            {
                // Once an article has been read, prose after "Comments" or the footer is readers' or the site's.
                discount = AfterEndDiscount;
            }
            if (running <= 0)
            {
                running = weight;
                runFirst = i;
            }
            else
            {
                running += weight;
            }

            if (running > best)
            {
                best = running;
                bestFirst = runFirst;
                bestLast = i;
            }
        }

        return (bestFirst, bestLast);
    }

    /// <summary>
    /// Prose with headline-like lines on both sides is a teaser in a list of stories, not a paragraph of the article;
    /// inline chrome (ads, share buttons, credits) and the signatures of embedded tweets between paragraphs do not count
    /// as a side.
    /// </summary>
    private static bool IsIsolated(Span<BlockInfo> blocks, int index) =>
        !IsProseNeighbour(blocks, index, -1) && !IsProseNeighbour(blocks, index, +1);

    private static bool IsProseNeighbour(Span<BlockInfo> blocks, int index, int step)
    {
        int reach = NeighbourReach;
        bool inBox = false;
        for (int i = index + step, seen = 0; i >= 0 && i < blocks.Length && seen < reach; i += step, seen++)
        {
            ref BlockInfo block = ref blocks[i];
            if (block.Chrome is RemovalKind.Advertisement or RemovalKind.Share or RemovalKind.ReadMore or RemovalKind.Credit or RemovalKind.Caption
                || block.SignsTweet)
            {
                continue;
            }

            // A box of links inside the article ("Related articles" over two headlines) stands between two of its
            // paragraphs: the side is the paragraph after it. Only looking on: looking back through such a box would
            // give every teaser of a list that follows the article the article's last paragraph for a side.
            if (step > 0 && !inBox && block.Chrome is RemovalKind.Related && block.Features.Words <= MaxBoxLabelWords)
            {
                inBox = true;
                reach = seen + 1 + MaxBoxLinks + 1;
                continue;
            }

            if (inBox && block.Chrome is null && !block.Features.IsProse && block.Features.Words < LongLineWords)
            {
                continue;
            }

            return block.Chrome is null && (block.Features.IsProse || block.Features.Words >= LongLineWords);
        }

        return false;
    }

    public static double Weight(in BlockInfo block)
    {
        BlockFeatures f = block.Features;
        if (block.Chrome is RemovalKind chrome)
        {
            return IsSectionBreak(chrome, f) || block.HeadsComments ? (chrome == RemovalKind.Related ? RelatedBreakWeight : SectionBreakWeight) : ChromeWeight;
        }

        // A tweet's signature is the story's, but short: it weighs just enough to end a body that ends with its tweet.
        if (block.SignsTweet)
        {
            return TweetSignatureWeight;
        }

        if (block.Byline is not null || block.Date is not null && f.Length < 80)
        {
            return ChromeWeight;
        }

        int length = Math.Min(f.Length, MaxProseWeight);
        if (f.IsProse)
        {
            // Short sentences (captions, teaser lines) count for less than paragraphs.
            return f.Words >= 12 ? length : length * ShortSentenceFactor;
        }

        // A long line of capitalised words that ends no sentence is a row of menu labels run together ("Cloud Security
        // Cloud StorageEdge Computing Managed Services"), not a paragraph.
        if (f.Words >= LongLineWords && f.CapitalisedShare < MenuRowCapitalisedShare)
        {
            return length * UnfinishedProseFactor;
        }

        return -(ShortLineCost + f.Length * ShortLineCostPerChar);
    }

    /// <summary>Standalone headings that open a section after the article: comments, related lists, footers.</summary>
    private static bool IsSectionBreak(RemovalKind kind, BlockFeatures features) =>
        features.Words <= 6 && kind is RemovalKind.Comments or RemovalKind.Related or RemovalKind.Footer or RemovalKind.Tags;
}
