using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class PooledSlotsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(1_000)]
    public void Has_a_power_of_two_of_slots_twice_the_entries_at_least_all_zero_after_a_dirty_return(int capacity)
    {
        // A table that used its slots gives them back dirty: the next one rents them, and must see them empty.
        var used = new PooledSlots(capacity);
        Array.Fill(used.Slots, -1L);
        used.Return();

        var table = new PooledSlots(capacity);
        int size = table.Mask + 1;
        Assert.Equal(0, size & table.Mask);
        Assert.True(size >= 2 * capacity && size >= 16, $"{size} slots for {capacity}");
        Assert.True(table.Slots.Length >= size);
        Assert.All(table.Slots[..size], slot => Assert.Equal(0L, slot));
        table.Return();
    }
}
