using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// A hard-wrapped text's headline that filled its line runs on into the byline below it when the byline's first word
/// would not have fitted after it ("…Tantalising Features" / "REUTERS", "…warn of epidemic" / "Suzanne Gamboa"): the
/// segmenter cannot tell that line from the end of a wrapped sentence, but a paragraph ends its last sentence, and a
/// block whose last line is a name and no sentence end is a headline or label above its credit.
/// </summary>
internal static class RunOnByline
{
    // A credit line is short: a name or two with a publisher.
    private const int MaxCreditLength = 60;

    /// <summary>Splits the last line off every re-joined block that ends in a credit, in place.</summary>
    public static void SplitOff(string text, List<Block> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            Block block = blocks[i];
            // A block that a blank line ends is a paragraph of its own, however its lines look.
            bool nextLineFollows = i + 1 < blocks.Count && !blocks[i + 1].AfterBlankLine;
            if (block.LineCount < 2 || !nextLineFollows || BlockFeatures.Compute(text.AsSpan(block.Start), block.Length).EndsLikeSentence)
            {
                continue;
            }

            ReadOnlySpan<char> span = block.Slice(text);
            int lineBreak = span.LastIndexOfAny(CharSets.LineBreaks);
            int lastStart = block.Start + lineBreak + 1;
            while (lastStart < block.End && char.IsWhiteSpace(text[lastStart]))
            {
                lastStart++;
            }

            int lastLength = block.End - lastStart;
            if (lineBreak < 0 || lastLength == 0 || lastLength > MaxCreditLength || !IsCredit(text, lastStart, lastLength))
            {
                continue;
            }

            // "By Jane Doe and" / "John Roe": a byline wrapped over two lines stays whole.
            int firstLength = block.Start + span[..lineBreak].TrimEnd().Length - block.Start;
            if (IsCredit(text, block.Start, firstLength))
            {
                continue;
            }

            blocks[i] = block with { Length = firstLength, LineCount = block.LineCount - 1 };
            blocks.Insert(i + 1, new Block(lastStart, lastLength, LineCount: 1, AfterBlankLine: false));
            i++;
        }
    }

    private static bool IsCredit(string text, int start, int length)
    {
        BlockFeatures features = BlockFeatures.Compute(text.AsSpan(start), length);
        return BylineParser.Summarise(text, start, length, date: null, in features) is { Kind: RemovalKind.Byline, HasAuthors: true, NameOnly: false };
    }
}
