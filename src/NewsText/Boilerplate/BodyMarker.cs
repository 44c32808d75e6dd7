using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Decides block by block inside the located body: chrome, bylines, date lines, the repeated headline, teasers and
/// duplicates come out; everything else is a paragraph.
/// </summary>
internal static class BodyMarker
{
    // Teasers copy one of the first paragraphs; comparing a bounded number keeps the pass linear.
    private const int TeaserLookahead = 3;
    private const int MinTeaserLetters = 40;
    private const int MinDuplicateLength = 40;
    private const int MinShoutedLinkWords = 7;

    public static void MarkBody(string text, Span<BlockInfo> blocks, int first, int last, ArticleHeader header)
    {
        using var seen = new DuplicateParagraphs(last - first + 1);
        RemovalKind? listOpenedBy = null;
        for (int i = first; i <= last; i++)
        {
            ref BlockInfo block = ref blocks[i];
            if (block.Role != BlockRole.Unknown)
            {
                continue;
            }

            ReadOnlySpan<char> span = block.Block.Slice(text);
            if (block.Chrome is RemovalKind chrome)
            {
                block.Remove(chrome, RemovalReasons.For(chrome));
                listOpenedBy = chrome is RemovalKind.Related or RemovalKind.Tags || (chrome is RemovalKind.ReadMore && block.Features.Words <= 4) ? chrome : null;
                continue;
            }

            // The headlines under a "Related" or "Tags" label belong to that list, up to the next paragraph.
            if (listOpenedBy is RemovalKind list && !block.Features.IsProse && block.Features.Words < 20)
            {
                block.Remove(list, RemovalReasons.For(list));
                continue;
            }

            // Captions are chrome already, but those closed by an agency's credit: the stripper looked for the others in
            // every block without other chrome.
            listOpenedBy = null;
            if (IsShoutedLink(block.Features))
            {
                block.Remove(RemovalKind.Related, "a link to another story, in capitals");
            }
            else if (!block.Features.EndsLikeSentence && CaptionDetector.EndsWithAgencyCredit(span))
            {
                block.Remove(RemovalKind.Caption, RemovalReasons.For(RemovalKind.Caption));
            }
            else if (i >= last - 2 && CaptionDetector.IsAuthorBio(span, block.Features))
            {
                block.Remove(RemovalKind.AuthorBio, RemovalReasons.For(RemovalKind.AuthorBio));
            }
            else if (block.Byline is { Marked: true } byline)
            {
                header.AddAuthors(text, in block);
                block.Remove(byline.Kind, RemovalReasons.For(byline.Kind));
            }
            else if (header.IsTitleAgain(text, in block))
            {
                block.Remove(RemovalKind.RepeatedTitle, RemovalReasons.For(RemovalKind.RepeatedTitle));
            }
            // A tweet's signature is mostly a date, but the tweet's, not the story's.
            else if (block.Date is DateMatch date && IsDateLine(in block, date) && !block.SignsTweet)
            {
                header.Published ??= date;
                block.Remove(RemovalKind.Date, RemovalReasons.For(RemovalKind.Date));
            }
            // Two tweets of one account on one day are signed alike.
            else if (span.Length >= MinDuplicateLength && !block.SignsTweet && seen.IsRepeat(text, blocks, i))
            {
                block.Remove(RemovalKind.Duplicate, RemovalReasons.For(RemovalKind.Duplicate));
                if (IsCopyOfPrevious(text, blocks, i, first))
                {
                    blocks[i - 1].Remove(RemovalKind.Caption, RemovalReasons.For(RemovalKind.Caption));
                }
            }
            else
            {
                block.Role = BlockRole.Body;
            }
        }

        RemoveTeasers(text, blocks, first, last);
    }

    /// <summary>
    /// "TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs": a headline in capitals among paragraphs links elsewhere. It is
    /// another story's whole headline; a sub-heading in capitals ("HOW TO USE A WATER BATH CANNER") is shorter. A script
    /// without capitals (Korean, Chinese, Arabic) has no lower-case letters either, and no word in capitals.
    /// </summary>
    private static bool IsShoutedLink(BlockFeatures features)
    {
        if (features.Words < MinShoutedLinkWords || features.EndsLikeSentence || features.CapitalisedWords * 2 < features.Words)
        {
            return false;
        }

        return features.LowerCaseLetters * 10 < features.Letters;
    }

    /// <summary>
    /// A slideshow prints a photo's caption twice in a row, under the photo and in its viewer, where an article never
    /// repeats a paragraph at once: then neither copy is the article's.
    /// </summary>
    private static bool IsCopyOfPrevious(string text, Span<BlockInfo> blocks, int index, int first) =>
        index > first && blocks[index - 1].Role == BlockRole.Body && blocks[index - 1].Features.Length <= CaptionDetector.MaxCaptionLength
        && LooseText.Equal(blocks[index - 1].Block.Slice(text), blocks[index].Block.Slice(text));

    /// <summary>A block that is mostly its date: "November 19, 2019 at 4:02 pm", "Updated: 18 Nov 2019".</summary>
    public static bool IsDateLine(in BlockInfo block, DateMatch date) => block.Features.Words <= 12 && date.Length * 3 >= block.Features.Length;

    private static void RemoveTeasers(string text, Span<BlockInfo> blocks, int first, int last)
    {
        int checkedParagraphs = 0;
        for (int i = first; i <= last && checkedParagraphs < TeaserLookahead; i++)
        {
            if (blocks[i].Role != BlockRole.Body)
            {
                continue;
            }

            checkedParagraphs++;
            if (IsTeaserOfLater(text, blocks, i, last))
            {
                blocks[i].Remove(RemovalKind.Teaser, RemovalReasons.For(RemovalKind.Teaser));
            }
        }
    }

    /// <summary>Whether block <paramref name="index"/> copies the start of one of the next body paragraphs.</summary>
    public static bool IsTeaserOfLater(string text, Span<BlockInfo> blocks, int index, int last)
    {
        ReadOnlySpan<char> candidate = blocks[index].Block.Slice(text);
        int compared = 0;
        for (int j = index + 1; j <= last && compared < TeaserLookahead; j++)
        {
            if (blocks[j].Role != BlockRole.Body || blocks[j].Features.Length < candidate.Length - 8)
            {
                continue;
            }

            compared++;
            if (LooseText.IsPrefixCopy(candidate, blocks[j].Block.Slice(text), MinTeaserLetters))
            {
                return true;
            }
        }

        return false;
    }
}
