using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Every person the article names with a first and last name ("U.S. President Donald Trump", "spokesperson Dmitry
/// Peskov", "Trump's Treasury Secretary, Scott Bessent"), with their titles and organisations, and where each name
/// occurs, so that "Trump" resolves to Donald Trump and "he" to the person last named.
/// </summary>
internal sealed class NameIndex
{
    // A pronoun looks back this far for the person it stands for.
    private const int PronounReach = 1500;

    // "The mayor" looks back over this many occurrences of names for the person it stands for.
    private const int TitledLookBack = 200;

    // An index kept for the next article on this thread: its tables keep their grown capacity. One that an unusually
    // name-heavy article made big is left to the garbage collector instead.
    private const int MaxKeptNames = 4096;

    // The first person named with each surname; the others follow it (Person.NextWithSurname).
    private readonly Dictionary<string, Person> _bySurname = new(StringComparer.Ordinal);
    private readonly List<(int Position, Person Person)> _occurrences = [];

    // Asked before the dictionary: a single capitalised word is looked up as a surname some five times a sentence.
    private readonly SurnameFilter _surnames = new();

    private NameIndex()
    {
    }

    /// <summary>An empty index, the one this thread used last when it was given back.</summary>
    public static NameIndex Rent() => ThreadSpare<NameIndex>.Take() ?? new NameIndex();

    /// <summary>Takes back an index nothing refers to any more; the people it held are not reused.</summary>
    public void Return()
    {
        if (_bySurname.Count <= MaxKeptNames && _occurrences.Count <= MaxKeptNames)
        {
            _bySurname.Clear();
            _occurrences.Clear();
            _surnames.Clear();
            ThreadSpare<NameIndex>.Keep(this);
        }
    }

    public void AddSentence(string text, List<Token> tokens, Range sentence)
    {
        (int start, int end) = (sentence.Start.Value, sentence.End.Value);
        // Every token is tested, and few start a name: a span spares the list's checks on each.
        ReadOnlySpan<Token> all = CollectionsMarshal.AsSpan(tokens);
        int i = start;
        while (i < end)
        {
            if (!all[i].Has(WordClass.NameWord))
            {
                i++;
                continue;
            }

            int first = i;
            while (i < end && all[i].Has(WordClass.NameWord))
            {
                i++;
            }

            AddRun(text, tokens, first, i, start);
        }
    }

    /// <summary>Records a run of capitalised words: a new full name, or an occurrence of a known surname.</summary>
    private void AddRun(string text, List<Token> tokens, int first, int end, int sentenceStart)
    {
        while (first < end && tokens[first].Has(WordClass.FunctionWord))
        {
            first++;
        }

        int nameFirst = first;
        for (int k = first; k < end - 1; k++)
        {
            if (tokens[k].Has(WordClass.Title))
            {
                nameFirst = k + 1;
            }
        }

        if (nameFirst >= end || IsGroupRun(text, tokens, nameFirst, end) || (first > 0 && tokens[first - 1].Is(text, "the")))
        {
            return;
        }

        if (end - nameFirst == 1)
        {
            // A surname alone: an occurrence of someone already named in full.
            ReadOnlySpan<char> surname = tokens[nameFirst].Span(text);
            if (_surnames.MayHold(surname) && _bySurname.TryGetBySpan(surname, out Person? named))
            {
                _occurrences.Add((tokens[nameFirst].Start, named.LastWithSurname()));
            }

            return;
        }

        Person person = FindOrAdd(text.AsSpan(tokens[nameFirst].Start, tokens[end - 1].End - tokens[nameFirst].Start), tokens[end - 1].Span(text));
        _occurrences.Add((tokens[nameFirst].Start, person));
        person.Title ??= TitleBefore(text, tokens, first, nameFirst, sentenceStart) ?? ApposedTitle(text, tokens, first, sentenceStart);
        person.Organization ??= OrganizationOf(text, tokens, first, sentenceStart);
    }

    /// <summary>The person named <paramref name="fullName"/>; strings are made only for a name not seen before.</summary>
    private Person FindOrAdd(ReadOnlySpan<char> fullName, ReadOnlySpan<char> surname)
    {
        Person? first = null;
        if (_surnames.MayHold(surname))
        {
            _bySurname.TryGetBySpan(surname, out first);
        }

        Person? last = null;
        for (Person? known = first; known is not null; known = known.NextWithSurname)
        {
            last = known;
            if (fullName.SequenceEqual(known.FullName) || EndsWithName(known.FullName, fullName))
            {
                return known;
            }

            if (EndsWithName(fullName, known.FullName))
            {
                known.FullName = fullName.ToString();
                return known;
            }
        }

        var person = new Person(fullName.ToString());
        if (last is null)
        {
            _bySurname[surname.ToString()] = person;
            _surnames.Add(surname);
        }
        else
        {
            last.NextWithSurname = person;
        }

        return person;
    }

    /// <summary>"Donald Trump" ends with the name "Trump"; "Strump" does not.</summary>
    private static bool EndsWithName(ReadOnlySpan<char> name, ReadOnlySpan<char> tail) =>
        name.Length > tail.Length && name.EndsWith(tail, StringComparison.Ordinal) && name[name.Length - tail.Length - 1] == ' ';

    /// <summary>The person a name mention stands for: the fullest name in the article with the same surname.</summary>
    public Person? Resolve(ReadOnlySpan<char> name)
    {
        ReadOnlySpan<char> trimmed = name.Trim();
        int space = trimmed.LastIndexOf(' ');
        ReadOnlySpan<char> surname = space < 0 ? trimmed : trimmed[(space + 1)..];
        if (surname.EndsWith("'s", StringComparison.Ordinal) || surname.EndsWith("’s", StringComparison.Ordinal))
        {
            surname = surname[..^2];
        }

        Person? first = null;
        if (_surnames.MayHold(surname))
        {
            _bySurname.TryGetBySpan(surname, out first);
        }

        for (Person? person = first; person is not null; person = person.NextWithSurname)
        {
            if (person.FullName.AsSpan().EndsWith(trimmed, StringComparison.Ordinal) || space < 0)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The person named last before <paramref name="position"/>, for "he" and "she".</summary>
    public Person? LastNamedBefore(int position)
    {
        int found = LastOccurrenceBefore(position);
        return found >= 0 && position - _occurrences[found].Position <= PronounReach ? _occurrences[found].Person : null;
    }

    /// <summary>
    /// The person last named before <paramref name="position"/> whose title fits the nominal mention
    /// <paramref name="nominal"/> (its words after "the"): "mayor" stands for Mayor Tom Brandt, "Florida senator" for
    /// Florida Sen. Ann Lee, "spokesman" for spokeswoman Jo Park; "president" not for Vice President Joe Biden.
    /// </summary>
    public Person? LastTitledBefore(int position, ReadOnlySpan<char> nominal)
    {
        // A bounded look back keeps the parse linear however many names and nominal mentions an input holds.
        int found = LastOccurrenceBefore(position);
        for (int i = found; i >= 0 && found - i < TitledLookBack; i--)
        {
            Person person = _occurrences[i].Person;
            if (person.Title is string title && TitleFits.Fits(title, person.Organization, nominal))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The index of the last occurrence before <paramref name="position"/>, or -1.</summary>
    private int LastOccurrenceBefore(int position)
    {
        int low = 0, high = _occurrences.Count - 1, found = -1;
        while (low <= high)
        {
            int mid = (low + high) / 2;
            if (_occurrences[mid].Position < position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static bool IsGroupRun(string text, List<Token> tokens, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (tokens[k].Has(WordClass.Group))
            {
                return true;
            }
        }

        return false;
    }

    // "U.S. President Donald Trump" gives "U.S. President"; "spokesperson Dmitry Peskov" gives "spokesperson".
    private static string? TitleBefore(string text, List<Token> tokens, int first, int nameFirst, int sentenceStart)
    {
        if (nameFirst > first)
        {
            return text[tokens[first].Start..tokens[nameFirst - 1].End];
        }

        int k = first - 1;
        if (k < sentenceStart || !tokens[k].IsWord || !tokens[k].Has(WordClass.Title) || char.IsUpper(text[tokens[k].Start]))
        {
            return null;
        }

        int titleFirst = k;
        while (titleFirst - 1 >= sentenceStart && tokens[titleFirst - 1].IsWord && tokens[titleFirst - 1].Has(WordClass.Title)
            && !char.IsUpper(text[tokens[titleFirst - 1].Start]))
        {
            titleFirst--;
        }

        return text[tokens[titleFirst].Start..tokens[k].End];
    }

    // "Trump's Treasury Secretary, Scott Bessent": the title stands before the comma.
    private static string? ApposedTitle(string text, List<Token> tokens, int first, int sentenceStart)
    {
        int comma = first - 1;
        if (comma - 1 < sentenceStart || !tokens[comma].IsChar(text, ',') || !tokens[comma - 1].Has(WordClass.Title))
        {
            return null;
        }

        int titleFirst = comma - 1;
        while (titleFirst - 1 >= sentenceStart && tokens[titleFirst - 1].IsCapitalised(text)
            && !tokens[titleFirst - 1].Span(text).EndsWith("s", StringComparison.Ordinal))
        {
            titleFirst--;
        }

        return text[tokens[titleFirst].Start..tokens[comma - 1].End];
    }

    /// <summary>
    /// "Kremlin spokesman Dmitry Peskov" or "The Kremlin echoed this through spokesperson Dmitry Peskov": the
    /// organisation a spokesperson speaks for.
    /// </summary>
    private static string? OrganizationOf(string text, List<Token> tokens, int first, int sentenceStart)
    {
        int title = first - 1;
        if (title < sentenceStart || !SpeakerWords.IsSpokesperson(tokens[title].Span(text)))
        {
            return null;
        }

        if (title - 1 >= sentenceStart && tokens[title - 1].IsCapitalised(text) && !tokens[title - 1].Has(WordClass.FunctionWord))
        {
            int orgFirst = title - 1;
            while (orgFirst - 1 >= sentenceStart && tokens[orgFirst - 1].IsCapitalised(text) && !tokens[orgFirst - 1].Has(WordClass.FunctionWord))
            {
                orgFirst--;
            }

            return text[tokens[orgFirst].Start..tokens[title - 1].End];
        }

        bool through = false;
        for (int k = sentenceStart; k < title; k++)
        {
            through |= tokens[k].Is(text, "through") || tokens[k].Is(text, "via");
        }

        int subject = sentenceStart;
        if (subject < title && tokens[subject].Is(text, "the"))
        {
            subject++;
        }

        if (!through || subject >= title || !tokens[subject].IsCapitalised(text))
        {
            return null;
        }

        int orgEnd = subject;
        while (orgEnd + 1 < title && tokens[orgEnd + 1].IsCapitalised(text))
        {
            orgEnd++;
        }

        return text[tokens[subject].Start..tokens[orgEnd].End];
    }
}
