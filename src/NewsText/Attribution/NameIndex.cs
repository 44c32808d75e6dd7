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

    // People are kept as spans of the text and found by their surname's hash, so that naming someone allocates
    // nothing: strings are made only for the few who speak. The table gives the number of the first person whose
    // surname has the hash; the others follow it (Person.NextWithSurnameHash), and every walk compares surnames.
    private readonly Dictionary<int, int> _firstBySurnameHash = [];
    private readonly List<Person> _people = [];
    private readonly List<(int Position, int Person)> _occurrences = [];

    // Asked before the dictionary: a single capitalised word is looked up as a surname some five times a sentence.
    private readonly SurnameFilter _surnames = new();

    // The article the people are named in.
    private string _text = "";

    private NameIndex()
    {
    }

    /// <summary>An empty index for the names of <paramref name="text"/>, the one this thread used last when it was given back.</summary>
    public static NameIndex Rent(string text)
    {
        NameIndex index = ThreadSpare<NameIndex>.Take() ?? new NameIndex();
        index._text = text;
        return index;
    }

    /// <summary>Takes back an index nothing refers to any more.</summary>
    public void Return()
    {
        if (_people.Count <= MaxKeptNames && _occurrences.Count <= MaxKeptNames)
        {
            _firstBySurnameHash.Clear();
            _people.Clear();
            _occurrences.Clear();
            _surnames.Clear();
            _text = "";
            ThreadSpare<NameIndex>.Keep(this);
        }
    }

    public void AddSentence(List<Token> tokens, Range sentence)
    {
        string text = _text;
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

        // "the Trump campaign": asked of the word before every run, "the" is a determiner first, a class the token has.
        if (nameFirst >= end || IsGroupRun(text, tokens, nameFirst, end)
            || (first > 0 && tokens[first - 1].Has(WordClass.Determiner) && tokens[first - 1].Is(text, "the")))
        {
            return;
        }

        if (end - nameFirst == 1)
        {
            // A surname alone: an occurrence of the last person named in full with it.
            ReadOnlySpan<char> surname = tokens[nameFirst].Span(text);
            int last = -1;
            for (int known = FirstWithSurnameHash(surname); known >= 0; known = _people[known].NextWithSurnameHash)
            {
                last = HasSurname(known, surname) ? known : last;
            }

            if (last >= 0)
            {
                _occurrences.Add((tokens[nameFirst].Start, last));
            }

            return;
        }

        int person = FindOrAdd(Between(tokens[nameFirst].Start, tokens[end - 1].End), new TextSpan(tokens[end - 1].Start, tokens[end - 1].Length));
        _occurrences.Add((tokens[nameFirst].Start, person));
        ref Person named = ref CollectionsMarshal.AsSpan(_people)[person];
        if (named.Title.Length == 0)
        {
            named.Title = TitleBefore(text, tokens, first, nameFirst, sentenceStart) is { Length: > 0 } title ? title : ApposedTitle(text, tokens, first, sentenceStart);
        }

        if (named.Organization.Length == 0)
        {
            named.Organization = OrganizationOf(text, tokens, first, sentenceStart);
        }
    }

    /// <summary>The number of the person named <paramref name="fullName"/>, who is added when no one has that name yet.</summary>
    private int FindOrAdd(TextSpan fullName, TextSpan surname)
    {
        ReadOnlySpan<char> name = _text.AsSpan(fullName.Start, fullName.Length);
        ReadOnlySpan<char> surnameText = _text.AsSpan(surname.Start, surname.Length);
        bool surnameKnown = false;
        int last = -1;
        for (int known = FirstWithSurnameHash(surnameText); known >= 0; known = _people[known].NextWithSurnameHash)
        {
            last = known;
            if (!HasSurname(known, surnameText))
            {
                continue;
            }

            surnameKnown = true;
            ref Person person = ref CollectionsMarshal.AsSpan(_people)[known];
            ReadOnlySpan<char> knownName = person.FullNameIn(_text);
            if (name.SequenceEqual(knownName) || EndsWithName(knownName, name))
            {
                return known;
            }

            if (EndsWithName(name, knownName))
            {
                person.FullName = fullName;
                return known;
            }
        }

        _people.Add(new Person { FullName = fullName, Surname = surname, NextWithSurnameHash = -1 });
        if (last < 0)
        {
            _firstBySurnameHash[string.GetHashCode(surnameText)] = _people.Count - 1;
        }
        else
        {
            CollectionsMarshal.AsSpan(_people)[last].NextWithSurnameHash = _people.Count - 1;
        }

        if (!surnameKnown)
        {
            _surnames.Add(surnameText);
        }

        return _people.Count - 1;
    }

    /// <summary>
    /// The number of the first person whose surname hashes like <paramref name="surname"/>, or -1. The hash is
    /// seeded per process, so that no input can make many surnames share one chain.
    /// </summary>
    private int FirstWithSurnameHash(ReadOnlySpan<char> surname) =>
        _surnames.MayHold(surname) && _firstBySurnameHash.TryGetValue(string.GetHashCode(surname), out int first) ? first : -1;

    private bool HasSurname(int person, ReadOnlySpan<char> surname) => _people[person].SurnameIn(_text).SequenceEqual(surname);

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

        for (int known = FirstWithSurnameHash(surname); known >= 0; known = _people[known].NextWithSurnameHash)
        {
            if (HasSurname(known, surname) && (_people[known].FullNameIn(_text).EndsWith(trimmed, StringComparison.Ordinal) || space < 0))
            {
                return _people[known];
            }
        }

        return null;
    }

    /// <summary>The person named last before <paramref name="position"/>, for "he" and "she".</summary>
    public Person? LastNamedBefore(int position)
    {
        int found = LastOccurrenceBefore(position);
        return found >= 0 && position - _occurrences[found].Position <= PronounReach ? _people[_occurrences[found].Person] : null;
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
            Person person = _people[_occurrences[i].Person];
            if (person.Title.Length > 0 && TitleFits.Fits(person.TitleIn(_text), person.OrganizationIn(_text), nominal))
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

    private static TextSpan Between(int start, int end) => new(start, end - start);

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
    private static TextSpan TitleBefore(string text, List<Token> tokens, int first, int nameFirst, int sentenceStart)
    {
        if (nameFirst > first)
        {
            return Between(tokens[first].Start, tokens[nameFirst - 1].End);
        }

        int k = first - 1;
        if (k < sentenceStart || !tokens[k].IsWord || !tokens[k].Has(WordClass.Title) || char.IsUpper(text[tokens[k].Start]))
        {
            return default;
        }

        int titleFirst = k;
        while (titleFirst - 1 >= sentenceStart && tokens[titleFirst - 1].IsWord && tokens[titleFirst - 1].Has(WordClass.Title)
            && !char.IsUpper(text[tokens[titleFirst - 1].Start]))
        {
            titleFirst--;
        }

        return Between(tokens[titleFirst].Start, tokens[k].End);
    }

    // "Trump's Treasury Secretary, Scott Bessent": the title stands before the comma.
    private static TextSpan ApposedTitle(string text, List<Token> tokens, int first, int sentenceStart)
    {
        int comma = first - 1;
        if (comma - 1 < sentenceStart || !tokens[comma].IsChar(text, ',') || !tokens[comma - 1].Has(WordClass.Title))
        {
            return default;
        }

        int titleFirst = comma - 1;
        while (titleFirst - 1 >= sentenceStart && tokens[titleFirst - 1].IsCapitalised(text)
            && !tokens[titleFirst - 1].Span(text).EndsWith("s", StringComparison.Ordinal))
        {
            titleFirst--;
        }

        return Between(tokens[titleFirst].Start, tokens[comma - 1].End);
    }

    /// <summary>
    /// "Kremlin spokesman Dmitry Peskov" or "The Kremlin echoed this through spokesperson Dmitry Peskov": the
    /// organisation a spokesperson speaks for.
    /// </summary>
    private static TextSpan OrganizationOf(string text, List<Token> tokens, int first, int sentenceStart)
    {
        int title = first - 1;
        if (title < sentenceStart || !SpeakerWords.IsSpokesperson(tokens[title].Span(text)))
        {
            return default;
        }

        if (title - 1 >= sentenceStart && tokens[title - 1].IsCapitalised(text) && !tokens[title - 1].Has(WordClass.FunctionWord))
        {
            int orgFirst = title - 1;
            while (orgFirst - 1 >= sentenceStart && tokens[orgFirst - 1].IsCapitalised(text) && !tokens[orgFirst - 1].Has(WordClass.FunctionWord))
            {
                orgFirst--;
            }

            return Between(tokens[orgFirst].Start, tokens[title - 1].End);
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
            return default;
        }

        int orgEnd = subject;
        while (orgEnd + 1 < title && tokens[orgEnd + 1].IsCapitalised(text))
        {
            orgEnd++;
        }

        return Between(tokens[subject].Start, tokens[orgEnd].End);
    }
}
