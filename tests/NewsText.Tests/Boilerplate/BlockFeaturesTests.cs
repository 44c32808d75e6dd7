using NewsText.Boilerplate;

namespace NewsText.Tests.Boilerplate;

public sealed class BlockFeaturesTests
{
    // Every class of character the counts tell apart, ASCII and not, and the ASCII controls next to the white space.
    // Cyrillic at the edges of the letters counted in bulk: Ѐ and Я upper case, а and џ lower case, Ͽ and Ѡ outside.
    private const string Alphabet = "aZ9 ,.!?\t\n\u000B\u001C\u001F\"')*-é É٣，。…’”»\u00A0\u2003©日ЀЯаџϿѠ";

    [Fact]
    public void Counts_a_chunk_at_a_time_exactly_as_one_at_a_time()
    {
        var random = new Random(20261125);
        for (int sample = 0; sample < 5_000; sample++)
        {
            // Several chunks, and every length of tail.
            int length = random.Next(0, 4 * BlockCounts.ChunkWidth);
            // Mostly ASCII, with other characters here and there in the chunks, and short tails.
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = random.Next(6) == 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(12)];
            }

            string block = new(chars);
            BlockFeatures expected = CountOneByOne(block);
            BlockFeatures actual = BlockFeatures.Compute(block);
            Assert.True(expected == actual, $"\"{block}\": expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void Counts_a_block_read_in_place_within_its_text_as_the_block_alone()
    {
        // The last chunk of a block is read with the text that follows it: every length of tail, and after it any
        // character, which must count for nothing (a letter, a digit, a stop, Cyrillic, a space outside ASCII).
        var random = new Random(20261201);
        for (int sample = 0; sample < 5_000; sample++)
        {
            int length = random.Next(0, 60);
            int following = random.Next(0, 20);
            char[] chars = new char[length + following];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(6) == 0 ? Alphabet[random.Next(Alphabet.Length)] : Alphabet[random.Next(12)];
            }

            string text = new(chars);
            BlockFeatures expected = CountOneByOne(text[..length]);
            BlockFeatures actual = BlockFeatures.Compute(text, length);
            Assert.True(expected == actual, $"\"{text[..length]}\" before \"{text[length..]}\": expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void Tells_the_closing_marks_as_the_list_of_them_does()
    {
        const string closingMarks = "\"'”’»」』)]*";
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(closingMarks.Contains((char)c) == BlockFeatures.IsClosingMark((char)c), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Counts_every_character_outside_ASCII_as_the_character_tests_class_it()
    {
        // Inside a word, starting one, alone between spaces and ending the block, in a chunk and in the padded tail.
        for (int c = 0x80; c <= char.MaxValue; c++)
        {
            char x = (char)c;
            string block = $"a{x}B {x}z {x} sixteen chars on{x}";
            BlockFeatures expected = CountOneByOne(block);
            BlockFeatures actual = BlockFeatures.Compute(block);
            Assert.True(expected == actual, $"U+{c:X4}: expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void Counts_a_paragraph_of_words_sentences_and_a_word_that_spans_two_chunks()
    {
        BlockFeatures f = BlockFeatures.Compute("The Minister said, \"no.\" Then: Abcdefghijklmnopqrstuvwxyz 42 ends here!");

        Assert.Equal(9, f.Words);
        Assert.Equal(51, f.LowerCaseLetters);
        Assert.Equal(4, f.CapitalisedWords);
        Assert.Equal(2, f.Digits);
        Assert.Equal(1, f.Commas);
        Assert.Equal(2, f.SentenceEnds);
        Assert.True(f.EndsLikeSentence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Breaking News!")]
    [InlineData("aZ9 ,.!?\t\n\u000B\u001C\u001F\"')*-é É٣，。…’”»\u00A0\u2003©日")]
    [InlineData("x² ½ Ⅻ ① e\u0301 ٣٤ ߁ 𝐀𝟘 日本語のテキスト ß İı ſ K")]
    [InlineData("A headline that runs on past sixteen characters: 2019 ünd “more”…")]
    public void Counts_the_characters_a_loose_comparison_compares(string block)
    {
        int expected = 0;
        foreach (char c in block)
        {
            expected += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        Assert.Equal(expected, BlockFeatures.Compute(block).LooseKeys);
    }

    [Theory]
    [InlineData("Breaking News", "BREAKING  NEWS!")]
    [InlineData("Ünd 2019 — Straße", "ünd2019straße…")]
    [InlineData("日本語 ٣", "«日本語٣»")]
    public void Loosely_equal_blocks_have_as_many_loose_keys(string a, string b)
    {
        Assert.True(LooseText.Equal(a, b));
        Assert.Equal(BlockFeatures.Compute(a).LooseKeys, BlockFeatures.Compute(b).LooseKeys);
    }

    /// <summary>The counts as the plain definition gives them, character by character.</summary>
    private static BlockFeatures CountOneByOne(string block)
    {
        int words = 0, letters = 0, lower = 0, digits = 0, capitalised = 0, sentenceEnds = 0, commas = 0;
        bool inWord = false, copyright = false;
        for (int i = 0; i < block.Length; i++)
        {
            char c = block[i];
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                words++;
                capitalised += char.IsUpper(c) ? 1 : 0;
            }

            bool nextEnds = i + 1 == block.Length || char.IsWhiteSpace(block[i + 1]) || "\"'”’»」』)]*".Contains(block[i + 1]);
            if (char.IsLetter(c))
            {
                letters++;
                lower += char.IsLower(c) ? 1 : 0;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is ',' or '،' or '、' or '，')
            {
                commas++;
            }
            else if (c is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '؟' or '।' && nextEnds)
            {
                sentenceEnds++;
            }
            else if (c == '©')
            {
                copyright = true;
            }
        }

        // The fields not counted here come from the block's ends, which both ways read alike; only the count of words
        // in ideographic text is raised afterwards, from the letters.
        BlockFeatures ends = BlockFeatures.Compute(block);
        return ends with
        {
            Words = words < ends.Words && letters > 40 ? ends.Words : words,
            Letters = letters,
            LowerCaseLetters = lower,
            Digits = digits,
            CapitalisedWords = capitalised,
            SentenceEnds = sentenceEnds,
            Commas = commas,
            HasCopyright = copyright,
        };
    }
}
