using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Finds indirect (reported) speech outside quotation marks: "X said (that) …", "X noted that …", "…, with X stating
/// that …", "…, officials said.", "according to X, …". The content is the reported clause.
/// </summary>
internal static class ReportedSpeechFinder
{
    private const int MinClauseWords = 3;
    private const int ThatReach = 6;
    private const int TrailingCueReach = 6;
    private const int MaxLabelWords = 4;
    private const int CircumstanceReach = 16;

    /// <summary>Adds the paragraph's reported speech to <paramref name="found"/>, whose entries from
    /// <paramref name="paragraphFirst"/> on are this paragraph's direct quotes.</summary>
    public static void Find(string text, ParagraphContext paragraph, HashSet<int> usedCues, List<FoundQuote> found, int paragraphFirst)
    {
        List<Token> tokens = paragraph.Tokens;
        if (SpeakerLabel(text, paragraph) is FoundQuote labelled && !Overlaps(found, paragraphFirst, labelled))
        {
            found.Add(labelled);
        }

        // The tokens stay as they are while the paragraph is searched: a span spares the list's checks on every one.
        // One walk over them finds the candidates, and the sentence of each is caught up with as it goes (the sentences
        // cover the tokens in order): a paragraph is passed in one scan, not one a sentence, most of them holding none.
        ReadOnlySpan<Token> all = CollectionsMarshal.AsSpan(tokens);
        ReadOnlySpan<Range> sentences = CollectionsMarshal.AsSpan(paragraph.Sentences);
        int sentence = 0;
        for (int k = NextCandidate(all, 0, all.Length); k < all.Length; k = NextCandidate(all, k + 1, all.Length))
        {
            while (sentences[sentence].End.Value <= k)
            {
                sentence++;
            }

            (int start, int end) = (sentences[sentence].Start.Value, sentences[sentence].End.Value);

            Token token = all[k];
            bool according = AccordingToSource.StartsAt(text, tokens, k, end);
            bool cue = !according && token.Has(WordClass.Cue);
            // A cue inside content already found (a reported clause, a quotation) cannot report anything that
            // does not overlap it: skip it before the costly subject and clause search.
            if (!(according || cue || token.Has(WordClass.AttitudeVerb)) || usedCues.Contains(token.Start) || paragraph.InQuote(token.Start)
                || InsideFound(found, paragraphFirst, token.Start))
            {
                continue;
            }

            // A cue's subject is the one both readings of it ask for: found once, not again when it reports no clause.
            Mention? subject = according ? null : CueSubject.Before(text, paragraph, k, start);
            FoundQuote? quote = according ? AccordingTo(text, paragraph, k, start, end)
                : cue ? Reported(text, paragraph, k, start, end, subject) ?? Attitude(text, paragraph, k, start, end, subject)
                : Attitude(text, paragraph, k, start, end, subject);
            if (quote is FoundQuote passive && cue && IsPassive(text, tokens, k, start))
            {
                // "… until a surge is forecast": what is reported stays, but the words before the verb did not say it.
                quote = passive with { Mention = null, Why = "reported in the passive, by no one named" };
            }

            if (quote is FoundQuote q && !Overlaps(found, paragraphFirst, q))
            {
                usedCues.Add(token.Start);
                found.Add(q);
            }
        }
    }

    /// <summary>
    /// The first token from <paramref name="from"/> on that may report something: a word that is a cue or an attitude
    /// verb, or "according"; <paramref name="end"/> when there is none.
    /// </summary>
    /// <remarks>
    /// Most words are none of these, and a mark has none of these classes: one test of the token's classes passes each,
    /// in a loop of its own that keeps its few values in registers, which the finder's loop, with
    /// all it holds for the candidates, did not (attr A/B 1-2% faster).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static int NextCandidate(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            Token token = tokens[k];
            if (token.Has(WordClass.Cue | WordClass.AttitudeVerb | WordClass.According))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>"until a surge is forecast", "the plan was announced": a verb of speech in the passive; "is saying" is not.</summary>
    private static bool IsPassive(string text, List<Token> tokens, int cue, int start)
    {
        if (cue <= start || !tokens[cue - 1].IsWord || tokens[cue].Span(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> before = tokens[cue - 1].Span(text);
        return before is "is" or "was" or "are" or "were" or "been" or "being" or "be";
    }

    /// <summary>"X said (that) …" and "…, X said.": <paramref name="subject"/> is the cue's (<see cref="CueSubject.Before"/>).</summary>
    private static FoundQuote? Reported(string text, ParagraphContext paragraph, int cue, int start, int end, Mention? subject)
    {
        List<Token> tokens = paragraph.Tokens;
        TextSpan cueSpan = new(tokens[cue].Start, tokens[cue].Length);

        // "The talks went well, officials said." / "…, said Trump.": the clause comes first.
        if (end - cue <= TrailingCueReach && cue - 1 > start)
        {
            Mention? trailing = MentionFinder.Before(text, tokens, cue, start) is Mention before && HasCommaBefore(text, tokens, before, start, paragraph)
                ? before
                : tokens[cue - 1].IsChar(text, ',') ? MentionFinder.After(text, tokens, cue + 1, end) : null;
            if (trailing is Mention speaker)
            {
                int comma = LastCommaBefore(text, tokens, Math.Min(cue, paragraph.TokenAt(speaker.Start)), start);
                if (comma > start && WordCount.UpTo(text, tokens[start].Start, tokens[comma - 1].End, MinClauseWords) >= MinClauseWords)
                {
                    return new FoundQuote(tokens[start].Start, tokens[comma - 1].End, QuoteKind.Indirect, cueSpan, speaker,
                        "they are named with the cue after the reported clause");
                }
            }
        }

        if (subject is null)
        {
            return null;
        }

        int clause = ClauseStart(text, tokens, cue, end, out bool sawThat);
        if (clause >= end || (!sawThat && !IsSayVerb(tokens[cue].Span(text)) && !StartsClause(text, tokens[clause])))
        {
            return null;
        }

        if (!sawThat && IsCircumstance(tokens[clause].Span(text)))
        {
            // "Lee said in an interview.", "Brandt said after the vote.": what follows the verb is when or how it
            // was said; what was said, if anything, comes after that phrase.
            if (AfterCircumstance(text, tokens, clause, end) is not int reported)
            {
                return null;
            }

            clause = reported;
        }

        int clauseEnd = DirectQuoteFinder.ClauseEnd(text, tokens, clause, ParticipleCue(text, tokens, clause, end), tokens[clause].End);
        if (WordCount.UpTo(text, tokens[clause].Start, clauseEnd, MinClauseWords) < MinClauseWords)
        {
            return null;
        }

        return new FoundQuote(tokens[clause].Start, clauseEnd, QuoteKind.Indirect, cueSpan, subject, "they are the subject of the cue");
    }

    /// <summary>
    /// "Polls show Trump leading", "the senator endorsed Rubio", "Clinton wants to raise taxes": a stance or belief
    /// held by the subject before the verb; the content is what follows the verb, to the clause's end.
    /// <paramref name="verbSubject"/> is the verb's subject as a cue's (<see cref="CueSubject.Before"/>).
    /// </summary>
    private static FoundQuote? Attitude(string text, ParagraphContext paragraph, int verb, int start, int end, Mention? verbSubject)
    {
        List<Token> tokens = paragraph.Tokens;
        Mention? subject = verbSubject ?? SubjectPhrase.Before(text, tokens, verb, start);
        if (subject is null)
        {
            return null;
        }

        int clause = verb + 1;
        while (clause < end && (tokens[clause].Is(text, "that") || tokens[clause].IsChar(text, ',') || tokens[clause].IsChar(text, ':')))
        {
            clause++;
        }

        if (clause >= end || paragraph.InQuote(tokens[clause].Start) && !QuotationMarks.IsOpening(text[tokens[clause].Start])
            || IsCircumstance(tokens[clause].Span(text)) || IsTrailingReport(text, paragraph, verb, clause, end))
        {
            return null;
        }

        int limit = ParticipleCue(text, tokens, clause, end);
        if (text.AsSpan(subject.Value.Start, subject.Value.End - subject.Value.Start) is "who")
        {
            // "The fishermen, who have backed Ortiz, plan to sue": a relative clause ends at its comma.
            limit = NextComma(text, tokens, clause, limit);
        }

        int clauseEnd = DirectQuoteFinder.ClauseEnd(text, tokens, clause, limit, tokens[clause].End);
        if (WordCount.UpTo(text, tokens[clause].Start, clauseEnd, 1) < 1)
        {
            return null;
        }

        return new FoundQuote(tokens[clause].Start, clauseEnd, QuoteKind.Indirect, new TextSpan(tokens[verb].Start, tokens[verb].Length), subject,
            "they hold the stance the verb attributes");
    }

    /// <summary>
    /// "The plan was approved, Mayor Brandt said.": after the verb's comma comes a speaker and a cue of speech, which
    /// report the clause before them; the verb's own clause ended at the comma.
    /// </summary>
    private static bool IsTrailingReport(string text, ParagraphContext paragraph, int verb, int clause, int end)
    {
        List<Token> tokens = paragraph.Tokens;
        if (!tokens[verb + 1].IsChar(text, ',') || MentionFinder.After(text, tokens, clause, end) is not Mention speaker)
        {
            return false;
        }

        int cue = paragraph.TokenAt(speaker.End);
        return cue < end && tokens[cue].IsWord && tokens[cue].Has(WordClass.Cue);
    }

    /// <summary>
    /// Where a second report starts inside the clause ("…, telling reporters …", "…, saying …"): the clause ends at its
    /// comma, and the participle reports a clause of its own.
    /// </summary>
    private static int ParticipleCue(string text, List<Token> tokens, int from, int end)
    {
        for (int k = from + 1; k + 1 < end; k++)
        {
            if (!tokens[k].IsChar(text, ',') || !tokens[k + 1].IsWord)
            {
                continue;
            }

            if (tokens[k + 1].Has(WordClass.Cue) && tokens[k + 1].Span(text).EndsWith("ing", StringComparison.Ordinal))
            {
                return k;
            }

            // "…, with Trump stating that …", "…, and officials said …": a new subject reports a clause of its own.
            int next = k + 1;
            if (next < end && tokens[next].IsWord && IsJoiner(tokens[next].Span(text)))
            {
                next++;
            }

            // Only a name or a pronoun starts such a report; checking the first letter spares the mention search.
            if (next < end && tokens[next].IsWord && (char.IsUpper(text[tokens[next].Start]) || tokens[next].Has(WordClass.Pronoun))
                && MentionFinder.After(text, tokens, next, end) is Mention subject && subject.Kind != MentionKind.Nominal)
            {
                int verb = next;
                while (verb < end && tokens[verb].Start < subject.End)
                {
                    verb++;
                }

                while (verb < end && tokens[verb].IsWord && tokens[verb].Has(WordClass.Filler))
                {
                    verb++;
                }

                if (verb < end && tokens[verb].IsWord && tokens[verb].Has(WordClass.Cue))
                {
                    return k;
                }
            }
        }

        return end;
    }

    /// <summary>
    /// Where the reported clause starts after a phrase saying when or how it was said ("said in an interview with the
    /// AP last week that …", "said on Friday he met …", "said in a statement: …"): after a "that" or a colon, or at
    /// a subject pronoun; null when the sentence reports nothing after the phrase.
    /// </summary>
    private static int? AfterCircumstance(string text, List<Token> tokens, int phrase, int end)
    {
        for (int k = phrase + 1; k < end && k - phrase <= CircumstanceReach; k++)
        {
            Token token = tokens[k];
            if (!token.IsWord)
            {
                if (token.IsChar(text, ','))
                {
                    continue;
                }

                // "said in a statement: “…”": the colon introduces what was said.
                return token.IsChar(text, ':') && k + 1 < end ? k + 1 : null;
            }

            if (token.Is(text, "that"))
            {
                return k + 1 < end ? k + 1 : null;
            }

            // "said on CNN, where he is a contributor, that …": a pronoun after a relative word starts no report, nor
            // does "it", which is as often an object ("after years of debate over how to prevent it becoming …").
            if (token.Has(WordClass.Pronoun) && !token.Is(text, "it") && !IsRelative(tokens[k - 1].Span(text)))
            {
                return k;
            }
        }

        return null;
    }

    private static int NextComma(string text, List<Token> tokens, int from, int end)
    {
        for (int k = from + 1; k < end; k++)
        {
            if (tokens[k].IsChar(text, ','))
            {
                return k;
            }
        }

        return end;
    }

    private static bool IsRelative(ReadOnlySpan<char> word) =>
        word is "where" or "when" or "who" or "which" or "while" or "as" or "because" or "after" or "before" or "if";

    private static bool IsJoiner(ReadOnlySpan<char> word) =>
        word is "with" or "and" or "but" or "while" or "as" or "whereas";

    // "answered through a spokesman", "spoke in Ohio": a verb followed by a circumstance, not by what it reports.
    private static bool IsCircumstance(ReadOnlySpan<char> word) => CircumstanceWords.Contains(word);

    private static readonly WordList CircumstanceWords = new(
    [
        "through", "in", "on", "with", "from", "by", "after", "before", "during", "at"
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "CLINTON: I believe …", "Sanders: Endorsements prove …": a paragraph opened by a name and a colon, as in
    /// transcripts and headlines, is what that name says, to the end of its first sentence.
    /// </summary>
    private static FoundQuote? SpeakerLabel(string text, ParagraphContext paragraph)
    {
        List<Token> tokens = paragraph.Tokens;
        int colon = 0;
        while (colon < tokens.Count && colon < MaxLabelWords && tokens[colon].Has(WordClass.NameWord))
        {
            colon++;
        }

        if (colon == 0 || colon >= tokens.Count - 1 || !tokens[colon].IsChar(text, ':') || tokens[0].Has(WordClass.FunctionWord))
        {
            return null;
        }

        int sentenceEnd = paragraph.SentenceOf(colon + 1).End.Value;
        int clauseEnd = DirectQuoteFinder.ClauseEnd(text, tokens, colon + 1, sentenceEnd, tokens[colon + 1].End);
        if (WordCount.UpTo(text, tokens[colon + 1].Start, clauseEnd, MinClauseWords) < MinClauseWords)
        {
            return null;
        }

        var speaker = new Mention(tokens[0].Start, tokens[colon - 1].End, MentionKind.Name, tokens[0].Start);
        return new FoundQuote(tokens[colon + 1].Start, clauseEnd, QuoteKind.Indirect, new TextSpan(tokens[colon].Start, 1), speaker,
            "the paragraph opens with their name and a colon");
    }

    /// <summary>"According to X, …" and "…, according to X."</summary>
    private static FoundQuote? AccordingTo(string text, ParagraphContext paragraph, int k, int start, int end)
    {
        List<Token> tokens = paragraph.Tokens;
        if (MentionFinder.After(text, tokens, k + 2, end) is not Mention source)
        {
            return null;
        }

        TextSpan cue = new(tokens[k].Start, tokens[k + 1].End - tokens[k].Start);
        if (k == start || (k == start + 1 && !tokens[start].IsWord))
        {
            int comma = paragraph.TokenAt(source.End);
            while (comma < end && !tokens[comma].IsChar(text, ','))
            {
                comma++;
            }

            if (comma + 1 >= end)
            {
                return null;
            }

            int clauseEnd = DirectQuoteFinder.ClauseEnd(text, tokens, comma + 1, end, tokens[comma + 1].End);
            return new FoundQuote(tokens[comma + 1].Start, clauseEnd, QuoteKind.Indirect, cue, source, "the clause is according to them");
        }

        int before = k - 1;
        if (before <= start || !tokens[before].IsChar(text, ','))
        {
            return null;
        }

        return new FoundQuote(tokens[start].Start, tokens[before - 1].End, QuoteKind.Indirect, cue, source, "the clause is according to them");
    }

    /// <summary>Skips "that", an object of "told" ("told reporters", "told CNN") and short time phrases before it.</summary>
    private static int ClauseStart(string text, List<Token> tokens, int cue, int end, out bool sawThat)
    {
        for (int k = cue + 1; k < end && k - cue <= ThatReach; k++)
        {
            if (tokens[k].Is(text, "that"))
            {
                sawThat = true;
                return k + 1;
            }

            if (!tokens[k].IsWord && !tokens[k].IsChar(text, ','))
            {
                break;
            }
        }

        sawThat = false;
        int next = cue + 1;
        if (IsTellVerb(tokens[cue].Span(text)))
        {
            // "told reporters …", "told The Associated Press …".
            while (next < end && tokens[next].IsWord && next - cue <= 4 && !StartsClause(text, tokens[next]))
            {
                next++;
            }
        }

        while (next < end && (tokens[next].IsChar(text, ',') || tokens[next].IsChar(text, ':')))
        {
            next++;
        }

        return next;
    }

    private static bool StartsClause(string text, Token token)
    {
        ReadOnlySpan<char> word = token.Span(text);
        return token.IsWord && (token.Has(WordClass.Pronoun) || word.Equals("it", StringComparison.OrdinalIgnoreCase)
            || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("there", StringComparison.OrdinalIgnoreCase)
            || word.Equals("this", StringComparison.OrdinalIgnoreCase) || (char.IsUpper(word[0]) && !token.Has(WordClass.FunctionWord)));
    }

    private static bool IsSayVerb(ReadOnlySpan<char> word) =>
        word.StartsWith("sa", StringComparison.OrdinalIgnoreCase) && (word.Length == 3 || word.Equals("saying", StringComparison.OrdinalIgnoreCase) || word.Equals("said", StringComparison.OrdinalIgnoreCase) || word.Equals("says", StringComparison.OrdinalIgnoreCase))
        || IsTellVerb(word);

    private static bool IsTellVerb(ReadOnlySpan<char> word) =>
        word.Equals("told", StringComparison.OrdinalIgnoreCase) || word.Equals("tells", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tell", StringComparison.OrdinalIgnoreCase) || word.Equals("telling", StringComparison.OrdinalIgnoreCase);

    private static bool HasCommaBefore(string text, List<Token> tokens, Mention mention, int start, ParagraphContext paragraph)
    {
        int first = paragraph.TokenAt(mention.Start);
        return first - 1 > start && tokens[first - 1].IsChar(text, ',');
    }

    private static int LastCommaBefore(string text, List<Token> tokens, int index, int start)
    {
        for (int k = index - 1; k > start; k--)
        {
            if (tokens[k].IsChar(text, ','))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool InsideFound(List<FoundQuote> found, int from, int position)
    {
        for (int i = from; i < found.Count; i++)
        {
            if (found[i].ContentStart <= position && position < found[i].ContentEnd)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<FoundQuote> found, int from, FoundQuote candidate)
    {
        for (int i = from; i < found.Count; i++)
        {
            FoundQuote q = found[i];
            if (q.ContentStart < candidate.ContentEnd && candidate.ContentStart < q.ContentEnd)
            {
                return true;
            }
        }

        return false;
    }
}
