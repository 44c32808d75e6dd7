using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class NameWordsTests
{
    /// <summary>
    /// A name run hands <see cref="NameWords.IsNameWord"/> words of name characters only, which it does not look at
    /// again: on such words, capitalised, in lower case, with marks and dots anywhere, it answers as the reading that
    /// checked every character and counted the letters.
    /// </summary>
    [Fact]
    public void Reads_words_of_name_characters_as_the_plain_reading_does()
    {
        string[] starts = ["J", "j", "É", "é", "Ж", "ж", "ǅ", ".", "'", "’", "-", "de", "van", "st", "y", "the", "The", "St", "Dr", "L", "JR"];
        string[] middles = ["", "a", "ane", "ANE", ".", "..", "'", "’", "-", ".c", ".co", ".com", "r.", "-Luc", "'Brien", "ü", "aaaaaaaaaaaaaaaaaaaaaa"];
        string[] ends = ["", ".", "-", "'", "’", "s", "e.", "om"];
        int words = 0;
        foreach (string start in starts)
        {
            foreach (string middle in middles)
            {
                foreach (string end in ends)
                {
                    string word = start + middle + end;
                    Assert.True(PlainIsNameWord(word) == NameWords.IsNameWord(word), $"\"{word}\": {PlainIsNameWord(word)} expected");
                    words++;
                }
            }
        }

        Assert.True(words > 2000);
    }

    /// <summary>The reading before <see cref="NameWords.IsNameWord"/> relied on its words being made of name characters.</summary>
    private static bool PlainIsNameWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 24)
        {
            return false;
        }

        if (!char.IsUpper(word[0]))
        {
            return NameWords.IsParticle(word) && !NameWords.IsNotName(word);
        }

        if (NameWords.IsNotName(word))
        {
            return false;
        }

        int letters = 0;
        foreach (char c in word)
        {
            if (!NameWords.IsNameCharacter(c))
            {
                return false;
            }

            letters += c is '.' or '\'' or '’' or '-' ? 0 : 1;
        }

        // A possessive ("World's") is no name.
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        int dot = word.IndexOf('.');
        if (dot > 0 && dot < word.Length - 1 && word.Length - dot > 2)
        {
            return false;
        }

        return letters > 0;
    }
}
