namespace NewsText.Boilerplate;

/// <summary>
/// Picks the headline among the blocks above the body: a line shaped like a headline whose words the body uses,
/// preferably printed twice, close to the body and followed by a byline, date or standfirst.
/// </summary>
internal static class TitleFinder
{
    private const int Window = 40;

    public static int Find(string text, BlockInfo[] blocks, int bodyFirst, WordSet bodyWords)
    {
        int best = -1;
        double bestScore = double.MinValue;
        int from = Math.Max(0, bodyFirst - Window);
        for (int i = from; i < bodyFirst; i++)
        {
            ref BlockInfo block = ref blocks[i];
            if (!IsHeadlineShaped(text, in block))
            {
                continue;
            }

            ReadOnlySpan<char> span = block.Block.Slice(text);
            double score = 3 * bodyWords.Coverage(span);
            score += block.Features.Length is >= 20 and <= 160 ? 1 : 0.3;
            score -= 0.03 * (bodyFirst - i);
            if (IsRepeatedNearby(text, blocks, i, from, bodyFirst))
            {
                score += 1.5;
            }

            if (IsFollowedByHeaderLine(blocks, i, bodyFirst))
            {
                score += 0.5;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best >= 0 ? best : FirstHeadlineShaped(text, blocks);
    }

    private static bool IsHeadlineShaped(string text, in BlockInfo block)
    {
        BlockFeatures f = block.Features;
        if (block.Chrome is not null || block.Byline is not null || f.Words < 2 || f.Words > 35 || f.Length is < 8 or > 300)
        {
            return false;
        }

        if (block.Date is DateMatch date && date.Length * 2 > f.Length)
        {
            return false;
        }

        char last = text[block.Block.End - 1];
        return last != '.' && last != ':' && f.Letters * 2 > f.Length && f.SentenceEnds <= 1;
    }

    private static bool IsRepeatedNearby(string text, BlockInfo[] blocks, int index, int from, int to)
    {
        ReadOnlySpan<char> span = blocks[index].Block.Slice(text);
        int end = Math.Min(blocks.Length, to + 3);
        for (int j = from; j < end; j++)
        {
            if (j != index && blocks[j].Features.Length <= span.Length + 40 && LooseText.Equal(span, blocks[j].Block.Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFollowedByHeaderLine(BlockInfo[] blocks, int index, int bodyFirst)
    {
        int end = Math.Min(bodyFirst + 1, index + 4);
        for (int j = index + 1; j < end; j++)
        {
            if (blocks[j].Byline is not null || blocks[j].Date is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstHeadlineShaped(string text, BlockInfo[] blocks)
    {
        for (int i = 0; i < blocks.Length && i < Window; i++)
        {
            if (IsHeadlineShaped(text, in blocks[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
