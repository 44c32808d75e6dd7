namespace NewsText.Text;

/// <summary>
/// One object of a kind kept per thread for the next article: its tables keep the capacity they grew to, so a thread
/// that parses many articles makes them once. The owner decides what it gives back, and empties it first.
/// </summary>
internal static class ThreadSpare<T>
    where T : class
{
    [ThreadStatic]
    private static T? t_spare;

    /// <summary>The object this thread kept last, or null; it is kept no longer.</summary>
    public static T? Take()
    {
        T? spare = t_spare;
        t_spare = null;
        return spare;
    }

    /// <summary>Keeps <paramref name="spare"/>, which nothing refers to any more, for this thread's next <see cref="Take"/>.</summary>
    public static void Keep(T spare) => t_spare = spare;
}
