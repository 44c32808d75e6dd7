using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class HashCountsTests
{
    [Fact]
    public void Counts_each_hash_including_zero_negative_and_colliding_ones()
    {
        // 0 and int.MinValue share their low bits, as do 1 << 20 and 1 << 21 after the multiply: each keeps its count.
        int[] hashes = [0, int.MinValue, 1 << 20, 1 << 21, -1, 0, -1, 0];
        using var counts = new HashCounts(hashes.Length);
        foreach (int hash in hashes)
        {
            counts.Add(hash);
        }

        Assert.Equal(3, counts.Count(0));
        Assert.Equal(2, counts.Count(-1));
        Assert.Equal(1, counts.Count(int.MinValue));
        Assert.Equal(1, counts.Count(1 << 20));
        Assert.Equal(1, counts.Count(1 << 21));
        Assert.Equal(0, counts.Count(42));
    }

    [Fact]
    public void Counts_more_distinct_hashes_than_it_was_made_for()
    {
        // Made for 16, given 10,000: the table grows ten times, and every count survives the moves.
        const int Distinct = 10_000;
        using var counts = new HashCounts(16);
        for (int i = 0; i < Distinct; i++)
        {
            counts.Add(i * 7919);
            Assert.Equal(2, counts.Add(i * 7919));
        }

        for (int i = 0; i < Distinct; i++)
        {
            Assert.Equal(2, counts.Count(i * 7919));
        }

        Assert.Equal(0, counts.Count(7));
    }
}
