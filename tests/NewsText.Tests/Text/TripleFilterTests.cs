using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NewsText.Text;

namespace NewsText.Tests.Text;

public sealed class TripleFilterTests
{
    // No phrase shorter than three characters, so that the filter is used wherever AVX2 is.
    private static readonly string[] Phrases = ["photo by", "(photo", "cookies to ", "privacy", "/afp", "all rights reserved", "i agree"];

    [Fact]
    public void Is_used_wherever_AVX2_is_and_never_for_two_character_phrases()
    {
        Assert.Equal(Avx2.IsSupported, TripleFilter.TryCreate(Phrases) is not null);
        Assert.Null(TripleFilter.TryCreate(["privacy", "pr"]));
    }

    [Fact]
    public void Looks_sixteen_places_at_a_time_where_512_bit_vectors_are_fast_and_every_phrase_has_four_characters()
    {
        bool wide = Avx2.IsSupported && Avx512F.IsSupported && Vector512.IsHardwareAccelerated;
        Assert.Equal(wide, TripleFilter.TryCreate(Phrases)?.IsWide ?? false);
        Assert.False(TripleFilter.TryCreate(["privacy", "all"])?.IsWide ?? false);
    }

    [Fact]
    public void Passes_every_place_where_a_phrase_starts_sixteen_places_at_a_time()
    {
        TripleFilter? filter = TripleFilter.TryCreate(Phrases);
        if (filter is not { IsWide: true })
        {
            return;
        }

        foreach (string text in TrickyTexts())
        {
            for (int at = 0; at + TripleFilter.WideReach <= text.Length; at++)
            {
                uint hits = filter.WideHits(text, at);
                Assert.True(hits < 1u << TripleFilter.WideWidth);
                for (int place = 0; place < TripleFilter.WideWidth; place++)
                {
                    bool starts = Array.Exists(Phrases, p => text.AsSpan(at + place).StartsWith(p, StringComparison.OrdinalIgnoreCase));
                    Assert.True(!starts || (hits & (1u << place)) != 0, $"missed a phrase at {at + place} in \"{text}\"");
                }
            }
        }
    }

    [Fact]
    public void Passes_every_place_where_a_phrase_starts()
    {
        TripleFilter? filter = TripleFilter.TryCreate(Phrases);
        if (filter is null)
        {
            return;
        }

        foreach (string text in TrickyTexts())
        {
            for (int at = 0; at + TripleFilter.Reach <= text.Length; at++)
            {
                uint hits = filter.Hits(text, at);
                for (int place = 0; place < TripleFilter.Width; place++)
                {
                    bool starts = Array.Exists(Phrases, p => text.AsSpan(at + place).StartsWith(p, StringComparison.OrdinalIgnoreCase));
                    Assert.True(!starts || (hits & (1u << place)) != 0, $"missed a phrase at {at + place} in \"{text}\"");
                }
            }
        }
    }

    [Fact]
    public void Leaves_the_phrase_set_answers_as_a_plain_search_gives_them()
    {
        var set = new PhraseSet(Phrases);
        foreach (string text in TrickyTexts())
        {
            ulong expected = 0;
            for (int i = 0; i < Phrases.Length; i++)
            {
                expected |= text.Contains(Phrases[i], StringComparison.OrdinalIgnoreCase) ? 1UL << i : 0;
            }

            Assert.True(expected == set.Find(text), $"\"{text}\"");
            Assert.Equal(expected != 0, set.ContainsAny(text));
        }
    }

    /// <summary>
    /// Phrases in any case, cut short, run together, next to characters outside ASCII that fold to ASCII letters in
    /// other rules (dotless i, long s, Kelvin sign) or whose low byte is an ASCII letter's, at every offset from the
    /// start and end of texts around the filter's reach.
    /// </summary>
    private static IEnumerable<string> TrickyTexts()
    {
        string[] pieces =
        [
            "PHOTO BY", "Photo by", "photo b", "(pHoTo", "cookies to ", "COOKIES TO", "cookies t", "Privacy", "prıvacy", "privacſ",
            "/AFP", "/af", "All Rights Reserved", "all rights reserve", "I AGREE", "i agre", "\u212Aelvin", "\u0150hoto",
            "\u0170rivacy", "é", "—", " ", "x", "\u00A0", "“", "pri", "phot", "/", "(",
        ];
        var random = new Random(20261201);
        for (int n = 0; n < 3000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 6);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return text.ToString();
        }

        foreach (string phrase in Phrases)
        {
            for (int before = 0; before <= TripleFilter.WideReach + 1; before++)
            {
                for (int after = 0; after <= TripleFilter.WideReach + 1; after += 3)
                {
                    yield return new string('x', before) + phrase.ToUpperInvariant() + new string('é', after);
                }
            }
        }
    }
}
