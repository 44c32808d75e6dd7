using System.Runtime.Intrinsics;
using NewsText.Text;

namespace NewsText.Tests.Text;

/// <summary>
/// The table packs a word's first sixteen characters into its key with overlapping loads whose layout changes at four,
/// eight and sixteen characters: every length on both sides of those bounds must find its word in any case and reject
/// a change at any position, as a plain case-insensitive set does.
/// </summary>
public sealed class AsciiWordTableTests
{
    // Letters that change along the word (over its first 26 all differ), so a character in the wrong byte of the key shows.
    private static readonly string[] Words = [.. Enumerable.Range(1, 40).Select(WordOfLength)];

    private static readonly HashSet<string> Plain = new(Words, StringComparer.OrdinalIgnoreCase);

    private static readonly AsciiWordTable Table = AsciiWordTable.TryCreate(Words)!;

    public static TheoryData<int> Lengths => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_word_is_found_in_any_case_and_a_change_at_any_position_is_not(int length)
    {
        string word = WordOfLength(length);
        var forms = new List<string> { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] };
        for (int i = 0; i < length; i++)
        {
            // Every other letter: a key that merged two characters' bits would take some of them for the word.
            forms.AddRange(Enumerable.Range('a', 26).Where(c => c != word[i]).Select(c => Replace(word, i, ((char)c).ToString())));
            forms.Add(Replace(word, i, char.ToUpperInvariant(word[i]).ToString()));
            forms.Add(Replace(word, i, "'"));
            forms.Add(Replace(word, i, "\u0416")); // Cyrillic: no word of the table has it
            forms.Add(Replace(word, i, "\u00E9")); // é: the table defers, as for any Latin letter
            forms.Add(Replace(word, i, "\uD83D\uDE00")); // a surrogate pair, one character longer
        }

        Assert.All(forms, form => AssertAgrees(form, Table.ValueOf(form)));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_word_inside_a_longer_text_is_judged_by_its_own_characters(int length)
    {
        string word = WordOfLength(length);
        string text = "XQ" + word + "QX" + new string('q', 20);

        Assert.Equal(1, Table.ValueOf(text.AsSpan(2, length)));
        AssertAgrees(text.Substring(2, length - 1), Table.ValueOf(text.AsSpan(2, length - 1)));
        AssertAgrees(text.Substring(1, length), Table.ValueOf(text.AsSpan(1, length)));
        AssertAgrees(text.Substring(2, length + 1), Table.ValueOf(text.AsSpan(2, length + 1)));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_short_word_in_loaded_characters_has_the_value_of_the_word_alone(int length)
    {
        if (length > 8)
        {
            return;
        }

        string word = WordOfLength(length);
        var forms = new List<string> { word, word.ToUpperInvariant(), "x" + word[1..], word[..^1] + "7" };
        for (int i = 0; i < length; i++)
        {
            forms.AddRange(Enumerable.Range('a', 26).Select(c => Replace(word, i, ((char)c).ToString())));
            forms.Add(Replace(word, i, char.ToUpperInvariant(word[i]).ToString()));
        }

        foreach (string form in forms)
        {
            // The lanes past the word hold a longer word of the table, which must not be taken for it.
            string lanes = form + WordOfLength(8);
            Vector128<ushort> chars = Vector128.Create(lanes.AsSpan(0, 8).ToArray().Select(c => (ushort)c).ToArray());
            Assert.Equal(Table.ValueOf(form), Table.ValueOfShort(chars, form.Length));
        }
    }

    [Theory]
    [InlineData("\u0416ord")]
    [InlineData("wor\u0416")]
    [InlineData("w\u00E9\u0416d")]
    [InlineData("\u00E9\u03A9")]
    [InlineData("\u043D\u0430")]
    public void A_word_with_a_character_no_case_rule_takes_into_ASCII_is_answered_no_at_once(string word)
    {
        var table = AsciiWordTable.TryCreate(["word", "wood", "ne", "na", "ew"])!;

        Assert.Equal(0, table.ValueOf(word));
    }

    [Theory]
    [InlineData("\u0131\u017F")]
    [InlineData("\u0130s")]
    [InlineData("\u212Aey")]
    public void A_word_whose_every_character_might_change_case_into_ASCII_is_left_to_the_frozen_set(string word)
    {
        var table = AsciiWordTable.TryCreate(["word", "is", "key"])!;

        Assert.Null(table.ValueOf(word));
    }

    [Fact]
    public void A_word_with_any_other_character_past_ASCII_gets_the_answer_a_case_insensitive_set_gives()
    {
        // Every character the table answers "no" for at once must equal no ASCII character ignoring case.
        string[] words = ["word", "is", "key", "a", "said", "spokeswoman"];
        var table = AsciiWordTable.TryCreate(words)!;
        var set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        var wrong = new List<int>();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            foreach (string word in words)
            {
                for (int at = 0; at < word.Length; at++)
                {
                    string changed = Replace(word, at, ((char)c).ToString());
                    if (table.ValueOf(changed) is int answer && answer != (set.Contains(changed) ? 1 : 0))
                    {
                        wrong.Add(c);
                    }
                }
            }
        }

        Assert.Empty(wrong);
    }

    // Found or not as the set says, unless a character that can change case into ASCII leaves the answer to the
    // frozen set's own rules (null).
    private static void AssertAgrees(string word, int? answer)
    {
        if (answer is null)
        {
            Assert.Contains(word, c => c is '\u0130' or '\u0131' or '\u017F' or '\u212A');
        }
        else
        {
            Assert.Equal(Plain.Contains(word) ? 1 : 0, answer);
        }
    }

    private static string WordOfLength(int length) =>
        string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + ((i * 7) + length) % 26)));

    private static string Replace(string word, int at, string with) => word[..at] + with + word[(at + 1)..];
}
