using System.Runtime.InteropServices;
using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// The speakers of one article while <see cref="SpeakerResolver"/> finds them: each name with its quotes and aliases,
/// made into <see cref="Speaker"/> records at the end with lists of exactly their length.
/// </summary>
/// <remarks>
/// An article names a few speakers, and a builder with two growing lists each, in a dictionary of its own, cost more
/// than the speakers themselves. These tables are kept for the next article on this thread instead; a speaker's
/// quotes and aliases are chained through them, each link pointing back to the one before.
/// </remarks>
internal sealed class SpeakerDrafts
{
    // Tables that an unusually quote-heavy article made big are left to the garbage collector.
    private const int MaxKeptLinks = 4096;

    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly List<Draft> _drafts = [];
    private readonly List<(int Quote, int Previous)> _quotes = [];
    private readonly List<(string Alias, int Previous)> _aliases = [];

    private SpeakerDrafts()
    {
    }

    /// <summary>Empty tables, the ones this thread used last when they were given back.</summary>
    public static SpeakerDrafts Rent() => ThreadSpare<SpeakerDrafts>.Take() ?? new SpeakerDrafts();

    /// <summary>The speaker named <paramref name="name"/>, added when it is new; its name is made a string only then.</summary>
    /// <returns>The speaker's number, in order of first quote.</returns>
    public int Find(ReadOnlySpan<char> name) =>
        _byName.TryGetBySpan(name, out int found) ? found : Add(name.ToString(), null, null);

    /// <summary>
    /// The speaker <paramref name="person"/> of <paramref name="text"/> is, by their full name, added with their title
    /// and organisation when new; the strings are made only then.
    /// </summary>
    /// <returns>The speaker's number, in order of first quote.</returns>
    public int Find(string text, in Person person) =>
        _byName.TryGetBySpan(person.FullNameIn(text), out int found)
            ? found
            : Add(person.FullNameIn(text).ToString(), StringOrNull(person.TitleIn(text)), StringOrNull(person.OrganizationIn(text)));

    public string NameOf(int speaker) => _drafts[speaker].Name;

    private static string? StringOrNull(ReadOnlySpan<char> span) => span.IsEmpty ? null : span.ToString();

    private int Add(string name, string? title, string? organization)
    {
        _byName[name] = _drafts.Count;
        _drafts.Add(new Draft { Name = name, Title = title, Organization = organization, LastQuote = -1, LastAlias = -1 });
        return _drafts.Count - 1;
    }

    /// <summary>Attributes quote number <paramref name="quote"/> to the speaker; quotes come in increasing order.</summary>
    public void AddQuote(int speaker, int quote)
    {
        ref Draft draft = ref CollectionsMarshal.AsSpan(_drafts)[speaker];
        _quotes.Add((quote, draft.LastQuote));
        draft.LastQuote = _quotes.Count - 1;
        draft.Quotes++;
    }

    /// <summary>Adds a form of the speaker's name unless it is the name itself or already among the aliases.</summary>
    public void AddAlias(int speaker, ReadOnlySpan<char> alias)
    {
        ref Draft draft = ref CollectionsMarshal.AsSpan(_drafts)[speaker];
        if (alias.SequenceEqual(draft.Name))
        {
            return;
        }

        for (int link = draft.LastAlias; link >= 0; link = _aliases[link].Previous)
        {
            if (alias.SequenceEqual(_aliases[link].Alias))
            {
                return;
            }
        }

        _aliases.Add((alias.ToString(), draft.LastAlias));
        draft.LastAlias = _aliases.Count - 1;
        draft.Aliases++;
    }

    /// <summary>The speakers in order of their first quote; the tables go back for the next article on this thread.</summary>
    public IReadOnlyList<Speaker> BuildAndReturn()
    {
        Speaker[] speakers = _drafts.Count == 0 ? [] : new Speaker[_drafts.Count];
        for (int i = 0; i < speakers.Length; i++)
        {
            Draft draft = _drafts[i];
            var quotes = new int[draft.Quotes];
            for (int link = draft.LastQuote, at = quotes.Length - 1; link >= 0; link = _quotes[link].Previous, at--)
            {
                quotes[at] = _quotes[link].Quote;
            }

            string[] aliases = draft.Aliases == 0 ? [] : new string[draft.Aliases];
            for (int link = draft.LastAlias, at = aliases.Length - 1; link >= 0; link = _aliases[link].Previous, at--)
            {
                aliases[at] = _aliases[link].Alias;
            }

            speakers[i] = new Speaker(draft.Name, draft.Title, draft.Organization, aliases, quotes);
        }

        if (_quotes.Count <= MaxKeptLinks && _aliases.Count <= MaxKeptLinks && _drafts.Count <= MaxKeptLinks)
        {
            _byName.Clear();
            _drafts.Clear();
            _quotes.Clear();
            _aliases.Clear();
            ThreadSpare<SpeakerDrafts>.Keep(this);
        }

        return speakers;
    }

    private struct Draft
    {
        public string Name;
        public string? Title;
        public string? Organization;
        public int Quotes;
        public int LastQuote;
        public int Aliases;
        public int LastAlias;
    }
}
