using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class PooledListTests
{
    [Fact]
    public void Items_added_past_the_first_room_are_all_kept_in_order()
    {
        using var list = new PooledList<int>(4);
        for (int i = 0; i < 1000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(1000, list.Count);
        Assert.Equal(Enumerable.Range(0, 1000), list.AsSpan().ToArray());
        Assert.InRange(list.Capacity, 1000, 2047);
    }

    [Fact]
    public void An_index_past_the_count_throws_though_the_rented_room_is_larger()
    {
        using var list = new PooledList<int>(16);
        list.Add(7);

        Assert.True(list.Capacity > 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void A_large_list_gives_its_room_back_for_the_next_large_input_on_the_thread()
    {
        // Eight megabytes of blocks: what a large input's lines take, and the list a thread must not keep for good.
        const int Items = 1 << 19;
        var first = new PooledList<Block>(Items);
        first.Add(new Block(1, 2, 1, false));
        ref Block firstRoom = ref MemoryMarshal.GetReference(first.AsSpan());
        first.Dispose();

        using var second = new PooledList<Block>(Items);
        second.Add(default);

        Assert.True(Unsafe.AreSame(ref firstRoom, ref MemoryMarshal.GetReference(second.AsSpan())));
        Assert.Equal(0, first.Count);
    }
}
