using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// A hard-wrapped text's headline that filled its line runs on into the line under it when that line's first word
/// would not have fitted after it ("…Tantalising Features" / "REUTERS", "…scale promising programs" / "Previous Post"):
/// the segmenter cannot tell that line from the end of a wrapped sentence, but a paragraph ends its last sentence, and
/// a block whose last line is a credit, a date or page chrome, with no sentence end, is a headline above its byline,
/// its date or a label.
/// </summary>
internal static class RunOnHeadline
{
    // A credit, a date or a label is short: a name or two with a publisher, a day and a time, a few words of a menu.
    private const int MaxLineLength = 60;

    /// <summary>Splits the last line off every re-joined block that ends in a credit, a date or a label, in place.</summary>
    public static void SplitOff(string text, PooledList<Block> blocks)
    {
        List<(int Block, int CreditStart)>? split = null;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            // A block that a blank line ends is a paragraph of its own, however its lines look.
            if (blocks[i].LineCount > 1 && !blocks[i + 1].AfterBlankLine && CreditStart(text, blocks[i]) is int creditStart and >= 0)
            {
                (split ??= []).Add((i, creditStart));
            }
        }

        if (split is not null)
        {
            Expand(text, blocks, split);
        }
    }

    /// <summary>Where the credit or label line that ends <paramref name="block"/> starts, or -1 when it ends in none.</summary>
    private static int CreditStart(string text, Block block)
    {
        if (BlockFeatures.Compute(text.AsSpan(block.Start), block.Length).EndsLikeSentence)
        {
            return -1;
        }

        ReadOnlySpan<char> span = block.Slice(text);
        int lineBreak = span.LastIndexOfAny(CharSets.LineBreaks);
        if (lineBreak < 0)
        {
            return -1;
        }

        int lastStart = block.Start + lineBreak + 1;
        while (lastStart < block.End && char.IsWhiteSpace(text[lastStart]))
        {
            lastStart++;
        }

        int lastLength = block.End - lastStart;
        // "By Jane Doe and" / "John Roe": a byline wrapped over two lines stays whole.
        ReadOnlySpan<char> above = span[..lineBreak].TrimEnd();
        return lastLength is > 0 and <= MaxLineLength
            && (IsCredit(text, lastStart, lastLength) || BoilerplateLexicon.Classify(text.AsSpan(lastStart, lastLength)) is not null
                || (HeadingBreak.EndsOnContentWord(above) && IsName(text, lastStart, lastLength))
                || (HeadingBreak.EndsOnWord(above) && IsDate(text, lastStart, lastLength)))
            && !IsCredit(text, block.Start, above.Length) ? lastStart : -1;
    }

    /// <summary>Cuts each block in <paramref name="split"/> (ascending) before its credit, moving every block once.</summary>
    private static void Expand(string text, PooledList<Block> blocks, List<(int Block, int CreditStart)> split)
    {
        int oldCount = blocks.Count;
        for (int k = 0; k < split.Count; k++)
        {
            blocks.Add(default);
        }

        int write = blocks.Count - 1;
        int next = split.Count - 1;
        for (int read = oldCount - 1; read >= 0; read--)
        {
            Block block = blocks[read];
            if (next >= 0 && split[next].Block == read)
            {
                int creditStart = split[next--].CreditStart;
                int lineBreak = block.Slice(text)[..(creditStart - block.Start)].LastIndexOfAny(CharSets.LineBreaks);
                blocks[write--] = new Block(creditStart, block.End - creditStart, LineCount: 1, AfterBlankLine: false);
                block = block with { Length = block.Slice(text)[..lineBreak].TrimEnd().Length, LineCount = block.LineCount - 1 };
            }

            blocks[write--] = block;
        }
    }

    // A bare name under a line in sentence case that stops on a lower-case word ("…warn of epidemic" / "Suzanne
    // Gamboa") is its author: under a title-case headline, two capitalised words may be its last ("…Chief" / "Strategy
    // Officer").
    private static bool IsName(string text, int start, int length)
    {
        BlockFeatures features = BlockFeatures.Compute(text.AsSpan(start), length);
        return BylineParser.Summarise(text, start, length, date: null, in features) is { Kind: RemovalKind.Byline, HasAuthors: true, NameOnly: true };
    }

    // A line that is mostly a date ("November 19, 2019 at 9:45 am") under a headline dates the story.
    private static bool IsDate(string text, int start, int length) =>
        DateParser.Find(text, start, length) is DateMatch date && date.Length * 2 >= length;

    private static bool IsCredit(string text, int start, int length)
    {
        BlockFeatures features = BlockFeatures.Compute(text.AsSpan(start), length);
        return BylineParser.Summarise(text, start, length, date: null, in features) is { Kind: RemovalKind.Byline, HasAuthors: true, NameOnly: false };
    }
}
