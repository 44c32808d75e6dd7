using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>
/// The tokenizer finds words, spaces and marks from bit masks of 64 characters at a time and takes the whole rule only
/// where a joiner or a character past ASCII is involved: its tokens (ends, kinds and word classes) must be exactly
/// those of the rule applied one character at a time, for any text, at any place of a block, and at the ends of the
/// paragraph.
/// </summary>
public sealed class TokenizerBlockTests
{
    private static readonly string[] Titles =
    [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "St", "Jr", "Sr", "Prof", "Rev", "Maj",
        "Adm", "Cmdr", "Supt", "Mt", "Ft", "Gens", "Reps", "Sens",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Я")]
    [InlineData(".")]
    [InlineData(" ")]
    [InlineData("U.S.")]
    [InlineData("the U.S. said")]
    [InlineData("Mr.")]
    [InlineData("Mr. Sperling")]
    [InlineData("Mr.X")]
    [InlineData("mr. x")]
    [InlineData("3.5")]
    [InlineData("3.5.")]
    [InlineData("Trump's")]
    [InlineData("Trump’s plan")]
    [InlineData("Trump’")]
    [InlineData("co-founder")]
    [InlineData("co--founder")]
    [InlineData("A&M")]
    [InlineData("A&")]
    [InlineData("a word at the very end")]
    [InlineData("a joiner at the end-")]
    [InlineData("a joiner at the end.")]
    [InlineData("a joiner at the end'")]
    [InlineData("a joiner at the end’")]
    [InlineData("J. R. R. Tolkien")]
    [InlineData("“Quoted,” she said — and left…")]
    [InlineData("Путин заявил: «Нет».")]
    [InlineData("Zürich café naïve Ґанна ѠѡҊ")]
    [InlineData("e\u0301t\u0301 \uD83D\uDE00x")]
    [InlineData("tab\tline\nfeed\u00A0nbsp\u2009thin\u200Bzero")]
    public void An_edge_case_is_split_and_classified_as_the_character_rule_says(string text)
    {
        AssertAsTheRule(text, 0, text.Length);
        for (int start = 0; start <= text.Length; start++)
        {
            AssertAsTheRule(text, start, text.Length);
            AssertAsTheRule(text, 0, start);
        }
    }

    [Fact]
    public void A_word_anywhere_in_a_block_ends_where_the_character_rule_ends_it()
    {
        // Lengths and places that put the word's start and end on each side of a block's 64 characters.
        string[] followers = ["", " ", ".", ". ", "'s", "’s", "-x", ",", "é", "ж", "”", "\u00A0"];
        foreach (string letters in new[] { "aB3zY9mQkx", "Жжжжжжжжжж", "aЖbЖcЖdЖeЖ" })
        {
            for (int length = 1; length <= 70; length += length < 12 ? 1 : 7)
            {
                string word = string.Concat(Enumerable.Range(0, length).Select(i => letters[i % letters.Length]));
                foreach (string after in followers)
                {
                    for (int indent = 0; indent <= 130; indent += indent < 70 ? 1 : 13)
                    {
                        string text = new string(' ', indent) + word + after + " tail";
                        AssertAsTheRule(text, 0, text.Length);
                        AssertAsTheRule(text, 0, indent + length);
                    }
                }
            }
        }
    }

    [Fact]
    public void Random_text_rich_in_joiners_and_letters_past_ascii_is_split_as_the_character_rule_says()
    {
        string[] pieces =
        [
            "a", "B", "z", "Q", "U", "S", "3", "0", "said", "Said", "the", "de", "dE", "Mr", "Sen", "Prof", "declared", "Declared",
            "rainfall", "officials", "spokeswoman", "Internationalisation", "x", "Y",
            "'", "’", "-", ".", "&", "'", "’", "-", ".", "&", ".", ".",
            " ", " ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\u200B",
            ",", ";", ":", "!", "?", "(", ")", "\"", "“", "”", "‘", "«", "»", "—", "–", "…", "/", "@", "[", "`", "{", "\u007F",
            "Ж", "ж", "на", "Путин", "и", "ё", "Ѐ", "џ", "Ѡ", "ґ", "Ґ", "é", "É", "ü", "ß", "ı", "İ", "ſ", "\u212A", "Ł", "Ā", "α", "Ω",
            "\u0301", "\uD83D\uDE00", "٣", "²", "\u0400", "\u045F", "\u0460", "\u03FF",
        ];
        var random = new Random(11);
        for (int round = 0; round < 4000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 90)).Select(_ => pieces[random.Next(pieces.Length)]));
            int start = random.Next(0, Math.Min(4, text.Length + 1));
            int end = random.Next(0, 3) == 0 ? random.Next(start, text.Length + 1) : text.Length;
            AssertAsTheRule(text, start, end);
        }
    }

    [CorpusFact]
    public void Every_corpus_paragraph_is_split_and_classified_as_the_character_rule_says()
    {
        var parser = new NewsTextParser(NewsTextOptions.Default with { ExtractQuotes = false });
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "pages"), "*.txt"))
        {
            string text = File.ReadAllText(file);
            foreach (TextSegment paragraph in parser.Parse(text).Paragraphs)
            {
                AssertAsTheRule(text, paragraph.Start, paragraph.Start + paragraph.Length);
            }

            // The whole page as one paragraph: its menus, addresses and lists as well.
            AssertAsTheRule(text, 0, text.Length);
        }
    }

    private static void AssertAsTheRule(string text, int start, int end)
    {
        List<Token> expected = CharacterRule(text, start, end);
        List<Token> tokens = Tokenizer.Tokenize(text, start, end);
        if (!expected.SequenceEqual(tokens))
        {
            int at = Enumerable.Range(0, Math.Min(expected.Count, tokens.Count)).FirstOrDefault(k => expected[k] != tokens[k], Math.Min(expected.Count, tokens.Count));
            Assert.Fail($"Text {Escape(text)} from {start} to {end}: token {at} is {Describe(tokens, at)}, the rule gives {Describe(expected, at)}.");
        }
    }

    private static string Describe(List<Token> tokens, int index) => index < tokens.Count ? tokens[index].ToString() : "none";

    private static string Escape(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";

    // The tokenizer's rule one character at a time: white space parts tokens, any other character that is no letter
    // or digit is a mark of its own (a sentence mark or of no class), and a word goes on over letters and digits of
    // any script and over inner joiners, with the dot of a title's abbreviation. Its classes are the word lists'
    // (WordClasses.Of).
    private static List<Token> CharacterRule(string text, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (!char.IsLetterOrDigit(text[i]))
            {
                tokens.Add(new Token(i, i + 1, IsWord: false, MayEndSentence(text[i]) ? WordClass.SentenceMark : WordClass.None));
                i++;
            }
            else
            {
                int wordStart = i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, end, i)))
                {
                    i++;
                }

                if (i < end && text[i] == '.' && Titles.Contains(text[wordStart..i]))
                {
                    i++;
                }

                tokens.Add(new Token(wordStart, i, IsWord: true, WordClasses.Of(text.AsSpan(wordStart, i - wordStart))));
            }
        }

        return tokens;
    }

    // A full stop, question or exclamation mark, or a mark that may close a quotation, the apostrophe with them.
    private static bool MayEndSentence(char c) => c is '.' or '!' or '?' or '\'' || QuotationMarks.IsClosing(c);

    // A joiner joins when a letter or digit follows it (a dot only after a capital or a digit: "U.S", "3.5"); a dot
    // after a single capital ends an initial and belongs to it. The paragraph's end bounds what follows, not what
    // comes before.
    private static bool IsInnerJoiner(string text, int end, int i)
    {
        char c = text[i];
        if (c is not ('\'' or '’' or '-' or '.' or '&'))
        {
            return false;
        }

        if (i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
        {
            return c != '.' || char.IsUpper(text[i - 1]) || char.IsDigit(text[i - 1]);
        }

        return c == '.' && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]) || text[i - 2] == '.');
    }
}
