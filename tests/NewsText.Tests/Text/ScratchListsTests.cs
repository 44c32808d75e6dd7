using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class ScratchListsTests
{
    [Fact]
    public void A_returned_list_comes_back_empty_on_the_same_thread()
    {
        List<long> list = ScratchLists<long>.Rent(8);
        list.AddRange([1, 2, 3]);
        ScratchLists<long>.Return(list);

        List<long> again = ScratchLists<long>.Rent(4);

        Assert.Same(list, again);
        Assert.Empty(again);
    }

    [Fact]
    public void A_list_bigger_than_the_budget_is_not_kept()
    {
        var huge = new List<short>(1 << 20);
        ScratchLists<short>.Return(huge);

        Assert.NotSame(huge, ScratchLists<short>.Rent(4));
    }

    [Fact]
    public void Reused_working_lists_carry_nothing_from_one_article_to_the_next()
    {
        string seedLike = string.Join("\n\n",
            "Harbor City Votes to Build Its First Tidal Barrier",
            "By Jane Doe",
            "“We cannot wait for the next storm,” Mayor Ana Ruiz said on Tuesday.",
            "The council voted seven to two for the plan, which will cost two billion dollars over six years.",
            "Ruiz said the gates would be closed only when a surge was forecast, and that fishing would go on as before.");
        string other = string.Join("\n\n",
            "Menu", "Home", "Share on Facebook",
            "Officials said the bridge would reopen in March after repairs to its deck, which cracked in the cold.",
            "“It is safe,” said the engineer, John Park. “We checked every joint twice.”");

        string first = NewsTextJson.Serialize(Article.Parse(seedLike));
        _ = Article.Parse(other);
        string second = NewsTextJson.Serialize(Article.Parse(seedLike));

        Assert.Equal(first, second);
    }
}
