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
}
