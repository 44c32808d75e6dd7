using System.Globalization;
using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class BoilerplateLexiconTests
{
    /// <summary>
    /// Labels in ASCII are looked up in a table of their own: every label, in any case and with a letter changed,
    /// added or dropped, reads as the dictionary of all labels reads it.
    /// </summary>
    [Fact]
    public void Looks_exact_labels_up_as_the_dictionary_does()
    {
        var words = new List<string> { "zurück zur übersicht", "ZURÜCK ZUR ÜBERSICHT", "zuruck zur ubersicht", "ſhare", "ſ", "é", "shäre" };
        foreach (string label in BoilerplateLexicon.ExactLabels.Keys)
        {
            words.Add(label);
            words.Add(label.ToUpperInvariant());
            words.Add(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label));
            words.Add(label + "s");
            words.Add(label[..^1]);
            words.Add(label[..^1] + "x");
            words.Add(label[..^1] + "é");
        }

        foreach (string word in words.Where(w => w.Length > 0))
        {
            RemovalKind? expected = BoilerplateLexicon.ExactLabels.TryGetValue(word, out RemovalKind kind) ? kind : null;
            Assert.True(expected == BoilerplateLexicon.LookupExact(word), $"\"{word}\": {expected} expected");
        }
    }

    /// <summary>Pages in other languages label their advertisements, share buttons and comments in their own words.</summary>
    [Theory]
    [InlineData("Publicité", RemovalKind.Advertisement)]
    [InlineData("ANZEIGE", RemovalKind.Advertisement)]
    [InlineData("Pubblicità", RemovalKind.Advertisement)]
    [InlineData("Реклама", RemovalKind.Advertisement)]
    [InlineData("PARTAGER", RemovalKind.Share)]
    [InlineData("Teilen", RemovalKind.Share)]
    [InlineData("Compartir", RemovalKind.Share)]
    [InlineData("Réagir", RemovalKind.Comments)]
    [InlineData("Kommentare", RemovalKind.Comments)]
    [InlineData("Comentários", RemovalKind.Comments)]
    public void A_label_in_another_language_is_what_its_english_is(string block, RemovalKind kind) =>
        Assert.Equal(kind, BoilerplateLexicon.Classify(block));

    /// <summary>A skip link, which a rendering without the page's style sheet shows, is navigation.</summary>
    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Jump to Navigation")]
    [InlineData("Jump to content")]
    public void A_skip_link_is_navigation(string block) =>
        Assert.Equal(RemovalKind.Navigation, BoilerplateLexicon.Classify(block));

    /// <summary>A menu printed on one line, its labels between bars, is navigation; a headline with its section and site is not.</summary>
    [Theory]
    [InlineData("Login With Facebook | Login With Twitter | Login | Register", true)]
    [InlineData("Home | World | Business | Contact Us", true)]
    [InlineData("Opinion | The harbor can wait | The Daily Ferry", false)]
    [InlineData("Home | Harbor City votes on the barrier", false)]
    [InlineData("Tidal barrier | Harbor City | Council vote", false)]
    public void Labels_between_bars_are_a_menu(string block, bool menu) =>
        Assert.Equal(menu ? RemovalKind.Navigation : null, BoilerplateLexicon.Classify(block));

    /// <summary>A short line ending with an arrow of angle quotes is a link; one that closes a guillemet quotation is not.</summary>
    [Theory]
    [InlineData("View Full Schedule »", true)]
    [InlineData("Next Post ›", true)]
    [InlineData("Colunistas » ", true)]
    [InlineData("Le maire : «Nous construirons la digue»", false)]
    [InlineData("Harbor City votes on the barrier", false)]
    public void A_line_ending_in_an_arrow_is_a_link(string block, bool link) =>
        Assert.Equal(link ? RemovalKind.Navigation : null, BoilerplateLexicon.Classify(block));

    /// <summary>
    /// A short block that opens with a copyright sign, or "(c) " in any case, is a footer when no label or prefix took it:
    /// the bracket the rule now looks at first turns nothing away that the comparison took.
    /// </summary>
    [Theory]
    [InlineData("© 2019 The Daily Ferry", true)]
    [InlineData("©2019 The Daily Ferry", true)]
    [InlineData("(c) 2019 The Daily Ferry", true)]
    [InlineData("(C) 2019 The Daily Ferry", true)]
    [InlineData("(C)  Harbour Media Group", true)]
    [InlineData("(c)2019 The Daily Ferry", false)]
    [InlineData("(c.) 2019 The Daily Ferry", false)]
    [InlineData("[c) 2019 The Daily Ferry", false)]
    [InlineData("(ｃ) 2019 The Daily Ferry", false)]
    [InlineData(" (c) 2019 The Daily Ferry", false)]
    [InlineData("The Daily Ferry © 2019", false)]
    [InlineData("(", false)]
    public void A_block_opening_with_a_copyright_mark_is_a_footer(string block, bool footer)
    {
        // The plain rule, as it read before the bracket was looked at first.
        bool plain = block.StartsWith('©') || block.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(footer, plain);
        Assert.Equal(footer, BoilerplateLexicon.Classify(block) == RemovalKind.Footer);
    }
}
