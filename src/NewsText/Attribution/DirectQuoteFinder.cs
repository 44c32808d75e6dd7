using System.Runtime.CompilerServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Attributes the quotations of a paragraph: speaker after the quote ("…,” Trump said", "…,” said Trump",
/// "…” – Trump"), before it ("Trump said: “…”"), in the previous paragraph ending with a colon ("…by stating:"), or
/// carried over from the quote before ("“…,” Trump said. “…”"). A short quote inside a reported clause makes the
/// clause a mixed quote; a short quote with no speaker is a scare quote or a title and is left alone.
/// </summary>
internal static class DirectQuoteFinder
{
    private const int MinDirectWords = 4;
    private const int MaxCueDistance = 4;

    // "Warren said presumptive Republican presidential nominee Donald Trump was a “proven failure”": a reported clause
    // runs to some twenty tokens before the quotation it holds.
    private const int MaxTokensAfterCue = 24;
    private const int MaxTokensAfterCueNearby = 12;

    // "…,” one aide said late last month in an interview, “…”": the words after the cue before the quote resumes.
    private const int MaxResumeWords = 8;

    // A quotation of a few words with nobody in its sentence to say it ("the so-called “tough choices”") is a scare
    // quote or a title, not reported speech; from four words on it is more often speech whose speaker is elsewhere.
    private const int UnattributedMinWords = 4;

    // A short quotation in a sentence that opens with its subject ("Ortiz branded the levee “a guess”") is theirs.
    private const int GuessedMinWords = 2;

    public static void Find(string text, ParagraphContext paragraph, ParagraphContext? previous, FoundQuote? carried,
        HashSet<int> usedCues, List<FoundQuote> found)
    {
        // Most paragraphs hold no quotation. They are passed here, before the search, whose finders inlined into it make
        // a frame of a kilobyte and more that is cleared at every call.
        if (paragraph.Quotes.Count > 0)
        {
            FindQuoted(text, paragraph, previous, carried, usedCues, found);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FindQuoted(string text, ParagraphContext paragraph, ParagraphContext? previous, FoundQuote? carried,
        HashSet<int> usedCues, List<FoundQuote> found)
    {
        FoundQuote? last = carried;
        ParagraphSpeaker paragraphSpeaker = default;
        foreach (QuoteSpan quote in paragraph.Quotes)
        {
            if (quote.Closed && QuotedTitles.IsTitle(text, paragraph, quote))
            {
                continue;
            }

            // "… said Trump’s “divisive” and “mean-spirited” comments do not “fit”": the reported clause the first
            // quotation made a mixed quote already holds the others of its sentence.
            if (last is FoundQuote clause && clause.Kind == QuoteKind.Mixed && clause.ContentStart <= quote.ContentStart
                && quote.ContentEnd <= clause.ContentEnd)
            {
                continue;
            }

            // Counted up to the largest number it is compared with below.
            int words = WordCount.UpTo(text, quote.ContentStart, quote.ContentEnd, Math.Max(MinDirectWords, UnattributedMinWords));
            FoundQuote? attributed = RelayedBy(text, paragraph, AttributeAfter(text, paragraph, quote, usedCues)
                ?? AttributeAfterMismatchedClose(text, paragraph, quote, usedCues))
                ?? ResumedAfterAttribution(text, paragraph, quote, last)
                ?? AttributeBefore(text, paragraph, quote, words, usedCues)
                ?? IntroducedBy(text, paragraph, previous, quote);
            attributed ??= words >= MinDirectWords ? HandedOver(text, paragraph, quote) : null;
            // "“…,” she said. “…”" continues in the paragraph; a paragraph that opens with a quote continues the one
            // before only when no one in its own sentences is reported speaking.
            if (attributed is null && words >= MinDirectWords && last is FoundQuote earlier && earlier.Mention is not null
                && ((earlier.ContentEnd >= paragraph.Start && !OpensWithOwnSubject(text, paragraph, quote))
                    || (quote.Open == paragraph.Start && previous is not null && earlier.ContentEnd >= previous.Start
                        && SpeakerOfParagraph(text, paragraph, quote, ref paragraphSpeaker) is null)))
            {
                attributed = new FoundQuote(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, earlier.Cue, earlier.Mention,
                    "it continues the quote before it");
            }

            attributed ??= SentenceEndReport.Find(text, paragraph, quote) ?? SubjectOfSentence(text, paragraph, quote);
            attributed ??= words >= MinDirectWords ? SpeakerOfParagraph(text, paragraph, quote, ref paragraphSpeaker) : null;
            if (attributed is FoundQuote result)
            {
                // "… said Fiorina “was involved in all that” and shared in “a great amount of regret.”": the clause the
                // second quotation stands in holds the first, which is one report with it.
                if (result.Kind == QuoteKind.Mixed && found.Count > 0 && last is FoundQuote before && found[^1] == before
                    && before.ContentStart >= paragraph.Start && result.ContentStart <= before.ContentStart && before.ContentEnd <= result.ContentEnd)
                {
                    found[^1] = result;
                }
                else
                {
                    found.Add(result);
                }

                last = result;
            }
            else if (words >= GuessedMinWords && SubjectBefore(text, paragraph, quote) is FoundQuote guessed)
            {
                found.Add(guessed);
                last = guessed;
            }
            else if (words >= UnattributedMinWords && !QuotedTitles.IsUnattributedTitle(text, quote))
            {
                // A long quotation with no speaker in sight is still reported speech; its speaker stays unknown.
                found.Add(IntroducingClause.Find(text, paragraph, quote) ?? Unattributed(text, paragraph, quote));
            }
        }
    }

    /// <summary>"…,” Trump said.", "…,” said Trump.", "…” – Trump", "…,” he told reporters."</summary>
    private static FoundQuote? AttributeAfter(string text, ParagraphContext paragraph, QuoteSpan quote, HashSet<int> usedCues)
    {
        if (!quote.Closed || EndsWithFullStop(text, quote))
        {
            return null;
        }

        List<Token> tokens = paragraph.Tokens;
        int k = paragraph.TokenAt(quote.After);
        int sentenceEnd = SentenceEndAfter(text, tokens, k);
        while (k < sentenceEnd && (tokens[k].IsChar(text, ',') || tokens[k].IsChar(text, ';')))
        {
            k++;
        }

        if (k >= sentenceEnd)
        {
            return null;
        }

        Token first = tokens[k];
        if (!first.IsWord && text[first.Start] is '–' or '—' or '-' or '―')
        {
            // "“…” – Trump, at the rally." signs the quote; "“…” – including Trump – …" or "“…” – a reaction …" goes on
            // with the sentence.
            return MentionFinder.After(text, tokens, k + 1, sentenceEnd) is Mention named && EndsSignature(text, paragraph, named, sentenceEnd)
                ? Direct(quote, first, named, "a dash after the quote names them")
                : null;
        }

        if (!first.IsWord)
        {
            return null;
        }

        // "“…,” according to the network.": the source follows the phrase.
        if (AccordingTo(text, tokens, k) is int source)
        {
            return AccordingToSource.After(text, tokens, source, sentenceEnd) is Mention reported
                ? Direct(quote, first, reported, "the quote is given according to them")
                : null;
        }

        // "…!” beamed Donald Hartley": any verb between a quote and a name reports it.
        if (first.Has(WordClass.Cue) || IsVerbBeforeName(text, tokens, k, sentenceEnd))
        {
            if (MentionFinder.After(text, tokens, k + 1, sentenceEnd) is not Mention subject)
            {
                return null;
            }

            usedCues.Add(first.Start);
            return Direct(quote, first, subject, "the cue after the quote is followed by them");
        }

        Mention? speaker = MentionFinder.After(text, tokens, k, sentenceEnd);
        if (speaker is not Mention mention)
        {
            return null;
        }

        int cue = SkipAffiliation(text, tokens, MentionFinder.AfterParenthesis(text, tokens, paragraph.TokenAt(mention.End), sentenceEnd), sentenceEnd);
        // "…,” House Speaker Paul Ryan, the convention chair, told the delegates.
        if (cue < sentenceEnd && tokens[cue].IsChar(text, ','))
        {
            int close = cue + 1;
            while (close < sentenceEnd && close - cue < 14 && !tokens[close].IsChar(text, ','))
            {
                close++;
            }

            if (close < sentenceEnd && tokens[close].IsChar(text, ','))
            {
                cue = close + 1;
            }
        }

        bool handsOver = HandsOver(text, quote);
        cue = handsOver ? SkipPlace(text, tokens, cue, sentenceEnd) : cue;
        while (cue < sentenceEnd && cue - k < MaxCueDistance + 4 && tokens[cue].IsWord && tokens[cue].Has(WordClass.Filler))
        {
            cue++;
        }

        if (cue >= sentenceEnd || !tokens[cue].IsWord
            || !(tokens[cue].Has(WordClass.CueAfterQuote) || (handsOver && IsClosingVerb(text, tokens, cue, sentenceEnd))
                || PhrasalCues.StartsAt(text, tokens, cue, sentenceEnd)))
        {
            return null;
        }

        usedCues.Add(tokens[cue].Start);
        return Direct(quote, tokens[cue], mention, "they are the subject of the cue after the quote");
    }

    /// <summary>A long quotation with no speaker the rules can see: the speaker its sentence most likely means, or none.</summary>
    private static FoundQuote Unattributed(string text, ParagraphContext paragraph, QuoteSpan quote) =>
        (quote.Closed ? NamedAfter(text, paragraph, quote) : null)
        ?? (GuessedSpeaker.Before(text, paragraph, quote) is Mention guessed
            ? new FoundQuote(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, null, guessed, "their sentence names them, with no cue")
            : new FoundQuote(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, null, null, "no speaker found"));

    // A closing mark inside the content means the scanner paired marks across a mismatched close; the words after the
    // pair are not the attribution (see AttributeAfterMismatchedClose).
    private static FoundQuote? HandedOver(string text, ParagraphContext paragraph, QuoteSpan quote) =>
        quote.Closed && HandsOver(text, quote) && text.AsSpan(quote.ContentStart, quote.ContentLength).IndexOfAny('”', '"') < 0
            ? NamedAfter(text, paragraph, quote)
            : null;

    private static FoundQuote? NamedAfter(string text, ParagraphContext paragraph, QuoteSpan quote) =>
        SpeakerAfterQuote.Find(text, paragraph, quote, SentenceEndAfter(text, paragraph.Tokens, paragraph.TokenAt(quote.After)));

    /// <summary>
    /// "“That is no answer,” one aide said late last month, “but a muted one.”": the quote before this one in the
    /// paragraph has its cue between the two, so this one resumes the same statement rather than opening a report of
    /// its own.
    /// </summary>
    private static FoundQuote? ResumedAfterAttribution(string text, ParagraphContext paragraph, QuoteSpan quote, FoundQuote? last) =>
        last is FoundQuote earlier && earlier.Kind == QuoteKind.Direct && earlier.Mention is not null && earlier.Cue is TextSpan cue
        && earlier.ContentStart >= paragraph.Start && earlier.ContentEnd <= cue.Start && cue.End <= quote.Open
        && paragraph.SentenceOf(paragraph.TokenAt(cue.Start)).Equals(paragraph.SentenceOf(paragraph.TokenAt(quote.Open)))
        && WordCount.UpTo(text, cue.End, quote.Open, MaxResumeWords + 1) <= MaxResumeWords
        ? new FoundQuote(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, cue, earlier.Mention, "it resumes the quote its attribution interrupted")
        : null;

    /// <summary>
    /// "“…,” Pence said in the meeting, according to audio obtained by the paper." or "…, reports the Gazette.": the
    /// attribution is itself relayed, and the source that relays it is the one the reader is given.
    /// </summary>
    private static FoundQuote? RelayedBy(string text, ParagraphContext paragraph, FoundQuote? found)
    {
        if (found is not FoundQuote quote || quote.Cue is not TextSpan cue)
        {
            return found;
        }

        List<Token> tokens = paragraph.Tokens;
        int start = paragraph.TokenAt(cue.End);
        int end = SentenceEndAfter(text, tokens, start);
        for (int k = start + 1; k + 1 < end; k++)
        {
            if (!tokens[k - 1].IsChar(text, ','))
            {
                continue;
            }

            Mention? relayed = AccordingTo(text, tokens, k) is int source ? AccordingToSource.After(text, tokens, source, end)
                : tokens[k].Is(text, "reports") || tokens[k].Is(text, "reported") ? MentionFinder.After(text, tokens, k + 1, end) : null;
            if (relayed is Mention relay)
            {
                return quote with { Mention = relay, Cue = new TextSpan(tokens[k].Start, tokens[k].Length), Why = "the attribution is relayed by them" };
            }
        }

        return found;
    }

    /// <summary>
    /// "\"We will win,” Reid said. “…" opens with a straight mark and closes with a curly one, so the quote seems to
    /// run to the paragraph's end, or to a straight mark at its end ("…,” Reid said. “We will.\""). The first closing
    /// mark after a comma, question or exclamation mark inside it ends the words the attribution after it reports; the
    /// quote keeps its content, which runs on as the paragraph does.
    /// </summary>
    private static FoundQuote? AttributeAfterMismatchedClose(string text, ParagraphContext paragraph, QuoteSpan quote, HashSet<int> usedCues)
    {
        // Most quotations hold no closing mark but the apostrophes of their words: a vectorised search finds the few
        // marks to test instead of a test of every character.
        int end = quote.ContentEnd - 1;
        for (int i = quote.ContentStart + 1; i < end; i++)
        {
            int next = text.AsSpan(i, end - i).IndexOfAny(QuotationMarks.ClosingButApostrophe);
            if (next < 0)
            {
                return null;
            }

            i += next;
            if (text[i - 1] is ',' or '?' or '!' && char.IsWhiteSpace(text[i + 1]))
            {
                var inner = new QuoteSpan(quote.Open, quote.ContentStart, i, i, Closed: true);
                return AttributeAfter(text, paragraph, inner, usedCues) is FoundQuote found
                    ? found with { ContentEnd = quote.ContentEnd }
                    : null;
            }
        }

        return null;
    }

    /// <summary>"Trump said: “…”", "Trump said, “…”", and the mixed "Trump said the talks were “going well”".</summary>
    private static FoundQuote? AttributeBefore(string text, ParagraphContext paragraph, QuoteSpan quote, int words, HashSet<int> usedCues)
    {
        List<Token> tokens = paragraph.Tokens;
        int open = paragraph.TokenAt(quote.Open);
        Range sentence = paragraph.SentenceOf(open);
        int sentenceStart = QuoteEndedSentence.StartBefore(text, paragraph, open);
        int mainClauseStart = SentenceSubject.MainClauseStart(text, tokens, sentenceStart, open);
        for (int k = open - 1, distance = 0; k >= sentenceStart && distance < MaxTokensAfterCue; k--, distance++)
        {
            Token token = tokens[k];
            // Past the nearest dozen tokens, a cue in an opening subordinate clause ("When Brandt suggested that …,
            // Ortiz fired back: “…”") reports something else.
            if (distance >= MaxTokensAfterCueNearby && k < mainClauseStart)
            {
                break;
            }

            // "According to the Gazette: “…”" reports as a cue does, and so does any verb of speech right before the quote
            // ("Ortiz notes: “…”", "As Ortiz put it, “…”"), the ones too common to be cues elsewhere included. The word's
            // classes turn most tokens away before the search of the paragraph's quotations.
            if (!token.IsWord
                || !(token.Has(WordClass.Cue) || AccordingTo(text, tokens, k) is not null
                    || (token.Has(WordClass.CueAfterQuote) && IntroducesQuote(text, tokens, k, open)))
                || paragraph.InQuote(token.Start))
            {
                continue;
            }

            Mention? subject = CueSubject.BeforeQuotation(text, paragraph, k, sentenceStart);
            if (subject is null && AccordingTo(text, tokens, k) is int according)
            {
                subject = MentionFinder.After(text, tokens, according, open);
            }

            // "…, telling CNN that he was “a faker”": a participle after a comma reports for the sentence's subject.
            if (subject is null && k - 1 > sentenceStart && FollowsComma(text, tokens, k) && token.Span(text).EndsWith("ing", StringComparison.Ordinal)
                && MentionFinder.After(text, tokens, SkipLeadingWords(text, tokens, sentenceStart, k), k) is Mention sentenceSubject
                && sentenceSubject.Kind != MentionKind.Nominal)
            {
                subject = sentenceSubject;
            }

            // "Continued Stone: “…”": the speaker follows a cue that opens the sentence.
            subject ??= (k == sentenceStart || !tokens[k - 1].IsWord) && MentionFinder.After(text, tokens, k + 1, open) is Mention inverted
                && inverted.Kind != MentionKind.Nominal && EndsInversion(text, paragraph, inverted, open) ? inverted : null;

            if (subject is not Mention mention)
            {
                continue;
            }

            usedCues.Add(token.Start);
            bool adjacent = distance <= 1 || OnlyJoinersBetween(text, tokens, k + 1, open) || IntroducesQuote(text, tokens, k, open)
                || (mention.Start > token.Start && OnlyJoinersBetween(text, tokens, paragraph.TokenAt(mention.End), open));
            if (adjacent && words >= MinDirectWords)
            {
                return Direct(quote, token, mention, "they are the subject of the cue before the quote");
            }

            // "The senator told reporters he feels “good about it”": the first report of the sentence holds the others,
            // unless the speaker opens a clause of their own ("Rubio said …, while Cruz said …").
            for (int outer = sentenceStart; outer < k && !OpensClause(text, paragraph, mention, sentenceStart); outer++)
            {
                if (tokens[outer].IsWord && tokens[outer].Has(WordClass.Cue) && !paragraph.InQuote(tokens[outer].Start)
                    && CueSubject.BeforeQuotation(text, paragraph, outer, sentenceStart) is Mention outerSubject)
                {
                    (k, token, mention) = (outer, tokens[outer], outerSubject);
                    break;
                }
            }

            // "Trump said the talks were “going well”": the reported clause is the content.
            int clauseStart = SkipThat(text, tokens, k + 1, open);
            int after = paragraph.TokenAt(quote.After);
            int clauseEnd = ClauseEnd(text, tokens, after, SecondReportAt(text, tokens, after, QuoteEndedSentence.EndAfter(text, paragraph, quote)), quote.After);
            return ReportedSource.Around(text, paragraph, sentenceStart, k, quote) is (Mention source, Token phrase)
                ? new FoundQuote(tokens[clauseStart].Start, clauseEnd, QuoteKind.Mixed, new TextSpan(phrase.Start, phrase.Length), source,
                    "the report is given according to them")
                : new FoundQuote(tokens[clauseStart].Start, clauseEnd, QuoteKind.Mixed, new TextSpan(token.Start, token.Length), mention,
                    "the quoted words stand in a clause they report");
        }

        return null;
    }

    /// <summary>A paragraph that is all quote, after one ending "…by stating:" or "…said:".</summary>
    private static FoundQuote? IntroducedBy(string text, ParagraphContext paragraph, ParagraphContext? previous, QuoteSpan quote)
    {
        if (previous is null || quote.Open != paragraph.Start || previous.Tokens.Count < 2)
        {
            return null;
        }

        List<Token> tokens = previous.Tokens;
        Token colon = tokens[^1];
        if (!colon.IsChar(text, ':'))
        {
            return null;
        }

        Range sentence = previous.SentenceOf(tokens.Count - 1);
        Mention? speaker = null;
        for (int k = tokens.Count - 2; k >= sentence.Start.Value && speaker is null; k--)
        {
            if (tokens[k].IsWord && tokens[k].Has(WordClass.Cue))
            {
                speaker = MentionFinder.Before(text, tokens, k, sentence.Start.Value) ?? FirstName(text, tokens, sentence);
            }
        }

        // "Potts echoed:", "Soerens argued that:": a verb the lexicon does not know, after the sentence's subject.
        speaker ??= SentenceSubject.Find(text, previous, sentence.Start.Value, tokens.Count - 1) is (Mention subject, int) ? subject : null;
        return speaker is Mention found ? Direct(quote, colon, found, "the paragraph before introduces the quote with a colon") : null;
    }

    /// <summary>
    /// A quotation with no speaker beside it, in a paragraph where someone is reported speaking ("He added: …",
    /// "…, she said in a statement."): that speaker.
    /// </summary>
    private static FoundQuote? SpeakerOfParagraph(string text, ParagraphContext paragraph, QuoteSpan quote, ref ParagraphSpeaker known)
    {
        if (!known.Searched)
        {
            known = new ParagraphSpeaker { Searched = true, Found = ReportedInParagraph(text, paragraph) };
        }

        return known.Found is (Token verb, Mention speaker) ? Direct(quote, verb, speaker, "the paragraph reports them speaking") : null;
    }

    /// <summary>The first verb of speech outside the paragraph's quotations that names who speaks, and them.</summary>
    private static (Token Verb, Mention Speaker)? ReportedInParagraph(string text, ParagraphContext paragraph)
    {
        List<Token> tokens = paragraph.Tokens;
        for (int k = 0; k < tokens.Count; k++)
        {
            Token token = tokens[k];
            if (!token.IsWord || !token.Has(WordClass.SpeechVerb) || paragraph.InQuote(token.Start))
            {
                continue;
            }

            Range sentence = paragraph.SentenceOf(k);
            // "…, said Trump." names the speaker after the verb; "…, said the president offered no change" names the
            // subject of what was said.
            Mention? speaker = MentionFinder.Before(text, tokens, k, sentence.Start.Value)
                ?? (MentionFinder.After(text, tokens, k + 1, sentence.End.Value) is Mention after && EndsInversion(text, paragraph, after, sentence.End.Value) ? after : null);
            if (speaker is Mention found)
            {
                return (token, found);
            }
        }

        return null;
    }

    /// <summary>
    /// <see cref="ReportedInParagraph"/>, which is the same for every quotation of the paragraph, once it has been
    /// asked: a paragraph of many quotations with no speaker beside them is read through once, not once for each.
    /// </summary>
    private struct ParagraphSpeaker
    {
        public bool Searched;
        public (Token Verb, Mention Speaker)? Found;
    }

    /// <summary>
    /// A quotation inside a sentence whose subject holds it with a verb before it ("One lawmaker called Trump “the
    /// orange prince”", "Rubio bemoaned a climate in which people “hate each other”"): that subject, through the
    /// first cue of the sentence, which heads the clause the quotation stands in.
    /// </summary>
    private static FoundQuote? SubjectOfSentence(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        List<Token> tokens = paragraph.Tokens;
        int open = paragraph.TokenAt(quote.Open);
        // "When Trump suggested …, Rubio fired back": a cue in an opening subordinate clause does not head the sentence.
        int sentenceStart = SentenceSubject.MainClauseStart(text, tokens, QuoteEndedSentence.StartBefore(text, paragraph, open), open);
        for (int k = sentenceStart; k < open; k++)
        {
            Token token = tokens[k];
            if (!token.IsWord || !token.Has(WordClass.Cue | WordClass.AttitudeVerb) || paragraph.InQuote(token.Start))
            {
                continue;
            }

            Mention? subject = CueSubject.BeforeQuotation(text, paragraph, k, sentenceStart) ?? SubjectPhrase.Before(text, tokens, k, sentenceStart);
            if (subject is Mention mention)
            {
                return ReportedSource.Around(text, paragraph, sentenceStart, k, quote) is (Mention source, Token phrase)
                    ? Direct(quote, phrase, source, "the report is given according to them")
                    : Direct(quote, token, mention, "they are the subject of the sentence the quote stands in");
            }
        }

        return null;
    }

    /// <summary>"Brandt called it “a guess.” Ortiz called it “a waste of two billion dollars.”": a sentence of its own.</summary>
    private static bool OpensWithOwnSubject(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        int open = paragraph.TokenAt(quote.Open);
        int start = QuoteEndedSentence.StartBefore(text, paragraph, open);
        return start < open && SentenceSubject.Find(text, paragraph, start, open) is not null;
    }

    /// <summary>
    /// A quotation no cue claims, in a sentence that opens with its subject and a verb: that subject. A quotation that
    /// is a sentence of its own ("Ortiz shook his head. “Not this year.”") goes to the subject of the sentence before.
    /// </summary>
    private static FoundQuote? SubjectBefore(string text, ParagraphContext paragraph, QuoteSpan quote)
    {
        int open = paragraph.TokenAt(quote.Open);
        int sentenceStart = Math.Max(paragraph.SentenceOf(open).Start.Value, open - QuoteEndedSentence.MaxReach);
        if (SentenceSubject.Find(text, paragraph, sentenceStart, open) is (Mention subject, int verb))
        {
            return NearerPronounSubject.Find(text, paragraph, verb + 1, open) is (Mention nearer, int nearerVerb)
                ? Direct(quote, paragraph.Tokens[nearerVerb], nearer, "they head the clause the quote stands in")
                : Direct(quote, paragraph.Tokens[verb], subject, "the sentence the quote stands in is about them");
        }

        if (open != sentenceStart || sentenceStart == 0 || WordCount.UpTo(text, quote.ContentStart, quote.ContentEnd, MinDirectWords) < MinDirectWords)
        {
            return null;
        }

        int previousStart = paragraph.SentenceOf(sentenceStart - 1).Start.Value;
        return SentenceSubject.Find(text, paragraph, previousStart, sentenceStart) is (Mention before, int previousVerb)
            && before.Kind is MentionKind.Name or MentionKind.Pronoun
            ? Direct(quote, paragraph.Tokens[previousVerb], before, "the sentence before the quote is about them")
            : null;
    }

    // "But she …", "And Trump …": a leading conjunction is not part of the subject.
    private static int SkipLeadingWords(string text, List<Token> tokens, int start, int limit)
    {
        while (start < limit && tokens[start].IsWord && (tokens[start].Is(text, "but") || tokens[start].Is(text, "and") || tokens[start].Is(text, "yet")))
        {
            start++;
        }

        return start;
    }

    private static Mention? FirstName(string text, List<Token> tokens, Range sentence)
    {
        for (int k = sentence.Start.Value; k < sentence.End.Value; k++)
        {
            if (tokens[k].Has(WordClass.NameWord) && !tokens[k].Has(WordClass.FunctionWord))
            {
                return MentionFinder.After(text, tokens, k, sentence.End.Value);
            }
        }

        return null;
    }

    private static bool IsVerbBeforeName(string text, List<Token> tokens, int k, int sentenceEnd)
    {
        ReadOnlySpan<char> word = tokens[k].Span(text);
        return char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && k + 1 < sentenceEnd
            && tokens[k + 1].Has(WordClass.NameWord) && !tokens[k + 1].Has(WordClass.FunctionWord);
    }

    /// <summary>
    /// "Continued Stone: “…”", "But, said Solovey, “…”": an inverted speaker stands alone before the quote or a mark.
    /// "Clinton, in Ohio, said she was “…”": a word after the name makes it the subject of the reported clause.
    /// </summary>
    private static bool EndsInversion(string text, ParagraphContext paragraph, Mention inverted, int open)
    {
        int next = paragraph.TokenAt(inverted.End);
        return next >= open || !paragraph.Tokens[next].IsWord;
    }

    /// <summary>
    /// "Trump said the South has “treated me so well.” He …": a full stop inside the closing mark ends the sentence, so
    /// the words after the quote begin another one and do not attribute it (an attribution after a quote follows a
    /// comma: "“…,” he said"). An ellipsis trails off instead of ending.
    /// </summary>
    private static bool EndsWithFullStop(string text, QuoteSpan quote)
    {
        int last = quote.ContentEnd - 1;
        while (last > quote.ContentStart && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return last > quote.ContentStart && text[last] == '.' && text[last - 1] != '.';
    }

    private static bool EndsSignature(string text, ParagraphContext paragraph, Mention named, int sentenceEnd)
    {
        int next = paragraph.TokenAt(named.End);
        return next >= sentenceEnd || paragraph.Tokens[next].IsChar(text, ',') || paragraph.Tokens[next].IsChar(text, '.');
    }

    /// <summary>"…,” a staffer in the room wondered.": a short phrase of place between the speaker and the verb.</summary>
    private static int SkipPlace(string text, List<Token> tokens, int k, int sentenceEnd)
    {
        if (k + 2 >= sentenceEnd || !(tokens[k].Is(text, "in") || tokens[k].Is(text, "at") || tokens[k].Is(text, "on")) || !tokens[k + 1].Is(text, "the"))
        {
            return k;
        }

        int end = k + 2;
        while (end < sentenceEnd && end - k <= 3 && tokens[end].IsWord && char.IsLower(text[tokens[end].Start])
            && !tokens[end].Has(WordClass.CueAfterQuote))
        {
            end++;
        }

        return end < sentenceEnd && tokens[end].IsWord && tokens[end].Has(WordClass.CueAfterQuote) ? end : k;
    }

    private static bool OpensClause(string text, ParagraphContext paragraph, Mention mention, int sentenceStart)
    {
        int before = paragraph.TokenAt(mention.Start) - 1;
        if (before < sentenceStart)
        {
            return false;
        }

        Token token = paragraph.Tokens[before];
        return token.IsChar(text, ',') || token.IsChar(text, ';')
            || (token.IsWord && token.Span(text) is "and" or "but" or "while" or "whereas" or "after" or "as" or "when");
    }

    /// <summary>"“…,” she said", "“…?” he asked": a quotation that ends with a comma, question or exclamation mark hands over to its attribution.</summary>
    private static bool HandsOver(string text, QuoteSpan quote)
    {
        int last = quote.ContentEnd - 1;
        while (last > quote.ContentStart && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        return (last > quote.ContentStart && text[last] is ',' or '?' or '!') || (quote.After < text.Length && text[quote.After] == ',');
    }

    /// <summary>
    /// "…,” Oliver barked.": after a quotation and its speaker, a verb in the past that ends the sentence reports it, in
    /// the lexicon or not.
    /// </summary>
    private static bool IsClosingVerb(string text, List<Token> tokens, int k, int sentenceEnd)
    {
        ReadOnlySpan<char> word = tokens[k].Span(text);
        return word.Length > 3 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal)
            && (k + 1 >= sentenceEnd || tokens[k + 1].IsChar(text, ',') || tokens[k + 1].IsChar(text, '.'));
    }

    /// <summary>"James Hale of the Cato Institute said": an "of" or "at" phrase of capitalised words after a name.</summary>
    private static int SkipAffiliation(string text, List<Token> tokens, int k, int sentenceEnd)
    {
        if (k >= sentenceEnd || !(tokens[k].Is(text, "of") || tokens[k].Is(text, "at")))
        {
            return k;
        }

        int next = k + 1;
        if (next < sentenceEnd && tokens[next].Is(text, "the"))
        {
            next++;
        }

        int start = next;
        while (next < sentenceEnd && next - start < 6 && tokens[next].Has(WordClass.NameWord))
        {
            next++;
        }

        return next > start ? next : k;
    }

    private static int? AccordingTo(string text, List<Token> tokens, int k) =>
        AccordingToSource.StartsAt(text, tokens, k, tokens.Count) ? k + 2 : null;

    private static FoundQuote Direct(QuoteSpan quote, Token cue, Mention mention, string why) =>
        new(quote.ContentStart, quote.ContentEnd, QuoteKind.Direct, new TextSpan(cue.Start, cue.Length), mention, why);

    /// <summary>"notes: “", "added, “", "put it: “": a lower-case verb and a mark, nothing else, before the quote opens.</summary>
    private static bool IntroducesQuote(string text, List<Token> tokens, int verb, int open)
    {
        int mark = tokens[verb + 1].Is(text, "it") ? verb + 2 : verb + 1;
        return mark + 1 == open && (tokens[mark].IsChar(text, ',') || tokens[mark].IsChar(text, ':')) && char.IsLower(text[tokens[verb].Start]);
    }

    private static bool OnlyJoinersBetween(string text, List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!(tokens[k].IsChar(text, ',') || tokens[k].IsChar(text, ':') || tokens[k].Is(text, "that")))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipThat(string text, List<Token> tokens, int k, int limit) =>
        k < limit && (tokens[k].Is(text, "that") || tokens[k].IsChar(text, ',') || tokens[k].IsChar(text, ':')) ? k + 1 : k;

    /// <summary>
    /// "…called the move a “major breach of trust,” adding: “…”", "…calling Alwaleed “dopey” and accusing him of …":
    /// a verb of speech after a comma or "and" starts a second report, which ends the clause of the first. The token
    /// of that comma or "and", or <paramref name="sentenceEnd"/>.
    /// </summary>
    private static int SecondReportAt(string text, List<Token> tokens, int from, int sentenceEnd)
    {
        for (int k = from; k < sentenceEnd; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].Has(WordClass.Cue) || tokens[k].Span(text).StartsWith("ask", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (k > from && (tokens[k - 1].IsChar(text, ',') || tokens[k - 1].Is(text, "and")))
            {
                return k - 1;
            }

            // "“…,” adding": the comma stands inside the closing mark.
            if (k == from && k >= 2 && QuotationMarks.IsClosing(text[tokens[k - 1].Start]) && tokens[k - 2].IsChar(text, ','))
            {
                return k;
            }
        }

        return sentenceEnd;
    }

    // "…, telling": a comma before the token, or "“…,” telling", one inside the quotation that ends before it.
    private static bool FollowsComma(string text, List<Token> tokens, int k) =>
        tokens[k - 1].IsChar(text, ',')
        || (k >= 2 && !tokens[k - 1].IsWord && QuotationMarks.IsClosing(text[tokens[k - 1].Start]) && tokens[k - 2].IsChar(text, ','));

    /// <summary>Where a reported clause ends: the sentence's end, without its final mark.</summary>
    public static int ClauseEnd(string text, List<Token> tokens, int from, int sentenceEnd, int atLeast)
    {
        int end = Math.Max(from, sentenceEnd) - 1;
        while (end >= from && !tokens[end].IsWord && !QuotationMarks.IsClosing(text[tokens[end].Start]) && text[tokens[end].Start] != ')')
        {
            end--;
        }

        return end >= from ? Math.Max(tokens[end].End, atLeast) : atLeast;
    }

    private static int SentenceEndAfter(string text, List<Token> tokens, int k)
    {
        for (int i = k; i < tokens.Count; i++)
        {
            // A word is neither: only a mark's character is read.
            if (!tokens[i].IsWord && (text[tokens[i].Start] is '.' or '!' or '?' || QuotationMarks.IsOpening(text[tokens[i].Start])))
            {
                return i;
            }
        }

        return tokens.Count;
    }
}
