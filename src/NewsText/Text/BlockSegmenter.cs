using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsText.Text;

/// <summary>
/// Cuts the input into blocks: one per non-blank line, except that a hard-wrapped document (every long line broken
/// near the same width) has its wrapped lines joined back into paragraphs. Linear in the input's length.
/// </summary>
internal static class BlockSegmenter
{
    // A hard-wrapped text breaks lines at a fixed width, typically 60 to 100 columns; wider "wrapping" is a page
    // whose paragraphs happen to be short lines.
    private const int MinWrapWidth = 40;
    private const int MaxWrapWidth = 132;
    private const int WidthHistogramSize = 512;
    private const int MinWrappedLineSpaces = 3;

    // The most lines the list for a text's lines has room for at first (a megabyte of them).
    private const int MaxFirstLines = 1 << 16;

    /// <summary>The blocks, in a list the caller disposes of when done.</summary>
    public static PooledList<Block> Segment(string text, CancellationToken cancellationToken = default)
    {
        // The module skips zeroing stack memory, and a histogram counts from zero.
        Span<int> wrappableWidths = stackalloc int[WidthHistogramSize];
        wrappableWidths.Clear();
        PooledList<Block> lines = SplitLines(text, wrappableWidths, cancellationToken);
        int wrapWidth = DetectWrapWidth(text, lines.AsSpan(), wrappableWidths);
        if (wrapWidth == 0)
        {
            return lines;
        }

        using (lines)
        {
            return JoinWrappedLines(text, lines.AsSpan(), wrapWidth);
        }
    }

    /// <summary>
    /// The text's non-blank lines, trimmed; <paramref name="wrappableWidths"/> counts the lines that could have been
    /// wrapped by length (<see cref="CouldBeWrapped"/>). They are counted here, while the line is in the cache: looked
    /// at again after the whole text, every line's first characters would come from memory on a large input.
    /// </summary>
    private static PooledList<Block> SplitLines(string text, Span<int> wrappableWidths, CancellationToken cancellationToken)
    {
        // Room for lines of 64 characters on average, up to a megabyte of them; a text of shorter lines, or a larger
        // one, has its list doubled, and the pool keeps the room it grew to for the next large input. Counting the line
        // feeds first, to size the list exactly, made the segmenting of the corpus pages 5% slower; without the cap,
        // 20 MB on one line took 5 MB for its one line.
        var lines = new PooledList<Block>(Math.Min((text.Length / 64) + 16, MaxFirstLines));
        ReadOnlySpan<char> all = text.AsSpan();
        var breaks = new LineBreakScanner(all);
        int position = 0;
        bool afterBlank = true;
        while (position <= all.Length)
        {
            if ((lines.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int breakAt = breaks.IndexFrom(position);
            int lineEnd = breakAt < 0 ? all.Length : breakAt;
            int start = position;
            int end = lineEnd;
            while (start < end && CharSets.IsBlank(all[start]))
            {
                start++;
            }

            while (end > start && CharSets.IsBlank(all[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                LineMarkup.Narrow(text, ref start, ref end);
                var line = new Block(start, end - start, 1, afterBlank);
                lines.Add(line);
                // Menus and short labels say nothing about wrapping, however many there are: only lines that could
                // have been broken count.
                if (CouldBeWrapped(text, line))
                {
                    wrappableWidths[Math.Min(line.Length, WidthHistogramSize - 1)]++;
                }

                afterBlank = false;
            }
            else
            {
                afterBlank = true;
            }

            if (breakAt < 0)
            {
                break;
            }

            // CR LF counts as one break.
            position = lineEnd + (all[lineEnd] == '\r' && lineEnd + 1 < all.Length && all[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    /// <summary>
    /// Returns the column width the text was wrapped at, or 0 when it was not: most long lines are near one width that
    /// is also nearly the longest, and such full lines mostly end inside a sentence that the next line carries on.
    /// </summary>
    /// <param name="text">The input.</param>
    /// <param name="lines">Its lines.</param>
    /// <param name="histogram">How many lines that could have been wrapped have each length (the last entry, that or more).</param>
    /// <remarks>Lines that hold an address are looked at only when the text does not look wrapped with them.</remarks>
    private static int DetectWrapWidth(string text, ReadOnlySpan<Block> lines, Span<int> histogram)
    {
        int width = WrapWidth(text, lines, histogram, withoutAddresses: false);
        return width > 0 || !LeaveOutAddressLines(text, lines, histogram) ? width : WrapWidth(text, lines, histogram, withoutAddresses: true);
    }

    /// <summary>
    /// No wrapper breaks an address or a Markdown link's target, so a line holding one ("12. https://example.com/a?
    /// title=Oil from Spill", as a text browser lists its links, or "… the [report](/a-long-path) said", as html2text
    /// writes it) may run past the width and says nothing about it. Takes such lines out of the histogram and tells
    /// whether that may change the verdict: not when there are none, nor when lines past any width without an address
    /// are too many anyway, as in a browser's text, whose paragraphs are lines. Searched only once the text did not
    /// look wrapped with them, and then given up at the first sign of such a text, it costs a typical page a few lines.
    /// </summary>
    private static bool LeaveOutAddressLines(string text, ReadOnlySpan<Block> lines, Span<int> histogram)
    {
        int longLines = 0;
        foreach (int count in histogram)
        {
            longLines += count;
        }

        int wideAllowed = longLines / 20;
        int wide = 0;
        bool leftOut = false;
        foreach (Block line in lines)
        {
            if (!CouldBeWrapped(text, line))
            {
                continue;
            }

            if (HoldsAddress(text, line))
            {
                histogram[Math.Min(line.Length, WidthHistogramSize - 1)]--;
                leftOut = true;
            }
            else if (line.Length > MaxWrapWidth && ++wide > wideAllowed)
            {
                return false;
            }
        }

        return leftOut;
    }

    /// <summary>The width the lines counted in <paramref name="histogram"/> were wrapped at, or 0; with <paramref name="withoutAddresses"/>, lines that hold an address are left out of the full and overlong ones too.</summary>
    private static int WrapWidth(string text, ReadOnlySpan<Block> lines, ReadOnlySpan<int> histogram, bool withoutAddresses)
    {
        int longLines = 0;
        foreach (int count in histogram)
        {
            longLines += count;
        }

        if (longLines < 5)
        {
            return 0;
        }

        // The 95th percentile of long line length stands for the wrap width; a few over-long lines (URLs) are tolerated.
        int target = longLines - (longLines / 20);
        int seen = 0;
        int width = MinWrapWidth;
        for (; width < WidthHistogramSize; width++)
        {
            seen += histogram[width];
            if (seen >= target)
            {
                break;
            }
        }

        if (width > MaxWrapWidth)
        {
            return 0;
        }

        int fullThreshold = FullLineThreshold(width);
        int full = 0;
        int fullEndingInsideSentence = 0;
        int fullFollowed = 0;
        int fullCarriedOn = 0;
        int overlong = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            // Only a full or an overlong line counts, and only if it could have been wrapped: the length is the
            // cheaper test, and the spaces are looked for after it.
            Block line = lines[i];
            bool overlongLine = line.Length > width + 10;
            bool fullLine = line.Length >= fullThreshold && line.Length <= width + 8;
            if (!(overlongLine || fullLine) || !CouldBeWrapped(text, line) || (withoutAddresses && HoldsAddress(text, line)))
            {
                continue;
            }

            overlong += overlongLine ? 1 : 0;
            if (!fullLine)
            {
                continue;
            }

            full++;
            char last = text[line.End - 1];
            if (last is not ('.' or '!' or '?' or ':' or '"' or '”' or '’' or ')'))
            {
                fullEndingInsideSentence++;
            }

            // A break at the width falls between two words of a sentence, and most words do not start with a
            // capital; a list of headlines that happen to share a length starts every line with one.
            if (i + 1 < lines.Length && !lines[i + 1].AfterBlankLine)
            {
                fullFollowed++;
                fullCarriedOn += char.IsUpper(text[lines[i + 1].Start]) ? 0 : 1;
            }
        }

        bool manyLongLinesFull = full >= 5 && full * 3 >= longLines;
        // A paragraph's full lines run on into its next line; full lines that all stand alone (a list of addresses
        // that share a length) were not wrapped.
        bool fullLinesRunOn = fullEndingInsideSentence * 2 >= full && fullFollowed > 0 && fullCarriedOn * 10 >= fullFollowed * 3;
        // Wrapped text has (almost) no line past its width; a page of headlines with long paragraphs among them does.
        // A converter may leave a heading or a table's row unwrapped (pandoc does): one line in forty may run past.
        bool nothingWider = overlong <= longLines / 40 + 1;
        return manyLongLinesFull && fullLinesRunOn && nothingWider ? width : 0;
    }

    /// <summary>
    /// A line long enough to have been broken, with enough spaces to break it at: an address or a numbered address
    /// ("12. https://example.com/a-long-path", as a text browser lists its links) is never wrapped, however long.
    /// </summary>
    private static bool CouldBeWrapped(string text, Block line) =>
        line.Length >= MinWrapWidth && HasAtLeast(text.AsSpan(line.Start, line.Length), ' ', MinWrappedLineSpaces);

    /// <summary>Whether the line holds an address ("://") or a Markdown link's target ("](").</summary>
    private static bool HoldsAddress(string text, Block block)
    {
        ReadOnlySpan<char> line = text.AsSpan(block.Start, block.Length);
        int at = line.IndexOfAny(']', ':');
        while (at >= 0 && at + 1 < line.Length)
        {
            if (line[at] == ']' ? line[at + 1] == '(' : line[at + 1] == '/' && at + 2 < line.Length && line[at + 2] == '/')
            {
                return true;
            }

            int next = line[(at + 1)..].IndexOfAny(']', ':');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="span"/> holds <paramref name="value"/> <paramref name="count"/> times or more: the first
    /// spaces of a long line come early, and looking for them reads much less of it than counting them all.
    /// </summary>
    /// <remarks>
    /// Counted sixteen characters at a time where a search per space paid a runtime call's setup three times a line.
    /// </remarks>
    internal static bool HasAtLeast(ReadOnlySpan<char> span, char value, int count)
    {
        int found = 0;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            Vector128<ushort> values = Vector128.Create((ushort)value);
            for (; i + 16 <= span.Length && found < count; i += 16)
            {
                uint matches = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)i), values).ExtractMostSignificantBits()
                    | (Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)(i + 8)), values).ExtractMostSignificantBits() << 8);
                found += BitOperations.PopCount(matches);
            }
        }

        for (; i < span.Length && found < count; i++)
        {
            found += span[i] == value ? 1 : 0;
        }

        return found >= count;
    }

    // A wrapped line stopped because the next word did not fit, so it is at most one long word short of the width.
    private static int FullLineThreshold(int width) => width - Math.Min(20, width / 4);

    private static PooledList<Block> JoinWrappedLines(string text, ReadOnlySpan<Block> lines, int wrapWidth)
    {
        int fullThreshold = FullLineThreshold(wrapWidth);
        bool blankLinesEndParagraphs = BlankLinesEndParagraphs(text, lines, fullThreshold);
        WrapMeasure measure = WrapMeasure.Learn(text, lines, wrapWidth, fullThreshold);
        var blocks = new PooledList<Block>(lines.Length / 2 + 1);
        Block current = lines[0];
        for (int i = 1; i < lines.Length; i++)
        {
            Block line = lines[i];
            Block previousLine = lines[i - 1];
            // A line carries on when the next word did not fit on it; a full line also when the next line carries on in
            // lower case, unless the wrapper is exact. A full line that closes a sentence may end the paragraph; joining
            // stops there unless the next line carries on in lower case, or blank lines are what ends paragraphs here.
            // A line that ended a heading, as the two lines show, carries nothing on.
            bool continues = !line.AfterBlankLine
                && (((measure.Overflows(text, previousLine, line)
                        || (!measure.IsExact && previousLine.Length >= fullThreshold && StartsWithoutCapital(text[line.Start])))
                    && !StartsListItem(text, line)
                    && !HeadingBreak.IsBefore(text, previousLine, line)
                    && (blankLinesEndParagraphs || !EndsSentence(text, previousLine) || char.IsLower(text[line.Start])))
                || ClosesStarredHeading(text, current, previousLine, line));
            if (continues)
            {
                current = current with { Length = line.End - current.Start, LineCount = current.LineCount + 1 };
            }
            else
            {
                blocks.Add(current);
                current = line;
            }
        }

        blocks.Add(current);
        return blocks;
    }

    /// <summary>
    /// Whether <paramref name="line"/> closes the heading that <paramref name="current"/> opened with stars ("******
    /// Russia's Nuclear Help…" / "Relations With U.S. ******"): the wrapper counted the stars, which the lines' lengths
    /// leave out, so the break need not look like one.
    /// </summary>
    private static bool ClosesStarredHeading(string text, Block current, Block previousLine, Block line) =>
        LineMarkup.EndsBeforeClosingStars(text, line) && !LineMarkup.EndsBeforeClosingStars(text, previousLine)
        && LineMarkup.OpensStarredHeading(text, current.Start);

    /// <summary>
    /// Whether a blank line follows most lines that stop short of the width (last lines of paragraphs, labels), as in
    /// a text browser's dump or a plain-text e-mail, rather than the next paragraph starting on the next line. Only
    /// then may a full line that ends a sentence be joined to the next.
    /// </summary>
    private static bool BlankLinesEndParagraphs(string text, ReadOnlySpan<Block> lines, int fullThreshold)
    {
        int shortLines = 0;
        int shortLinesBeforeBlank = 0;
        int blankLines = 0;
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            bool blankAfter = lines[i + 1].AfterBlankLine;
            blankLines += blankAfter ? 1 : 0;
            // List items follow each other without blank lines in any layout.
            if (lines[i].Length < fullThreshold && !StartsListItem(text, lines[i + 1]))
            {
                shortLines++;
                shortLinesBeforeBlank += blankAfter ? 1 : 0;
            }
        }

        return blankLines > 0 && shortLinesBeforeBlank * 3 >= shortLines * 2;
    }

    /// <summary>
    /// A lower-case letter, or a letter of a script without capitals (Arabic, Hebrew, Korean, Chinese), whose every
    /// line could carry a sentence on.
    /// </summary>
    private static bool StartsWithoutCapital(char c) => char.IsLower(c) || (c > 0x7F && char.IsLetter(c) && !char.IsUpper(c));

    private static bool EndsSentence(string text, Block line) => text[line.End - 1] is '.' or '!' or '?' or ':' or '"' or '”';

    private static bool StartsListItem(string text, Block line)
    {
        // The line was narrowed to its visible text (LineMarkup), so its bullet, if any, is before it. Looking back to
        // any of the breaks the line scanner ends lines at reads each line's indentation once.
        int start = line.Start;
        while (start > 0 && !CharSets.IsLineBreak(text[start - 1]))
        {
            start--;
        }

        while (CharSets.IsBlank(text[start]))
        {
            start++;
        }

        // A bullet stands apart from its item ("* Home"); "**bold** words" and "****at the", as html2text writes
        // emphasis, carry a sentence on. A quoted paragraph's lines all start with "> ", wrapped or not.
        char first = text[start];
        if (first is '-' or '*' or '•' or '–' or '—')
        {
            return start + 1 == line.End || CharSets.IsBlank(text[start + 1]);
        }

        if (first == '>')
        {
            return start + 1 == line.End;
        }

        // "1. ", "12) ": a numbered item; "12.5 percent" carries on a sentence.
        int i = start;
        while (i < line.End && i - start < 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > start && i + 1 < line.End && text[i] is '.' or ')' && text[i + 1] == ' ';
    }
}
