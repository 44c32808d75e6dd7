using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The name index asks the surname filter before its dictionary, so the filter may say "perhaps" of a word never added
/// but never "no" of a surname it holds: whatever the surnames' lengths, letters and scripts, and however many share
/// a bit.
/// </summary>
public sealed class SurnameFilterTests
{
    [Fact]
    public void Every_added_surname_may_be_held_and_the_plain_set_agrees_on_the_rest()
    {
        string[] letters = ["A", "Z", "a", "z", "É", "ß", "Ж", "ж", "'", "’", "-", ".", "3", "\uD83D\uDE00"];
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var filter = new SurnameFilter();
            var added = new HashSet<string>(StringComparer.Ordinal);
            // From a few surnames to far more than the filter has bits, so that some rounds fill it.
            int count = random.Next(1, round < 100 ? 20 : 3000);
            for (int n = 0; n < count; n++)
            {
                string surname = Word(random, letters);
                filter.Add(surname);
                added.Add(surname);
            }

            foreach (string surname in added)
            {
                Assert.True(filter.MayHold(surname), surname);
            }

            for (int n = 0; n < 200; n++)
            {
                string word = Word(random, letters);
                Assert.True(filter.MayHold(word) || !added.Contains(word), word);
            }

            filter.Clear();
            Assert.All(added.Take(50), surname => Assert.False(filter.MayHold(surname)));
        }
    }

    [Fact]
    public void A_filter_with_nothing_added_holds_no_word()
    {
        var filter = new SurnameFilter();

        Assert.False(filter.MayHold("Brandt"));
        Assert.False(filter.MayHold(""));
    }

    private static string Word(Random random, string[] letters) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => letters[random.Next(letters.Length)]));
}
