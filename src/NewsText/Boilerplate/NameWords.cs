using System.Buffers;
using System.Diagnostics;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Decides whether words can be part of a person's name as bylines print it ("Troy L. Smith", "JANIE HAR",
/// "Abigail Van Buren"), and which words never are (roles, publishers, "Email the author").
/// </summary>
internal static class NameWords
{
    /// <summary>Words that end a list of names: roles, publishers, page words.</summary>
    private static readonly WordList NotNames = new(
    [
        "the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "from", "at", "by", "is", "are", "was", "this", "that",
        "our", "your", "my", "more", "new", "all", "about", "email", "e-mail", "author", "authors", "contact", "follow", "share", "view",
        "read", "staff", "reports", "report", "admin", "administrator", "editor", "editors", "reporter", "reporters", "writer", "writers",
        "contributor", "contributors", "correspondent", "columnist", "desk", "team", "news", "press", "times", "post", "media",
        "business", "insider", "daily", "weekly", "magazine", "journal", "online", "digital", "network", "group", "reuters", "ap",
        "afp", "bloomberg", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "ign", "opinion", "analysis", "updated", "published", "posted",
        "photo", "photos", "video", "image", "images", "getty", "shutterstock", "avatar", "says", "said", "senior", "chief", "political",
        "national", "international", "contributing", "special", "guest", "freelance", "associate", "associated", "managing", "executive",
        "producer", "anchor", "host", "bureau", "agency", "wire", "service", "services", "feed", "newsroom", "sports", "entertainment",
        "world", "local", "health", "science", "technology", "tech", "politics", "economy", "markets", "home", "menu", "search",
        "comments", "comment", "subscribe", "sign", "log", "login", "twitter", "facebook", "instagram", "linkedin", "more", "latest",
        "minute", "minutes", "min", "hour", "hours", "ago", "today", "yesterday", "am", "pm", "et", "pt", "gmt", "utc", "edt", "est",
        "pst", "pdt", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "via", "courtesy", "story", "stories", "recent", "most", "top", "see",
        "watch", "live", "listen", "play", "click", "get", "join", "download", "buy", "shop", "united", "states", "kingdom",
        "university", "department", "city", "county", "state", "national", "federal", "police", "house", "senate", "congress",
        "court", "council", "ministry", "committee", "market", "marketing", "apps", "app", "edition", "feedback", "guidelines",
        "community", "check", "fact", "bell", "opening", "visual", "growing", "size", "font", "print", "screen", "shot",
        "screenshot", "release", "genre", "study", "blog", "blogs", "publisher", "developer", "games",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that say who a byline's author writes for or as.</summary>
    private static readonly WordList RolesAndPublishers = new(
    [
        "staff", "writer", "writers", "reporter", "reporters", "editor", "editors", "correspondent", "contributor", "contributors",
        "columnist", "author", "producer", "analyst", "critic", "photographer", "journalist", "bureau", "desk", "news", "press",
        "times", "post", "insider", "media", "business", "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "nbc", "cbs", "abc",
        "fox", "ign", "agency", "wire", "magazine", "journal", "daily", "weekly", "tribune", "herald", "gazette", "chronicle",
        "online", "digital", "newsroom", "science", "sports", "editor-at-large", "anchor", "host", "intern", "fellow", "founder",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>News agencies that stand as the author of wire copy.</summary>
    private static readonly WordList NewsAgencies = new(
    [
        "The Associated Press", "Associated Press", "Reuters", "Agence France-Presse", "AFP", "Bloomberg News", "Press Association",
        "PA Media", "Canadian Press", "The Canadian Press", "dpa", "ANSA", "EFE", "Kyodo News", "Xinhua", "Yonhap",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool IsNewsAgency(ReadOnlySpan<char> line)
    {
        return NewsAgencies.Contains(line);
    }

    /// <summary>The last word of a job title under a byline name.</summary>
    public static bool IsJobTitle(ReadOnlySpan<char> word) => JobTitles.Contains(word);

    private static readonly WordList JobTitles = new(
        ["contributor", "writer", "reporter", "editor", "correspondent", "columnist", "producer", "analyst", "critic", "journalist"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The last letters of <see cref="JobTitles"/>, both cases.</summary>
    private static readonly SearchValues<char> JobTitleEndings =
        SearchValues.Create(string.Concat(JobTitles.Words.Select(w => $"{char.ToLowerInvariant(w[^1])}{char.ToUpperInvariant(w[^1])}").Distinct()));

    /// <summary>Whether a job title may end in <paramref name="c"/>; a line ending otherwise ends in none.</summary>
    public static bool MayEndJobTitle(char c) => JobTitleEndings.Contains(c);

    public static bool IsRoleOrPublisher(ReadOnlySpan<char> word) => RolesAndPublishers.Contains(word);

    /// <summary>Lower-case particles that stand inside names ("Ludwig van Beethoven", "Ana de Armas").</summary>
    private static readonly WordList Particles = new(
        StartingInLowerCase(["van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "st.", "y"]),
        StringComparer.Ordinal);

    /// <summary>The words, which <see cref="IsParticle"/> relies on to start with a lower-case ASCII letter.</summary>
    private static string[] StartingInLowerCase(string[] words) =>
        Array.TrueForAll(words, w => w.Length > 0 && char.IsAsciiLetterLower(w[0])) ? words : throw new InvalidOperationException("A particle does not start with a lower-case ASCII letter.");

    /// <summary>
    /// True when <paramref name="word"/>, made of <see cref="IsNameCharacter"/> characters as a name run reads it, can
    /// stand in a name: capitalised (or all capitals), or a particle, and no word that ends a list of names.
    /// </summary>
    /// <remarks>
    /// A capitalised word has a letter at least, its first, so that no character of it needs looking at again.
    /// </remarks>
    public static bool IsNameWord(ReadOnlySpan<char> word)
    {
        Debug.Assert(IsMadeOfNameCharacters(word), "A name run reads name characters only.");
        if (word.IsEmpty || word.Length > 24)
        {
            return false;
        }

        // Particles are in lower case: a capitalised word is never one, and a word in lower case is a name word only
        // as a particle. Looking the particle up first spares most lower-case words the longer list.
        if (!char.IsUpper(word[0]))
        {
            return IsParticle(word) && !IsNotNameOfNameCharacters(word);
        }

        if (IsNotNameOfNameCharacters(word))
        {
            return false;
        }

        // "By World's Editorial Writers": a possessive names what belongs to someone, not the author.
        if (word.Length > 2 && (word[^1] | 0x20) == 's' && word[^2] is '\'' or '’')
        {
            return false;
        }

        // "Cleveland.com" is a site: a dot may only close an initial ("L.") or an abbreviation ("Jr.").
        int dot = word.IndexOf('.');
        return dot <= 0 || dot >= word.Length - 1 || word.Length - dot <= 2;
    }

    private static bool IsMadeOfNameCharacters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!IsNameCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A letter, or one of the marks that stand inside names: . ' ’ - ("Troy L. Smith", "O'Brien", "Jean-Luc").</summary>
    public static bool IsNameCharacter(char c) => char.IsAsciiLetter(c) || (c < 0x80 ? c is '.' or '\'' or '-' : c == '’' || char.IsLetter(c));

    /// <summary>
    /// Whether <paramref name="word"/> is one of the <see cref="Particles"/>. They are compared as written, and every one
    /// starts with a lower-case ASCII letter: a word that starts otherwise, as most that are asked about do, needs no
    /// look-up.
    /// </summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => !word.IsEmpty && char.IsAsciiLetterLower(word[0]) && Particles.Contains(word);

    /// <summary>
    /// <see cref="IsNotName"/> for a word of <see cref="IsNameCharacter"/> characters, of which '.' is the only one
    /// that it trims: a trim by one character is a plain loop, by several a search of them for every character.
    /// </summary>
    private static bool IsNotNameOfNameCharacters(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> bare = word.TrimEnd('.');
        return bare.IsEmpty || NotNames.Contains(bare);
    }

    public static bool IsNotName(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> bare = word.TrimEnd(".:,;");
        return bare.IsEmpty || NotNames.Contains(bare);
    }

    /// <summary>An acronym such as "CNN" or "IGN": a publisher, not a name, unless it is an initial run like "JR".</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
