using System.Buffers;
using System.Runtime.CompilerServices;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Reads bylines: "By Jane Doe and John Smith, Reuters", "Jane Doe | Staff Writer", "Laura June July 10, 2015",
/// "Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Liam Avatar", a lone "By". Names come back exactly as
/// written; roles, publishers and dates are left out, and a phrase such as "Email the author" is never a name.
/// </summary>
internal static class BylineParser
{
    public const int MaxBylineLength = 200;
    private const int MaxNameWords = 4;

    // A byline is a line, not a sentence: "By Christmas, the company expects..." is prose.
    private const int MaxWordsAfterNames = 12;
    private const int MaxUnmarkedLength = 90;

    // Wire copy names each job of a credit in a few words before its "by": "additional reporting by", "Editing by".
    private const int MaxCreditJobWords = 3;

    private static readonly string[] Markers =
    [
        "by:", "by ", "written by ", "posted by ", "story by ", "words by ", "text by ", "reporting by ", "analysis by ",
        "report by ", "article by ", "interview by ", "published by ",
    ];

    // "Par …", "Por …", "Von …": French, Spanish and Portuguese, German.
    private static readonly string[] OtherLanguageMarkers = ["par ", "por ", "von "];

    /// <summary>The first letters of <see cref="Markers"/>, both cases: most blocks start with none of them.</summary>
    private static readonly SearchValues<char> MarkerInitials = Initials(Markers);

    /// <summary>The first letters of <see cref="OtherLanguageMarkers"/>, both cases, which hold no "by" to search for.</summary>
    private static readonly SearchValues<char> OtherLanguageInitials = Initials(OtherLanguageMarkers);

    private static SearchValues<char> Initials(string[] markers) =>
        SearchValues.Create(string.Concat(markers.Select(m => $"{char.ToLowerInvariant(m[0])}{char.ToUpperInvariant(m[0])}").Distinct()));

    /// <summary>What may follow a name in a line longer than a run: a separator ('|', dashes, ',', '•', '·') or "&amp;".</summary>
    private static readonly SearchValues<char> AfterNameMarks = SearchValues.Create("|-–—,•·&");

    private static readonly string[] LoneMarkers = ["by", "by:", "written by", "posted by", "author", "author:", "authors:"];

    /// <summary>The first letters of <see cref="LoneMarkers"/>, both cases: most short lines start with none of them.</summary>
    private static readonly SearchValues<char> LoneMarkerInitials = Initials(LoneMarkers);

    private const int MaxLoneMarkerLength = 10;

    /// <summary>Reads the byline in the block at <paramref name="start"/>, if it is one.</summary>
    public static BylineMatch? Parse(string text, int start, int length) =>
        Parse(text, start, length, DateParser.Find(text, start, length));

    /// <summary>Reads the byline in the block at <paramref name="start"/>, if it is one.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="start">Where the block starts.</param>
    /// <param name="length">The block's length.</param>
    /// <param name="date">The date in the block, already looked for, or null when it has none.</param>
    public static BylineMatch? Parse(string text, int start, int length, DateMatch? date)
    {
        var kept = new List<TextSpan>(0);
        return Read(text, start, length, date, kept, words: 0, mayHaveDigits: true) is Reading r ? new BylineMatch(r.Kind, r.Names.ToList(kept), r.Certainty) : null;
    }

    /// <summary>What <see cref="Parse(string, int, int, DateMatch?)"/> would tell of the block, but the names: reads it without allocating.</summary>
    /// <param name="text">The whole input.</param>
    /// <param name="start">Where the block starts.</param>
    /// <param name="length">The block's length.</param>
    /// <param name="date">The date in the block, already looked for, or null when it has none.</param>
    /// <param name="features">The block's features, which rule some readings out before they are read.</param>
    public static BylineSummary? Summarise(string text, int start, int length, DateMatch? date, in BlockFeatures features) =>
        Read(text, start, length, date, kept: null, WordsOf(features), mayHaveDigits: features.Digits > 0) is Reading r ? new BylineSummary(r.Kind, r.Certainty, r.Names.Count > 0) : null;

    /// <summary>A byline as read: the names are all kept only in the list the reader was given, if any.</summary>
    private readonly record struct Reading(RemovalKind Kind, BylineNames Names, BylineCertainty Certainty);

    /// <summary>
    /// The words of the block as white space separates them, or 0 when unknown: <see cref="BlockFeatures.Words"/> counts
    /// them, but may have raised the count of a block of ideographs (to its letters in fours).
    /// </summary>
    private static int WordsOf(in BlockFeatures features) =>
        features.Letters > 40 && features.Words == features.Letters / 4 ? 0 : features.Words;

    // kept: the list that keeps the names of the reading (one reading of names at most per block), or null.
    // words: the block's words (see WordsOf), or 0 when unknown.
    // mayHaveDigits: false when the block has no digit (BlockFeatures.Digits counts ASCII digits among others).
    private static Reading? Read(string text, int start, int length, DateMatch? date, List<TextSpan>? kept, int words, bool mayHaveDigits)
    {
        // An empty block reads as no byline, and the looks below at its first and last characters need one.
        if (length > MaxBylineLength || length == 0)
        {
            return null;
        }

        ReadOnlySpan<char> block = text.AsSpan(start, length);
        if (length <= MaxLoneMarkerLength && IsLoneMarker(block))
        {
            return new Reading(RemovalKind.Byline, default, BylineCertainty.Marked);
        }

        // Most blocks end in another letter than the 'r' of " avatar", which one look tells.
        if ((block[^1] | 0x20) == 'r' && block.EndsWith(" avatar", StringComparison.OrdinalIgnoreCase))
        {
            int nameLength = block[..^7].TrimEnd().Length;
            BylineNames avatar = ReadNames(text, start, start + nameLength, allowSingleWord: true, kept);
            return avatar.Count == 1 && avatar.First.End == start + nameLength ? new Reading(RemovalKind.Avatar, avatar, BylineCertainty.Marked) : null;
        }

        int afterMarker = FindMarkerEnd(block, mayHaveDigits);
        if (afterMarker >= 0)
        {
            BylineNames names = ReadNames(text, start + afterMarker, start + length, allowSingleWord: true, kept);
            return names.Count > 0 && WordsAfter(text, names.Last.End, CreditEnd(text, names.Last.End, start + length)) <= MaxWordsAfterNames
                ? new Reading(RemovalKind.Byline, names, BylineCertainty.Marked)
                : null;
        }

        return ReadLeadingName(text, start, length, date, kept, words);
    }

    private static bool IsLoneMarker(ReadOnlySpan<char> block)
    {
        if (!LoneMarkerInitials.Contains(block[0]))
        {
            return false;
        }

        foreach (string lone in LoneMarkers)
        {
            if (block.Equals(lone, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "Jane Doe | Staff Writer", "Tanza Loudenback, Business Insider", "Laura June July 10, 2015", or just "Jane Doe".
    private static Reading? ReadLeadingName(string text, int start, int length, DateMatch? date, List<TextSpan>? kept, int words)
    {
        if (length > MaxUnmarkedLength)
        {
            return null;
        }

        if (NameWords.IsNewsAgency(text.AsSpan(start, length)))
        {
            return new Reading(RemovalKind.Byline, BylineNames.One(new TextSpan(start, length)), BylineCertainty.NameWithRole);
        }

        if (date is DateMatch d && NameBeforeDate(text, start, d) is TextSpan glued)
        {
            return new Reading(RemovalKind.Byline, BylineNames.One(glued), BylineCertainty.NameWithRole);
        }

        // Every reading below starts with a name run, whose first word is capitalised or a particle (in lower-case
        // ASCII), or with a link's '[': a line that opens with a digit, a mark or a letter of no case has none.
        char first = text[start];
        if (!char.IsUpper(first) && !char.IsAsciiLetterLower(first) && first != '[')
        {
            return null;
        }

        // The name has two words or more; most short lines ("Home", "Sign in") have none.
        // Such a name has a space in it, and a line of one word ("Newsletters") is turned away before it is read: the
        // features count the words, and a line of one that ends in no white space has no space, which spares most
        // such lines the search for one.
        if ((words == 1 && !char.IsWhiteSpace(text[start + length - 1])) || !text.AsSpan(start, length).ContainsAny(' ', '\u00A0'))
        {
            return null;
        }

        // A run holds four words at most, so in a line of more it never reaches the end: the line is a byline only
        // when a separator or the date follows the name, or "and" or "&" joins it to another. A headline has none.
        if (words > MaxNameWords && date is null && text[start] != '['
            && text.AsSpan(start, length).IndexOfAny(AfterNameMarks) < 0 && !text.AsSpan(start, length).Contains(" and ", StringComparison.OrdinalIgnoreCase)
            && (words > MaxNameWords + MaxJobWords || !EndsWithJobWord(text.AsSpan(start, length).TrimEnd())))
        {
            return null;
        }

        int end = start + length;
        TextSpan? run = ReadNameRun(text, start, end, out int next, out bool cut);
        if (run is not TextSpan name || !HasSeveralWords(text, name))
        {
            return null;
        }

        // "Meg Kinnard and Errin Haines, Associated Press": several names, then the publisher.
        BylineNames names = ReadNames(text, run, next, cut, end, allowSingleWord: false, kept);
        if (names.Count > 1 && names.JoinedByAnd)
        {
            int after = SkipSpaces(text, names.Last.End, start + length);
            if (after >= start + length || text[after] is ',' or '|' or '-' or '–' or '—' || StartsWithRoleOrDate(text, after, start + length))
            {
                return new Reading(RemovalKind.Byline, names, BylineCertainty.NameWithRole);
            }
        }

        if (name.End == end)
        {
            return new Reading(RemovalKind.Byline, BylineNames.One(name), BylineCertainty.NameOnly);
        }

        int position = SkipSpaces(text, cut ? name.End : next, end);
        if (position >= end)
        {
            return new Reading(RemovalKind.Byline, BylineNames.One(name), BylineCertainty.NameOnly);
        }

        char separator = text[position];
        bool separated = separator is '|' or '-' or '–' or '—' or ',' or '•' or '·';
        bool gluedDate = date is DateMatch found && found.Start == position;
        if (!separated && !gluedDate)
        {
            // "Jane Doe Senior Washington Correspondent": the name, then the job without a separator.
            return EndsWithJobTitle(text, position, end) ? new Reading(RemovalKind.Byline, BylineNames.One(name), BylineCertainty.NameWithRole) : null;
        }

        int rest = SkipSpaces(text, separated ? position + 1 : position, end);
        if (gluedDate || rest >= end || StartsWithRoleOrDate(text, rest, end))
        {
            return new Reading(RemovalKind.Byline, BylineNames.One(name), BylineCertainty.NameWithRole);
        }

        return null;
    }

    /// <summary>
    /// "Laura June July 10, 2015": a name glued to a date. Month names are names here ("June"), so the name is read
    /// back from the date rather than forward from the start.
    /// </summary>
    private static TextSpan? NameBeforeDate(string text, int start, DateMatch date)
    {
        if (date.Start <= start)
        {
            return null;
        }

        ReadOnlySpan<char> prefix = text.AsSpan(start, date.Start - start).TrimEnd(" ,|-–—•·\u00A0");
        int words = 0;
        for (ReadOnlySpan<char> rest = prefix; !rest.IsEmpty;)
        {
            int space = rest.IndexOf(' ');
            ReadOnlySpan<char> w = space < 0 ? rest : rest[..space];
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..];
            if (w.IsEmpty || !char.IsUpper(w[0]) || NameWords.IsRoleOrPublisher(w) || (NameWords.IsNotName(w) && !IsMonth(w)))
            {
                return null;
            }

            foreach (char c in w)
            {
                if (!NameWords.IsNameCharacter(c))
                {
                    return null;
                }
            }

            words++;
        }

        return words is >= 2 and <= 4 ? new TextSpan(start, prefix.Length) : null;
    }

    private static bool IsMonth(ReadOnlySpan<char> word) =>
        word.Equals("June", StringComparison.Ordinal) || word.Equals("April", StringComparison.Ordinal)
        || word.Equals("May", StringComparison.Ordinal) || word.Equals("August", StringComparison.Ordinal);

    // "Senior Washington Correspondent": a job is a few words.
    private const int MaxJobWords = 4;

    /// <summary>Whether the words from <paramref name="position"/> to <paramref name="end"/> are a few and the last a job title.</summary>
    /// <remarks>Out of line, as <see cref="EndsWithJobWord"/>: few lines are asked, and the reader of every line stays small.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EndsWithJobTitle(string text, int position, int end)
    {
        ReadOnlySpan<char> job = text.AsSpan(position, end - position).TrimEnd();
        return !job.IsEmpty && char.IsUpper(job[0]) && Spaces(job) < MaxJobWords && job.IndexOfAny(AfterNameMarks) < 0 && EndsWithJobWord(job);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool EndsWithJobWord(ReadOnlySpan<char> line)
    {
        // Most lines end in a mark, which no job title ends in: one look at the last character turns them away.
        if (line.IsEmpty || !NameWords.MayEndJobTitle(line[^1]))
        {
            return false;
        }

        int space = line.LastIndexOf(' ');
        return NameWords.IsJobTitle(space < 0 ? line : line[(space + 1)..]);
    }

    private static bool StartsWithRoleOrDate(string text, int position, int end)
    {
        int wordEnd = position;
        while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
        {
            wordEnd++;
        }

        ReadOnlySpan<char> word = text.AsSpan(position, wordEnd - position).TrimEnd(",.;:");
        if (char.IsAsciiDigit(text[position]) || NameWords.IsAcronym(word) || word.Contains('.') || word.Contains('@'))
        {
            return true;
        }

        // "Staff Writer", "Business Insider", "Live Science Contributor": a role or publisher within a few words.
        int checkedWords = 0;
        for (int i = position; i < end && checkedWords < 4; checkedWords++)
        {
            int e = i;
            while (e < end && !char.IsWhiteSpace(text[e]))
            {
                e++;
            }

            if (NameWords.IsRoleOrPublisher(text.AsSpan(i, e - i).TrimEnd(",.;:")))
            {
                return true;
            }

            i = e;
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return false;
    }

    private static int FindMarkerEnd(ReadOnlySpan<char> block, bool mayHaveDigits)
    {
        // A marker opens the block, and the "date by name" form below has a digit before its "by": most blocks start
        // with no marker's initial and have no digit, and need no search for a "by".
        if (OtherLanguageInitials.Contains(block[0]) && MarkerEnd(block, OtherLanguageMarkers) is int otherEnd and >= 0)
        {
            return otherEnd;
        }

        bool mayOpenWithMarker = MarkerInitials.Contains(block[0]);
        if (!mayOpenWithMarker && !mayHaveDigits)
        {
            return -1;
        }

        // Every other marker, and the "date by name" form, has a "by" in it.
        if (block.IndexOf("by", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return -1;
        }

        if (mayOpenWithMarker && MarkerEnd(block, Markers) is int end and >= 0)
        {
            return end;
        }

        // "Monday November 18, 2019 7:45 am PST by Joe Rossignol": a date or time, then "by".
        if (!mayHaveDigits)
        {
            return -1;
        }

        int by = block.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by > 0 && block[..by].IndexOfAnyInRange('0', '9') >= 0 && Spaces(block[..by]) < 8)
        {
            return by + 4;
        }

        return -1;
    }

    /// <summary>Where the first of <paramref name="markers"/> that opens <paramref name="block"/> ends, or -1.</summary>
    private static int MarkerEnd(ReadOnlySpan<char> block, string[] markers)
    {
        foreach (string marker in markers)
        {
            // Pages often put a no-break space after "By", or inside "Written by".
            ReadOnlySpan<char> word = marker.AsSpan().TrimEnd(' ');
            if (block.Length > word.Length && StartsWithMarker(block, word)
                && (char.IsWhiteSpace(block[word.Length]) || word[^1] == ':'))
            {
                return word.Length + (word[^1] == ':' ? 0 : 1);
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="block"/> starts with <paramref name="marker"/>, in any case and any white space.</summary>
    private static bool StartsWithMarker(ReadOnlySpan<char> block, ReadOnlySpan<char> marker)
    {
        for (int i = 0; i < marker.Length; i++)
        {
            bool same = marker[i] == ' ' ? char.IsWhiteSpace(block[i]) : char.ToLowerInvariant(block[i]) == marker[i];
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads "Name, Name and Name" from <paramref name="position"/>; stops at the first word that is no name.</summary>
    private static BylineNames ReadNames(string text, int position, int end, bool allowSingleWord, List<TextSpan>? kept)
    {
        TextSpan? first = ReadNameRun(text, SkipSpaces(text, position, end), end, out int next, out bool cut);
        return ReadNames(text, first, next, cut, end, allowSingleWord, kept);
    }

    /// <summary>
    /// Reads on from a name run already read (<paramref name="next"/> and <paramref name="cut"/> are what
    /// <see cref="ReadNameRun"/> told about it): the leading-name reader has read the first run before it asks for the
    /// list, and the run that decides whether another name follows is the next name itself, so no run is read twice.
    /// </summary>
    private static BylineNames ReadNames(string text, TextSpan? run, int next, bool cut, int end, bool allowSingleWord, List<TextSpan>? kept)
    {
        var names = default(BylineNames);
        while (run is TextSpan name && (allowSingleWord || HasSeveralWords(text, name)))
        {
            names.Add(text, name, kept);
            if (cut)
            {
                break;
            }

            int position = SkipSpaces(text, next, end);
            if (position >= end)
            {
                break;
            }

            // Another name follows "and", "&", "/" or a comma; after a comma only when it reads as a person.
            if (text[position] is ',' or '&' or '/' or ';')
            {
                position++;
            }
            else if (text.AsSpan(position).StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                position += 4;
            }
            else
            {
                break;
            }

            int lookahead = SkipSpaces(text, position, end);
            if (lookahead < end && text.AsSpan(lookahead).StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                position = lookahead + 4;
            }

            run = ReadNameRun(text, SkipSpaces(text, position, end), end, out next, out cut);
            if (run is not TextSpan following || !HasSeveralWords(text, following))
            {
                break;
            }
        }

        return names;
    }

    /// <summary>
    /// Reads consecutive name words. <paramref name="cut"/> tells that the last word ran into something else
    /// ("Pokorny@DawgsByNature", "Estes11/13/19"), which ends the run.
    /// </summary>
    private static TextSpan? ReadNameRun(string text, int position, int end, out int next, out bool cut)
    {
        // "By [Jane Doe](https://…) and [John Roe](…)", "By [12]Jane Doe": a name written as a link is read inside
        // the link, and the author's span covers the visible name only.
        if (position < end && text[position] == '['
            && LineMarkup.TryReadInlineLink(text, position, end, out int visibleStart, out int visibleEnd, out int afterLink))
        {
            TextSpan? linked = ReadPlainNameRun(text, visibleStart, visibleEnd, out next, out cut);
            if (afterLink == visibleEnd)
            {
                // A link number's text runs on like any other.
                return linked;
            }

            // A Markdown link holds one name, perhaps with its publisher ("[Jane Doe, CNN](…)"); the caller reads on
            // after the target.
            next = afterLink;
            return linked is TextSpan name && !cut && EndsNameInLink(text, name.End, visibleEnd) ? name : null;
        }

        return ReadPlainNameRun(text, position, end, out next, out cut);
    }

    private static bool EndsNameInLink(string text, int nameEnd, int linkTextEnd)
    {
        int after = SkipSpaces(text, nameEnd, linkTextEnd);
        return after == linkTextEnd || text[after] is ',' or '|' or '-' or '–' or '—';
    }

    private static TextSpan? ReadPlainNameRun(string text, int position, int end, out int next, out bool cut)
    {
        int runStart = position;
        int runEnd = position;
        int words = 0;
        next = position;
        cut = false;
        bool endsInLowerCase = false;
        bool inCapitals = true;
        while (position < end && words < MaxNameWords)
        {
            int nameEnd = position;
            while (nameEnd < end && NameWords.IsNameCharacter(text[nameEnd]))
            {
                nameEnd++;
            }

            // Most runs end at a word that is no name: where the word ends is looked for only past it.
            ReadOnlySpan<char> word = text.AsSpan(position, nameEnd - position).TrimEnd('-');
            if (!NameWords.IsNameWord(word) || (words == 0 && NameWords.IsAcronym(word) && !AllCapitalsRun(text, position, end))
                || (words >= 2 && inCapitals && !IsInCapitals(word)))
            {
                // "LAURE BRETTON Envoyés spéciaux": a name printed in capitals ends where the capitals do.
                break;
            }

            // Initials ("J. K. Rowling") are in capitals in any name. Most names leave capitals at their first word.
            inCapitals = inCapitals && word.TrimEnd('.').Length >= 2 && IsInCapitals(word);
            if (words > 0 && EndsSentence(word))
            {
                // "Izaskun Lesaka.": the full stop after a surname ends a sentence, a caption's say, and no name
                // runs on past it.
                words++;
                runEnd = position + word.Length - 1;
                endsInLowerCase = char.IsAsciiLetterLower(word[0]);
                next = runEnd;
                break;
            }

            // No character of a name is white space: the word runs on from where its name part ends.
            int wordEnd = nameEnd;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            bool trailingComma = nameEnd < wordEnd && text[nameEnd] is ',' or ';';

            words++;
            runEnd = position + word.Length;
            endsInLowerCase = char.IsAsciiLetterLower(word[0]);
            next = wordEnd;
            if (nameEnd < wordEnd && !trailingComma)
            {
                cut = true;
                break;
            }

            if (trailingComma)
            {
                next = nameEnd;
                break;
            }

            position = SkipSpaces(text, wordEnd, end);
        }

        // Only a word in lower case is a particle, and the last word of the run is the one looked at first.
        while (endsInLowerCase && words > 0 && NameWords.IsParticle(LastWord(text, runStart, runEnd)))
        {
            runEnd = runStart + text.AsSpan(runStart, runEnd - runStart).TrimEnd().LastIndexOf(' ');
            words--;
        }

        return words == 0 || runEnd <= runStart ? null : new TextSpan(runStart, runEnd - runStart);
    }

    /// <summary>Whether a name word has no small letter ("BRETTON", "O'NEIL"); an initial ("J.") counts as one.</summary>
    private static bool IsInCapitals(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the name word ends in a full stop that closes no initial ("J."), abbreviation ("Jr.", "U.S.") or title:
    /// a word of three letters or more before it, with no dot of its own.
    /// </summary>
    private static bool EndsSentence(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == '.' && word[..^1].IndexOf('.') < 0 && char.IsLower(word[^2]);

    // "JANIE HAR", "VICTOR DAVIS HANSON": a name in capitals has at least two words, none of them a publisher.
    private static bool AllCapitalsRun(string text, int position, int end)
    {
        int space = text.IndexOf(' ', position, end - position);
        return space > 0 && space + 1 < end && char.IsUpper(text[space + 1]) && (space + 2 >= end || char.IsUpper(text[space + 2]));
    }

    private static ReadOnlySpan<char> LastWord(string text, int start, int end)
    {
        ReadOnlySpan<char> run = text.AsSpan(start, end - start);
        int space = run.LastIndexOf(' ');
        return space < 0 ? ReadOnlySpan<char>.Empty : run[(space + 1)..];
    }

    /// <summary>
    /// Where the credit that ends at <paramref name="namesEnd"/> stops: wire copy credits each job in a clause of its own
    /// ("Reporting by Jane Doe; additional reporting by John Roe; Editing by Ann Lee"), so a semicolon before another
    /// such clause ends the authors' credit, and the words after it are no prose.
    /// </summary>
    private static int CreditEnd(string text, int namesEnd, int end)
    {
        int position = SkipSpaces(text, namesEnd, end);
        if (position >= end || text[position] != ';')
        {
            return end;
        }

        // The next clause names its job in a few words before its "by": "additional reporting by", "Editing by".
        ReadOnlySpan<char> clause = text.AsSpan(position + 1, end - position - 1).TrimStart();
        int by = clause.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        return by > 0 && Spaces(clause[..by]) < MaxCreditJobWords && clause[..by].IndexOfAny(',', '.') < 0 ? position : end;
    }

    private static int WordsAfter(string text, int position, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int i = position; i < end; i++)
        {
            bool letter = !char.IsWhiteSpace(text[i]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>Whether a name run has two words or more: the words of a run stand apart by spaces or no-break spaces.</summary>
    private static bool HasSeveralWords(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).ContainsAny(' ', '\u00A0');

    // Pages put no-break spaces between words as often as after "By".
    private static int Spaces(ReadOnlySpan<char> span) => span.Count(' ') + span.Count('\u00A0');

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return Math.Min(position, end);
    }
}
