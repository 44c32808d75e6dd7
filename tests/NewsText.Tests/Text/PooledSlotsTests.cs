using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class PooledSlotsTests
{
    [Theory]
    [InlineData(0, 16)]
    [InlineData(7, 16)]
    [InlineData(9, 32)]
    [InlineData(1_000, 2_048)]
    [InlineData(1_000_000, PooledSlots.MaxFirstSize)]
    public void Starts_with_a_power_of_two_of_slots_twice_the_entries_foreseen_up_to_a_cap_all_empty_after_a_dirty_return(int capacity, int size)
    {
        // A table that used its slots gives them back dirty: the next one rents them, and must see them empty.
        var used = new PooledSlots(capacity);
        Array.Fill(used.Slots, -1L);
        used.Return();

        var table = new PooledSlots(capacity);
        Assert.Equal(size, table.Mask + 1);
        Assert.All(table.Slots[..size], slot => Assert.Equal(0L, slot));
        table.Return();
    }

    [Fact]
    public void Doubles_when_half_full_and_keeps_every_entry_findable()
    {
        var table = new PooledSlots(0);
        const int Entries = 5_000;
        for (int key = 0; key < Entries; key++)
        {
            int slot = table.Find(key * 7919);
            Assert.Equal(0L, table.Slots[slot]);
            table.Fill(slot, ((long)(key * 7919) << 32) | (uint)(key + 1));
            Assert.True(table.Mask + 1 >= 2 * (key + 1), $"{key + 1} entries in {table.Mask + 1} slots");
        }

        Assert.Equal(16_384, table.Mask + 1);
        for (int key = 0; key < Entries; key++)
        {
            Assert.Equal(((long)(key * 7919) << 32) | (uint)(key + 1), table.Slots[table.Find(key * 7919)]);
        }

        Assert.Equal(0L, table.Slots[table.Find(42)]);
        table.Return();
    }
}
