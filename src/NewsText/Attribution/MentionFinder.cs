using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Finds the words that name a speaker next to a cue: the subject before it ("Mayor Elena Brandt said", "officials
/// said", "the spokesman told", "he added") or the name after it ("said Trump", "– Zelenskyy").
/// </summary>
internal static class MentionFinder
{
    private const int MaxNameWords = 6;
    private const int MaxNominalWords = 4;
    private const int MaxAppositionTokens = 12;
    private const int MaxOpeningSubjectTokens = 45;
    private const int MaxInnerTitleWords = 3;
    private const int MaxDescriptionWords = 3;
    private const int MaxParenthesisTokens = 8;

    /// <summary>The subject that ends just before token <paramref name="cue"/>, skipping "also", "had" and such.</summary>
    public static Mention? Before(string text, List<Token> tokens, int cue, int sentenceStart)
    {
        int j = cue - 1;
        while (j >= sentenceStart && tokens[j].IsWord && tokens[j].Has(WordClass.Filler) && !tokens[j].Has(WordClass.Pronoun))
        {
            j--;
        }

        if (j < sentenceStart)
        {
            return null;
        }

        j = BeforeParenthesis(text, tokens, j, sentenceStart);
        // "Scott Bessent, the Treasury Secretary, said": the subject stands before the apposition.
        if (tokens[j].IsChar(text, ','))
        {
            int comma = j - 1;
            while (comma > sentenceStart && !tokens[comma].IsChar(text, ',') && j - comma < MaxAppositionTokens)
            {
                comma--;
            }

            if (comma <= sentenceStart || !tokens[comma].IsChar(text, ','))
            {
                return OpeningSubject(text, tokens, j, sentenceStart);
            }

            j = BeforeParenthesis(text, tokens, comma - 1, sentenceStart);
        }

        Mention? subject = j >= sentenceStart ? EndingAt(text, tokens, j, sentenceStart) : null;
        // "…talks with Moscow suggests": the object of a preposition is not the subject of the verb.
        if (subject is Mention m && m.Kind != MentionKind.Pronoun)
        {
            int before = FirstTokenOf(tokens, m.Start, j) - 1;
            // "…, with Trump stating that …": a participle's subject may follow "with".
            if (before >= sentenceStart && tokens[before].IsWord && IsPreposition(tokens[before].Span(text))
                && !(tokens[before].Is(text, "with") && tokens[cue].Span(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                // "Geoff Garin, a pollster who works with Priorities USA, said": the name may still open the sentence.
                subject = null;
            }
        }

        if (subject is null && tokens[cue - 1].IsChar(text, ','))
        {
            subject = OpeningSubject(text, tokens, cue - 1, sentenceStart);
        }

        return subject;
    }

    /// <summary>
    /// "Jason Sorens, the founder of a group that urges people to move to New Hampshire, said": an apposition too long
    /// or too full of commas to read back over. A name that opens the sentence and is closed by a comma is the subject of
    /// the verb after the apposition's last comma.
    /// </summary>
    private static Mention? OpeningSubject(string text, List<Token> tokens, int lastComma, int sentenceStart)
    {
        int first = sentenceStart;
        while (first < lastComma && tokens[first].IsWord && (tokens[first].Is(text, "but") || tokens[first].Is(text, "and")))
        {
            first++;
        }

        if (lastComma - first > MaxOpeningSubjectTokens || !tokens[first].Has(WordClass.NameWord) || tokens[first].Has(WordClass.FunctionWord))
        {
            return null;
        }

        int last = first;
        while (last + 1 < lastComma && last - first < MaxNameWords && tokens[last + 1].Has(WordClass.NameWord))
        {
            last++;
        }

        int after = AfterParenthesis(text, tokens, last + 1, lastComma);
        return after < lastComma && tokens[after].IsChar(text, ',') ? Named(text, tokens, first, last) : null;
    }

    /// <summary>
    /// "Sen. Jack Reed (D-R.I.) said": a short parenthesis after a name (a party, a state, an age) stands between it and
    /// its verb. The index of the token before the parenthesis that ends at <paramref name="j"/>, or <paramref name="j"/>.
    /// </summary>
    private static int BeforeParenthesis(string text, List<Token> tokens, int j, int sentenceStart)
    {
        if (j <= sentenceStart || !tokens[j].IsChar(text, ')'))
        {
            return j;
        }

        for (int k = j - 1; k > sentenceStart && j - k <= MaxParenthesisTokens; k--)
        {
            if (tokens[k].IsChar(text, '('))
            {
                return k - 1;
            }
        }

        return j;
    }

    /// <summary>The index of the token after a short parenthesis that opens at <paramref name="k"/>, or <paramref name="k"/>.</summary>
    public static int AfterParenthesis(string text, List<Token> tokens, int k, int end)
    {
        if (k >= end || !tokens[k].IsChar(text, '('))
        {
            return k;
        }

        for (int close = k + 1; close < end && close - k <= MaxParenthesisTokens; close++)
        {
            if (tokens[close].IsChar(text, ')'))
            {
                return close + 1;
            }
        }

        return k;
    }

    private static int FirstTokenOf(List<Token> tokens, int start, int from)
    {
        int k = from;
        while (k > 0 && tokens[k].Start > start)
        {
            k--;
        }

        return k;
    }

    private static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "with" or "to" or "from" or "in" or "on" or "at" or "by" or "for" or "of" or "about" or "against" or "between"
            or "into" or "over" or "under" or "than" or "like" or "toward" or "towards";

    /// <summary>The mention that starts at token <paramref name="index"/> ("said Trump", "said the spokesman").</summary>
    public static Mention? After(string text, List<Token> tokens, int index, int sentenceEnd)
    {
        if (index >= sentenceEnd || !tokens[index].IsWord)
        {
            return null;
        }

        ReadOnlySpan<char> word = tokens[index].Span(text);
        WordClass classes = tokens[index].Classes;
        if ((classes & WordClass.Pronoun) != 0)
        {
            return new Mention(tokens[index].Start, tokens[index].End, MentionKind.Pronoun, tokens[index].Start);
        }

        // "said in a statement", "said Wednesday that", "– In 2016 …": a phrase of place or time is not a speaker,
        // though such a word can be a surname ("…,” From said.").
        if (IsPreposition(word) || ((classes & (WordClass.FunctionWord | WordClass.Determiner)) == WordClass.FunctionWord
            && !(char.IsUpper(word[0]) && index + 1 < sentenceEnd && tokens[index + 1].IsWord && tokens[index + 1].Has(WordClass.CueAfterQuote))))
        {
            return null;
        }

        int last = index;
        if ((classes & WordClass.Determiner) != 0 || !char.IsUpper(word[0]))
        {
            // "the spokesman", "a senior official", "the White House", "officials".
            while (last + 1 < sentenceEnd && last - index < MaxNominalWords && tokens[last + 1].IsWord
                && !tokens[last + 1].Has(WordClass.Filler))
            {
                last++;
                if (tokens[last].Has(WordClass.Role) || tokens[last].Has(WordClass.Group))
                {
                    // "a council official", "the campaign spokesman": a group word can qualify the role after it.
                    while (last + 1 < sentenceEnd && IsHead(text, tokens[last + 1]))
                    {
                        last++;
                    }

                    break;
                }
            }

            while (last > index && !IsHead(text, tokens[last]))
            {
                last--;
            }

            if (IsHead(text, tokens[last]))
            {
                return Nominal(text, tokens, index, last);
            }

            if (DescribedName(text, tokens, index, sentenceEnd) is Mention described)
            {
                return described;
            }

            // "said the 46-year-old": after a cue, any short noun phrase names the speaker.
            if (IsArticleOrPossessive(word) && index + 1 < sentenceEnd && tokens[index + 1].IsWord)
            {
                int end = index + 1;
                // "…,” the businessman replied": the phrase stops before the cue that follows it, and "…,” the memo
                // reads." before a verb too common to be a cue elsewhere that ends the sentence.
                while (end + 1 < sentenceEnd && end - index < MaxNominalWords && tokens[end + 1].IsWord
                    && !tokens[end + 1].Has(WordClass.Cue) && !tokens[end + 1].Has(WordClass.Filler)
                    && !EndsWithCue(text, tokens, end + 1, sentenceEnd))
                {
                    end++;
                }

                return new Mention(tokens[index].Start, tokens[end].End, MentionKind.Nominal, tokens[index].Start);
            }

            return null;
        }

        while (last + 1 < sentenceEnd && last - index < MaxNameWords && tokens[last + 1].Has(WordClass.NameWord))
        {
            last++;
        }

        // "White House press secretary Josh Earnest", "Snyder spokesman Dave Murray": lower-case titles between capitals
        // join an organisation or a principal to the person's name.
        int title = last + 1;
        while (title < sentenceEnd && title - last <= MaxInnerTitleWords && tokens[title].IsWord && char.IsLower(text[tokens[title].Start])
            && (tokens[title].Has(WordClass.Title) || tokens[title].Has(WordClass.Role)))
        {
            title++;
        }

        if (title > last + 1 && title < sentenceEnd && tokens[title].Has(WordClass.NameWord) && !tokens[title].Has(WordClass.FunctionWord))
        {
            last = title;
            while (last + 1 < sentenceEnd && last - title < MaxNameWords && tokens[last + 1].Has(WordClass.NameWord))
            {
                last++;
            }
        }

        return Named(text, tokens, index, last);
    }

    /// <summary>
    /// "said former congressman Dan Maffei", "…,” retired neurosurgeon Ben Carson said": a few lower-case words that
    /// describe the person before their name. The name itself starts at the first capital.
    /// </summary>
    private static Mention? DescribedName(string text, List<Token> tokens, int index, int sentenceEnd)
    {
        int name = index;
        while (name < sentenceEnd && name - index < MaxDescriptionWords && tokens[name].IsWord && char.IsLower(text[tokens[name].Start])
            && !tokens[name].Has(WordClass.FunctionWord) && !tokens[name].Has(WordClass.Filler)
            && !tokens[name].Has(WordClass.Determiner) && !tokens[name].Has(WordClass.Cue))
        {
            name++;
        }

        if (name == index || name >= sentenceEnd || !tokens[name].Has(WordClass.NameWord) || tokens[name].Has(WordClass.FunctionWord))
        {
            return null;
        }

        int last = name;
        while (last + 1 < sentenceEnd && last - name < MaxNameWords && tokens[last + 1].Has(WordClass.NameWord))
        {
            last++;
        }

        return new Mention(tokens[index].Start, tokens[last].End, MentionKind.Name, tokens[name].Start);
    }

    // "that" or "these" after a cue starts a clause, not a speaker ("said that he …").
    private static bool IsArticleOrPossessive(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase)
        || word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase)
        || word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("one", StringComparison.OrdinalIgnoreCase)
        || word.Equals("another", StringComparison.OrdinalIgnoreCase);

    private static Mention? EndingAt(string text, List<Token> tokens, int j, int sentenceStart)
    {
        Token token = tokens[j];
        if (!token.IsWord)
        {
            return null;
        }

        if (token.Has(WordClass.Pronoun))
        {
            return new Mention(token.Start, token.End, MentionKind.Pronoun, token.Start);
        }

        if (token.Has(WordClass.NameWord))
        {
            int first = j;
            while (first - 1 >= sentenceStart && j - first < MaxNameWords && tokens[first - 1].Has(WordClass.NameWord))
            {
                first--;
            }

            // "The Kremlin said", "But Trump said": a sentence's first capital is not always part of a name.
            while (first < j && tokens[first].Has(WordClass.FunctionWord))
            {
                first++;
            }

            if (tokens[first].Has(WordClass.FunctionWord))
            {
                return null;
            }

            // "spokesperson Dmitry Peskov said": a lower-case title before the name belongs to the mention.
            if (first - 1 >= sentenceStart && tokens[first - 1].IsWord && tokens[first - 1].Has(WordClass.Title))
            {
                first--;
            }

            return Named(text, tokens, first, j);
        }

        if (IsHead(text, token))
        {
            int first = j;
            while (first - 1 >= sentenceStart && j - first < MaxNominalWords && tokens[first - 1].IsWord
                && !tokens[first - 1].Has(WordClass.Filler) && !tokens[first - 1].Has(WordClass.Cue))
            {
                first--;
                if (IsDeterminerOrPossessive(text, tokens[first]))
                {
                    break;
                }
            }

            if (!IsDeterminerOrPossessive(text, tokens[first]) && !token.Has(WordClass.Group))
            {
                // "a spokesman" needs its determiner; a bare plural ("officials") does not.
                first = j;
                if (!token.Has(WordClass.Group))
                {
                    return null;
                }
            }

            return Nominal(text, tokens, first, j);
        }

        return null;
    }

    // "Sanders's campaign manager", "Clinton’s spokesman": a possessive determines the role as an article does.
    private static bool IsDeterminerOrPossessive(string text, Token word) =>
        word.Has(WordClass.Determiner)
        || (word.Length > 2 && (word.Span(text).EndsWith("'s", StringComparison.Ordinal) || word.Span(text).EndsWith("’s", StringComparison.Ordinal)));

    private static Mention Named(string text, List<Token> tokens, int first, int last)
    {
        int nameFirst = first;
        // "U.S. President Donald Trump": the name starts after the last title word.
        for (int k = first; k < last; k++)
        {
            if (tokens[k].Has(WordClass.Title))
            {
                nameFirst = k + 1;
            }
        }

        bool group = tokens[last].Has(WordClass.Group) || (first > 0 && tokens[first - 1].Is(text, "the"));
        return new Mention(tokens[first].Start, tokens[last].End, group ? MentionKind.Group : MentionKind.Name, tokens[nameFirst].Start);
    }

    private static Mention Nominal(string text, List<Token> tokens, int first, int last)
    {
        bool group = tokens[last].Has(WordClass.Group);
        return new Mention(tokens[first].Start, tokens[last].End, group ? MentionKind.Group : MentionKind.Nominal, tokens[first].Start);
    }

    private static bool IsHead(string text, Token token) =>
        token.IsWord && !char.IsUpper(text[token.Start]) && (token.Has(WordClass.Role) || token.Has(WordClass.Group));

    private static bool EndsWithCue(string text, List<Token> tokens, int k, int sentenceEnd) =>
        (k + 1 >= sentenceEnd || !tokens[k + 1].IsWord) && char.IsLower(text[tokens[k].Start]) && tokens[k].Has(WordClass.CueAfterQuote);

    /// <summary>The small words inside a name ("Ursula von der Leyen"), which count as name words only in lower case.</summary>
    public static readonly WordList NameParticles =
        new(["de", "van", "von", "der", "al", "bin", "la", "le", "da", "di"], StringComparer.Ordinal);

    /// <summary>The longest word <see cref="IsNameWord(ReadOnlySpan{char})"/> takes for a name's.</summary>
    public const int MaxNameWordLength = 20;

    /// <summary>A capitalised word that can stand in a name, or an initial ("J.") or particle ("de").</summary>
    public static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return NameParticles.Contains(word);
        }

        // A possessive ends the name ("Trump's administration").
        return word.Length <= MaxNameWordLength && !word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal);
    }
}
