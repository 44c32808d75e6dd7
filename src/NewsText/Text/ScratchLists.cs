namespace NewsText.Text;

/// <summary>
/// Working lists reused from one parse to the next on the same thread: a parse fills lists that die with it (the quotes
/// it found, before they are resolved), and steady parsing should not allocate them again. What a thread keeps is
/// bounded, so one huge input leaves no huge lists behind; lists of values that hold no reference, which may run to
/// megabytes, are a <see cref="PooledList{T}"/> instead.
/// </summary>
internal static class ScratchLists<T>
{
    // About what an article of ten thousand words needs; bigger lists are left to the garbage collector.
    private const int MaxKeptItems = 1 << 16;
    private const int MaxKeptLists = 512;

    [ThreadStatic]
    private static Stack<List<T>>? t_free;

    [ThreadStatic]
    private static int t_keptItems;

    public static List<T> Rent(int capacity)
    {
        if (t_free is { Count: > 0 } free)
        {
            List<T> list = free.Pop();
            t_keptItems -= list.Capacity;
            list.EnsureCapacity(capacity);
            return list;
        }

        return new List<T>(capacity);
    }

    /// <summary>Takes back a list that nothing refers to any more.</summary>
    public static void Return(List<T> list)
    {
        Stack<List<T>> free = t_free ??= new Stack<List<T>>();
        if (t_keptItems + list.Capacity <= MaxKeptItems && free.Count < MaxKeptLists)
        {
            list.Clear();
            free.Push(list);
            t_keptItems += list.Capacity;
        }
    }
}
