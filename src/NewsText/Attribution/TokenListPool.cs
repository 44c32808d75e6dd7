namespace NewsText.Attribution;

/// <summary>
/// Token lists reused from one extraction to the next on the same thread. Every paragraph needs its tokens until the
/// extraction ends, and tokens are the extraction's largest allocation, so steady parsing should allocate none.
/// What a thread keeps is bounded: a few hundred lists of a few thousand tokens at most.
/// </summary>
internal static class TokenListPool
{
    private const int MaxKeptLists = 256;
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static Stack<List<Token>>? t_free;

    public static List<Token> Rent(int capacity)
    {
        if (t_free is { Count: > 0 } free)
        {
            List<Token> list = free.Pop();
            list.EnsureCapacity(capacity);
            return list;
        }

        return new List<Token>(capacity);
    }

    /// <summary>Takes back a list that nothing refers to any more.</summary>
    public static void Return(List<Token> list)
    {
        Stack<List<Token>> free = t_free ??= new Stack<List<Token>>();
        if (list.Capacity <= MaxKeptCapacity && free.Count < MaxKeptLists)
        {
            list.Clear();
            free.Push(list);
        }
    }
}
