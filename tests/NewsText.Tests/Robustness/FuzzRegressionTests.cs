using NewsText.Boilerplate;

namespace NewsText.Tests.Robustness;

/// <summary>Inputs the AFL++ harness (tests/NewsText.Fuzz) found crashing, kept so they never crash again.</summary>
public sealed class FuzzRegressionTests
{
    // NKo digits (U+07C0, U+07C4) matched \d in the date expressions and then failed int.Parse.
    [Theory]
    [InlineData("T!Tr_0/1/1t[Ye1e\r\ntle\r T6 1666   11 \u07C01/1111111ooo o\u201C n s&")]
    [InlineData("T'g1\u00011:11re .0 Y\u07C4 1/1/11re 1/ YOth/1 ni\u07C41/1/11 d,q")]
    public void Digits_of_other_scripts_in_a_date_do_not_crash(string text)
    {
        Article article = Article.Parse(text);

        ArticleInvariants.Check(text, article);
    }

    [Fact]
    public void A_date_beside_another_script_s_digit_is_read_from_its_ascii_digits()
    {
        const string line = "\u07C01/1/11";

        DateMatch? date = DateParser.Find(line, 0, line.Length);

        Assert.NotNull(date);
        Assert.Equal("2011-01-01", DateParser.IsoOf(line, date.Value));
    }
}
