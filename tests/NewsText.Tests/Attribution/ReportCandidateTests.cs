using System.Runtime.InteropServices;
using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The reported-speech finder skips to the next token that may report something with one test of the token's classes,
/// leaving out the test that it is a word: every mark, of whatever kind, must still be passed over, and every cue,
/// attitude verb and "according" (in any case, by its class) found, wherever the search starts and ends.
/// </summary>
public sealed class ReportCandidateTests
{
    [Fact]
    public void The_next_candidate_is_the_next_word_the_plain_test_accepts()
    {
        // Cues, attitude verbs, nine-letter words listed or not, other words, and marks of every kind.
        string[] pieces =
        [
            "said", "Said", "told", "believes", "according", "According", "ACCORDING", "accordingly", "accord\u0131ng", "to", "the", "officials", "rainfalls", "Brandt",
            "wants", "a", "3", ",", ".", ":", "\u201C", "\u201D", "\u2014", "'", "(", "%", "\u00E9t\u00E9", " ", " ", " ",
        ];
        var random = new Random(11);
        for (int round = 0; round < 2000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)] + " "));
            List<Token> list = Tokenizer.Tokenize(text, 0, text.Length);
            ReadOnlySpan<Token> tokens = CollectionsMarshal.AsSpan(list);
            int from = random.Next(0, tokens.Length + 1);
            int end = random.Next(from, tokens.Length + 1);

            Assert.Equal(PlainNextCandidate(text, tokens, from, end), ReportedSpeechFinder.NextCandidate(tokens, from, end));
        }
    }

    // The test as the finder's loop wrote it before, one token at a time, with "according" compared as a word.
    private static int PlainNextCandidate(string text, ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            Token token = tokens[k];
            if (token.IsWord && (token.Has(WordClass.Cue | WordClass.AttitudeVerb) || token.Is(text, "according")))
            {
                return k;
            }
        }

        return end;
    }
}
