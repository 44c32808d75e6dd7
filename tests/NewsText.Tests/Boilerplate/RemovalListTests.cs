using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class RemovalListTests
{
    [Fact]
    public void Makes_each_record_once_with_its_text_cut_from_the_input()
    {
        const string input = "Share on Facebook\nThe body.\nAdvertisement";
        List<string>? others = null;
        var list = new RemovalList(input,
        [
            new Removal(new TextSpan(0, 17), RemovalKind.Share, RemovalReasons.Place(RemovalKind.Share, "share or follow button", ref others)),
            new Removal(new TextSpan(28, 13), RemovalKind.Advertisement,
                RemovalReasons.Place(RemovalKind.Advertisement, "advertisement or sponsored label", ref others)),
        ]);

        Assert.Equal(2, list.Count);
        Assert.Same(list[1], list[1]);
        Assert.Equal(["Share on Facebook", "Advertisement"], list.Select(r => r.Text));
        Assert.Equal(new RemovedText("Advertisement", 28, 13, RemovalKind.Advertisement, "advertisement or sponsored label"), list[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
    }

    [Fact]
    public void Keeps_every_reason_by_its_place_and_gives_it_back()
    {
        List<string>? others = null;
        string madeUp = string.Concat("a reason ", "no table holds");
        (RemovalKind Kind, string Reason)[] given =
        [
            .. Enum.GetValues<RemovalKind>().Select(kind => (kind, RemovalReasons.For(kind))),
            (RemovalKind.OutsideArticle, RemovalReasons.OutsideBody),
            (RemovalKind.Related, "a link to another story, in capitals"),
            (RemovalKind.Title, string.Concat("the ", "headline")),
            (RemovalKind.Share, madeUp),
            (RemovalKind.Footer, "another reason"),
            (RemovalKind.Cookie, string.Concat("a reason ", "no table holds")),
            // A copy of a sentence of the table, not the table's string: found by comparing, at the sentence's place.
            (RemovalKind.Byline, string.Concat("outside the article ", "body")),
        ];

        int[] places = [.. given.Select(g => RemovalReasons.Place(g.Kind, g.Reason, ref others))];

        Assert.Equal(given.Select(g => g.Reason), places.Select(place => RemovalReasons.At(place, others)));
        Assert.Equal(["a reason no table holds", "another reason"], others);
        Assert.Equal(places[^4], places[^2]);
        Assert.Equal(places[Enum.GetValues<RemovalKind>().Length], places[^1]);
        Assert.Equal(RemovalKind.Duplicate, new Removal(new TextSpan(3, 4), RemovalKind.Duplicate, places[^2]).Kind);
        Assert.Equal(places[^2], new Removal(new TextSpan(3, 4), RemovalKind.Duplicate, places[^2]).Reason);
    }
}
