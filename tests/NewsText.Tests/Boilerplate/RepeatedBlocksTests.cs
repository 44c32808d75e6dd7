using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class RepeatedBlocksTests
{
    [Fact]
    public void Finds_the_first_block_with_the_same_text_and_none_with_the_same_key_only()
    {
        // "Sign in to comment" and "Sign up to comment" have one length and the same first and last four characters:
        // only their texts tell them apart.
        (string text, BlockInfo[] blocks) = Blocks("Sign in to comment", "Sign up to comment", "Share", "Sign in to comment", "Sign up to comment", "sign in to comment", "Sign in to comment");
        int[] found = FindEach(text, blocks);
        Assert.Equal([-1, -1, -1, 0, 1, -1, 0], found);
    }

    [Fact]
    public void Looks_for_no_block_longer_than_the_longest_label()
    {
        string line = new('x', RepeatedBlocks.MaxLength + 1);
        (string text, BlockInfo[] blocks) = Blocks(line, line, "Reply", "Reply");
        int[] found = FindEach(text, blocks);
        Assert.Equal([-1, -1, -1, 2], found);
    }

    [Fact]
    public void Keeps_a_look_short_however_many_blocks_share_a_key()
    {
        // Ten thousand texts of one key, each then repeated: a look compares a few of them at most, so that some repeats
        // go unfound, but every one found is a block with the same text, and an earlier one.
        string[] lines = [.. Enumerable.Range(0, 10_000).Select(n => "Read" + new string([.. n.ToString("D5").Select(d => (char)('a' + d - '0'))]) + " more")];
        (string text, BlockInfo[] blocks) = Blocks([.. lines, .. lines]);
        using var repeats = new RepeatedBlocks(blocks.Length);
        int foundCount = 0;
        for (int i = 0; i < blocks.Length; i++)
        {
            int earlier = repeats.FindEarlier(text, blocks[i].Block, blocks, i);
            if (earlier >= 0)
            {
                Assert.True(earlier < i);
                Assert.Equal(blocks[i].Block.Slice(text).ToString(), blocks[earlier].Block.Slice(text).ToString());
                foundCount++;
            }
        }

        Assert.InRange(foundCount, 1, lines.Length - 1);
    }

    [Fact]
    public void A_repeat_takes_the_earlier_findings_with_the_date_moved_to_it()
    {
        (string text, BlockInfo[] blocks) = Blocks("Updated November 19, 2019", "Share", "Updated November 19, 2019");
        blocks[0].Date = DateParser.Find(text, blocks[0].Block.Start, blocks[0].Block.Length);
        blocks[0].Byline = new BylineSummary(RemovalKind.Byline, BylineCertainty.NameOnly, HasAuthors: true);
        blocks[0].Chrome = RemovalKind.Comments;
        blocks[2].RecogniseAs(in blocks[0]);
        Assert.Equal(DateParser.Find(text, blocks[2].Block.Start, blocks[2].Block.Length), blocks[2].Date);
        Assert.NotEqual(blocks[0].Date, blocks[2].Date);
        Assert.Equal(blocks[0].Byline, blocks[2].Byline);
        Assert.Equal(RemovalKind.Comments, blocks[2].Chrome);
    }

    [Fact]
    public void Finds_every_repeat_of_more_distinct_blocks_than_its_table_started_with()
    {
        // Made for 16 blocks, given 10,000 distinct labels and then each again: the table grows as it fills, and every
        // repeat finds its first print.
        string[] lines = [.. Enumerable.Range(0, 10_000).Select(n => "Label " + n)];
        (string text, BlockInfo[] blocks) = Blocks([.. lines, .. lines]);
        using var repeats = new RepeatedBlocks(16);
        for (int i = 0; i < blocks.Length; i++)
        {
            Assert.Equal(i < lines.Length ? -1 : i - lines.Length, repeats.FindEarlier(text, blocks[i].Block, blocks, i));
        }
    }

    /// <summary>What a look finds for each block in turn.</summary>
    private static int[] FindEach(string text, BlockInfo[] blocks)
    {
        using var repeats = new RepeatedBlocks(blocks.Length);
        int[] found = new int[blocks.Length];
        for (int i = 0; i < blocks.Length; i++)
        {
            found[i] = repeats.FindEarlier(text, blocks[i].Block, blocks, i);
        }

        return found;
    }

    /// <summary>The lines as blocks of one text, with their features.</summary>
    private static (string Text, BlockInfo[] Blocks) Blocks(params string[] lines)
    {
        string text = string.Join("\n", lines);
        var blocks = new BlockInfo[lines.Length];
        int start = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            blocks[i].Block = new Block(start, lines[i].Length, 1, false);
            blocks[i].Features = BlockFeatures.Compute(text.AsSpan(start), lines[i].Length);
            start += lines[i].Length + 1;
        }

        return (text, blocks);
    }
}
