using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Tests.Boilerplate;

public sealed class DuplicateParagraphsTests
{
    [Fact]
    public void Finds_loose_repeats_and_not_paragraphs_that_only_count_as_many_letters()
    {
        // The first three count as many letters and digits; only the loose copy of the first repeats it.
        string[] paragraphs =
        [
            "The council approved the new tidal barrier on Monday.",
            "The council approved the new tidal barrier on Sunday.",
            "THE COUNCIL APPROVED THE NEW TIDAL BARRIER — ON MONDAY!",
            "A different paragraph with another count of letters in it, and no copy.",
            "The council approved the new tidal barrier on Sunday.",
        ];
        string text = string.Join('\n', paragraphs);
        var blocks = new BlockInfo[paragraphs.Length];
        int start = 0;
        for (int i = 0; i < paragraphs.Length; i++)
        {
            blocks[i].Block = new Block(start, paragraphs[i].Length, 1, false);
            blocks[i].Features = BlockFeatures.Compute(paragraphs[i]);
            start += paragraphs[i].Length + 1;
        }

        var seen = new DuplicateParagraphs(blocks.Length);
        try
        {
            var repeats = new bool[blocks.Length];
            for (int i = 0; i < blocks.Length; i++)
            {
                repeats[i] = seen.IsRepeat(text, blocks, i);
            }

            Assert.Equal([false, false, true, false, true], repeats);
        }
        finally
        {
            seen.Dispose();
        }
    }
}
