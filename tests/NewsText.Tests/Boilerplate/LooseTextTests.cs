using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class LooseTextTests
{
    [Fact]
    public void The_table_of_keys_agrees_with_the_folding_of_every_character()
    {
        // Letters of the alphabets most pages use are looked up in a table; every character must come out as the
        // category test and the folding make it.
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            Assert.Equal(LooseText.PlainKey((char)c), LooseText.Key((char)c));
        }
    }

    [Fact]
    public void Cyrillic_text_compares_loosely_as_Latin_text_does()
    {
        Assert.True(LooseText.Equal("Новости: Мода!", "НОВОСТИ МОДА"));
        Assert.Equal(LooseText.Hash("Стиль жизни"), LooseText.Hash("стиль — ЖИЗНИ"));
        Assert.False(LooseText.Equal("Стиль жизни", "Стиль жизн"));
    }

    [Fact]
    public void Hashes_four_characters_at_a_time_as_one_key_at_a_time()
    {
        // Keys and other characters in every position of the four, tails of every length, characters past the table.
        const string Alphabet = "aZ9 .-\u00A0é\u0130Жж日\u212A٣\u200B";
        var random = new Random(20261201);
        for (int sample = 0; sample < 20_000; sample++)
        {
            char[] chars = new char[random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            string text = new(chars);
            Assert.True(LooseText.PlainHash(text) == LooseText.Hash(text), $"\"{text}\"");
        }
    }

    [Fact]
    public void Loosely_equal_texts_share_an_outline()
    {
        // A text and a copy with its case changed and other characters put between, before and after its keys.
        const string Keys = "aZ9éÉ\u0130Жж日٣";
        const string Others = " .-:\u00A0\u200B…”";
        var random = new Random(20261202);
        for (int sample = 0; sample < 20_000; sample++)
        {
            var text = new System.Text.StringBuilder();
            var copy = new System.Text.StringBuilder();
            for (int i = random.Next(0, 12); i > 0; i--)
            {
                char key = Keys[random.Next(Keys.Length)];
                text.Append(random.Next(3) == 0 ? Others[random.Next(Others.Length)].ToString() : "").Append(key);
                copy.Append(random.Next(2) == 0 ? Others[random.Next(Others.Length)].ToString() : "")
                    .Append(random.Next(2) == 0 ? char.ToUpperInvariant(key) : char.ToLowerInvariant(key));
            }

            copy.Append(random.Next(2) == 0 ? Others[random.Next(Others.Length)].ToString() : "");
            string a = text.ToString(), b = copy.ToString();
            Assert.True(LooseText.Equal(a, b), $"\"{a}\" \"{b}\"");
            Assert.True(LooseText.Outline(a, LooseText.KeyCount(a)) == LooseText.Outline(b, LooseText.KeyCount(b)), $"\"{a}\" \"{b}\"");
        }
    }

    [Theory]
    [InlineData("Read more", "READ-MORE")]
    [InlineData("  Share this story:  ", "share this  story")]
    [InlineData("Ünd 2019 — Straße", "ünd2019straße")]
    public void Loosely_equal_texts_hash_alike(string a, string b)
    {
        Assert.True(LooseText.Equal(a, b));
        Assert.Equal(LooseText.Hash(a), LooseText.Hash(b));
    }
}
