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
}
