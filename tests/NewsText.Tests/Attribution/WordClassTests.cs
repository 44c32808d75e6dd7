using System.Runtime.Intrinsics;
using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// A token's word classes are worked out once, from one merged table, and must say exactly what the word lists the
/// finders used to ask one by one say: in every case, for non-ASCII look-alikes, and for words in no list.
/// </summary>
public sealed class WordClassTests
{
    [Fact]
    public void Every_listed_word_has_the_classes_its_lists_give_it_in_any_case()
    {
        var wrong = new List<string>();
        foreach (string word in CueLexicon.Words.Concat(AttitudeVerbs.Words).Concat(SpeakerWords.Words))
        {
            string lower = word.ToLowerInvariant();
            foreach (string form in new[] { lower, char.ToUpperInvariant(lower[0]) + lower[1..], lower.ToUpperInvariant(), lower + "s", lower[1..] })
            {
                if (form.Length > 0 && WordClasses.Of(form) != Expected(form))
                {
                    wrong.Add(form);
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Brandt")]
    [InlineData("Trump's")]
    [InlineData("Trump’s")]
    [InlineData("de")]
    [InlineData("De")]
    [InlineData("U.S.")]
    [InlineData("Mr.")]
    [InlineData("2016")]
    [InlineData("co-founder")]
    [InlineData("Internationalisation")]
    [InlineData("Constitutionalisations")]
    [InlineData("sa\u0131d")] // dotless i: only the lists' own case rules decide
    [InlineData("\u017Faid")] // long s
    [InlineData("\u212Aing")] // Kelvin sign
    [InlineData("Müller")]
    [InlineData("Zelenskyy")]
    [InlineData("according")]
    [InlineData("According")]
    [InlineData("ACCORDING")]
    [InlineData("accordingly")]
    [InlineData("accord\u0131ng")]
    public void Any_other_word_has_the_classes_the_lists_give_it(string word)
    {
        Assert.Equal(Expected(word), WordClasses.Of(word));
    }

    [Fact]
    public void A_word_not_capitalised_is_a_name_word_only_as_a_particle_in_lower_case()
    {
        // Every particle in every case, and short words the table rules out or leaves to the lists' own case rules.
        var forms = new List<string> { "\u043D\u0430", "\u041D\u0430", "\u0438", "d\u00E9", "\u00E9", "d\u0131", "\u017Fe", "l\u0430", "7", "3rd" };
        foreach (string particle in MentionFinder.NameParticles.Words)
        {
            forms.AddRange([particle, particle.ToUpperInvariant(), char.ToUpperInvariant(particle[0]) + particle[1..], particle[..^1] + char.ToUpperInvariant(particle[^1]), particle + "x"]);
        }

        Assert.DoesNotContain(forms, form => WordClasses.Of(form) != Expected(form));
    }

    [Fact]
    public void A_random_short_plain_word_has_the_same_classes_from_its_loaded_characters()
    {
        // Mostly words in no list, as most words of a body are, and listed words one letter or one case away, which
        // share a listed word's key but for a byte: what a table keyed or filtered on part of a word would get wrong.
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        string[] listed = [.. CueLexicon.Words.Concat(AttitudeVerbs.Words).Concat(SpeakerWords.Words).Concat(MentionFinder.NameParticles.Words)
            .Where(w => w.Length <= 8 && w.All(char.IsAsciiLetterOrDigit))];
        var random = new Random(11);
        var wrong = new List<string>();
        for (int i = 0; i < 200_000; i++)
        {
            char[] word;
            if (i % 2 == 0)
            {
                word = [.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(random.Next(3) == 0 ? alphabet.Length : 26)])];
            }
            else
            {
                word = listed[random.Next(listed.Length)].ToCharArray();
                int at = random.Next(word.Length);
                word[at] = random.Next(2) == 0 ? alphabet[random.Next(alphabet.Length)] : char.IsAsciiLetterLower(word[at]) ? char.ToUpperInvariant(word[at]) : char.ToLowerInvariant(word[at]);
            }

            // Lanes past the word hold what may follow it in a text: a space, letters, a non-ASCII letter.
            ushort[] lanes = new ushort[8];
            for (int lane = 0; lane < lanes.Length; lane++)
            {
                lanes[lane] = lane < word.Length ? word[lane] : (ushort)"s \u00E9\u0416'z."[random.Next(7)];
            }

            if (WordClasses.OfShortAscii(Vector128.Create(lanes), word.Length) != WordClasses.Of(word))
            {
                wrong.Add(new string(word));
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData('.', true)]
    [InlineData('!', true)]
    [InlineData('?', true)]
    [InlineData('"', true)]
    [InlineData('\'', true)]
    [InlineData('”', true)]
    [InlineData('’', true)]
    [InlineData('»', true)]
    [InlineData('“', true)]
    [InlineData('›', true)]
    [InlineData(',', false)]
    [InlineData(':', false)]
    [InlineData('(', false)]
    [InlineData('@', false)]
    [InlineData('\u007F', false)]
    [InlineData('—', false)]
    [InlineData('«', false)]
    [InlineData('‘', false)]
    [InlineData('\u006E', false)]
    [InlineData('\u00AE', false)]
    [InlineData('\u042E', false)]
    public void A_mark_is_a_sentence_mark_when_it_may_end_a_sentence_or_close_a_quotation(char mark, bool expected) =>
        Assert.Equal(expected ? WordClass.SentenceMark : WordClass.None, WordClasses.OfMark(mark));

    [Fact]
    public void Every_clause_boundary_and_every_verb_a_noun_phrase_does_not_end_with_is_a_function_word_or_a_filler()
    {
        // The subject phrase looks a word up in its boundaries only when it has one of those classes, and lets the
        // filler class rule out "have", "has", "had" and "be".
        string[] words = [.. SubjectPhrase.ClauseBoundaryWords, "have", "has", "had", "be"];
        foreach (string form in words.SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..], w.ToUpperInvariant() }))
        {
            Assert.True(WordClasses.Of(form).HasFlag(WordClass.FunctionWord) || WordClasses.Of(form).HasFlag(WordClass.Filler), form);
        }
    }

    [Fact]
    public void The_tokenizer_gives_each_word_its_classes_and_a_mark_at_most_the_sentence_mark()
    {
        const string text = "Mayor Elena Brandt said the plan, she believed, had failed, according to a paper.";
        List<Token> tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.All(tokens, token => Assert.Equal(
            token.IsWord ? Expected(token.Span(text).ToString()) : token.IsChar(text, '.') ? WordClass.SentenceMark : WordClass.None, token.Classes));
        Assert.True(tokens.Single(t => t.Span(text) is "Brandt").Has(WordClass.NameWord));
        Assert.True(tokens.Single(t => t.Span(text) is "said").Has(WordClass.Cue | WordClass.SpeechVerb));
        Assert.True(tokens.Single(t => t.Span(text) is "the").Has(WordClass.Determiner));
        Assert.True(tokens.Single(t => t.Span(text) is "believed").Has(WordClass.AttitudeVerb));
        Assert.True(tokens.Single(t => t.Span(text) is "according").Has(WordClass.According));
        Assert.False(tokens.Single(t => t.Span(text) is "plan").Has(WordClass.Cue | WordClass.AttitudeVerb | WordClass.NameWord));
    }

    [Fact]
    public void A_short_plain_word_has_the_same_classes_from_its_loaded_characters()
    {
        var forms = new List<string> { "de", "De", "dE", "DE", "von", "vOn", "al", "Al", "x", "X", "7", "2016", "3rd", "a1b2c3d" };
        foreach (string word in CueLexicon.Words.Concat(AttitudeVerbs.Words).Concat(SpeakerWords.Words).Where(w => w.Length <= 8))
        {
            string lower = word.ToLowerInvariant();
            forms.AddRange([lower, char.ToUpperInvariant(lower[0]) + lower[1..], lower.ToUpperInvariant(), lower[..^1], lower[..^1] + "q"]);
            forms.Add(lower[..^1] + char.ToUpperInvariant(lower[^1]));
        }

        var wrong = new List<string>();
        foreach (string form in forms.Where(f => f.Length is > 0 and <= 8 && f.All(char.IsAsciiLetterOrDigit)))
        {
            // What follows the word in its eight lanes must not matter.
            foreach (string after in new[] { " said", "'s \u0416\u0416\u0416", "\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9" })
            {
                Vector128<ushort> lanes = Vector128.Create((form + after + new string('z', 8)).AsSpan(0, 8).ToArray().Select(c => (ushort)c).ToArray());
                if (WordClasses.OfShortAscii(lanes, form.Length) != WordClasses.Of(form))
                {
                    wrong.Add(form + after);
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_tokenizer_gives_a_word_the_classes_of_the_word_alone_whichever_way_it_reads_it()
    {
        // Short and long words, words at the paragraph's end, words stopped by joiners and by letters past ASCII.
        const string text = "He said. Mr. Brandt, de la Cruz and DE Vries told reporters: “We're co-founders” — \u0416ena " +
            "Müller said; officials Said STATED \u017Faid 2016 U.S. said\u00E9 the spokeswoman's view, said";
        List<Token> tokens = Tokenizer.Tokenize(text, 0, text.Length);

        Assert.All(tokens.Where(t => t.IsWord), token => Assert.Equal(WordClasses.Of(token.Span(text)), token.Classes));
        Assert.True(tokens.Single(t => t.Span(text) is "de").Has(WordClass.NameWord));
        Assert.False(tokens.Single(t => t.Span(text) is "told").Has(WordClass.NameWord));
    }

    private static WordClass Expected(string word) =>
        WordClasses.Listed(word) | (MentionFinder.IsNameWord(word) ? WordClass.NameWord : WordClass.None);
}
