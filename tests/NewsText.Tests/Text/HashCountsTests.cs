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
    public void Holds_as_many_distinct_hashes_as_its_capacity()
    {
        const int Capacity = 10_000;
        using var counts = new HashCounts(Capacity);
        for (int i = 0; i < Capacity; i++)
        {
            counts.Add(i * 7919);
        }

        for (int i = 0; i < Capacity; i++)
        {
            Assert.Equal(1, counts.Count(i * 7919));
        }
    }
}
