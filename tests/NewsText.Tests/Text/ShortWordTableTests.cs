using NewsText.Text;

namespace NewsText.Tests.Text;

/// <summary>
/// The table keeps seven keys a bucket, with their values' indexes in the bucket's last lane, tries other hashes or more
/// buckets until none overflows, and answers without a branch, taking the value of a bucket's first place and clearing
/// it when no key matched: for any number of keys (so buckets from empty to full) and of different values, every key
/// must give its value, and any other key zero, as a plain dictionary says.
/// </summary>
public sealed class ShortWordTableTests
{
    // Each count with the keys compared four at a time (256-bit vectors) and two at a time (128-bit, as on Arm64).
    public static TheoryData<int, bool> Counts => new()
    {
        { 1, true }, { 2, true }, { 7, true }, { 100, true }, { 1000, true }, { 20000, true },
        { 1, false }, { 7, false }, { 1000, false }, { 20000, false },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Every_key_gives_its_value_and_every_other_key_zero(int count, bool wideVectors)
    {
        var random = new Random(count);
        var plain = new Dictionary<ulong, int>();
        while (plain.Count < count)
        {
            string word = RandomWord(random);
            // As many different values as the table can index, given over and over.
            plain[Key(word)] = plain.Count % ShortWordTable.MaxValues + 1;
        }

        var table = new ShortWordTable([.. plain.Select(entry => (entry.Key, entry.Value))]);

        Assert.All(plain, entry => Assert.Equal(entry.Value, table.ValueOf(entry.Key, wideVectors)));
        for (int i = 0; i < 5000; i++)
        {
            ulong other = Key(RandomWord(random));
            Assert.Equal(plain.GetValueOrDefault(other), table.ValueOf(other, wideVectors));
        }
    }

    [Fact]
    public void A_key_given_twice_keeps_the_last_value_and_a_shorter_word_is_another_key()
    {
        var table = new ShortWordTable([(Key("said"), 1), (Key("told"), 2), (Key("said"), 3)]);

        Assert.Equal(3, table.ValueOf(Key("said")));
        Assert.Equal(2, table.ValueOf(Key("told")));
        // The same bytes with one more, zero, character: the length marker keeps them apart.
        Assert.Equal(0, table.ValueOf(ShortWordTable.KeyOf(Bytes("said"), 5)));
        Assert.Equal(0, table.ValueOf(Key("sai")));
    }

    [Fact]
    public void More_different_values_than_a_byte_can_index_are_refused()
    {
        var entries = Enumerable.Range(1, ShortWordTable.MaxValues + 1).Select(value => (Key($"w{value}"), value)).ToList();

        Assert.Throws<ArgumentException>(() => new ShortWordTable(entries));
    }

    private static string RandomWord(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, ShortWordTable.MaxLength + 1)).Select(_ => (char)random.Next('a', 'z' + 1)));

    private static ulong Key(string word) => ShortWordTable.KeyOf(Bytes(word), word.Length);

    private static ulong Bytes(string word)
    {
        ulong bytes = 0;
        for (int i = 0; i < word.Length; i++)
        {
            bytes |= (ulong)word[i] << (i * 8);
        }

        return bytes;
    }
}
