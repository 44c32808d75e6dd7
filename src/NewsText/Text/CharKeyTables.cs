namespace NewsText.Text;

/// <summary>
/// Tables of a character's key in a loose comparison (its folded case, or zero when it is no letter or digit) for the
/// Latin, Greek and Cyrillic alphabets, where most characters of most pages are: one lookup instead of the category
/// test and the casing, which asks the culture tables for every letter past ASCII.
/// </summary>
internal static class CharKeyTables
{
    /// <summary>The characters below this one are in the tables.</summary>
    public const int Tabled = 0x530;

    /// <summary>The key of every tabled character, by the plain rule <paramref name="plainKey"/>.</summary>
    public static char[] Build(Func<char, char> plainKey)
    {
        var keys = new char[Tabled];
        for (char c = '\0'; c < Tabled; c++)
        {
            keys[c] = plainKey(c);
        }

        return keys;
    }
}
