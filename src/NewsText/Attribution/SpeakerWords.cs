using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>Word lists that tell speakers apart: pronouns, titles, roles, groups and organisations.</summary>
internal static class SpeakerWords
{
    private static readonly WordList Pronouns = Set("he", "she", "they", "we", "i", "it");

    /// <summary>Titles that stand before a name ("President Donald Trump", "spokesperson Dmitry Peskov").</summary>
    private static readonly WordList Titles = Set(
        "president", "vice", "secretary", "senator", "sen.", "gov.", "governor", "mayor", "minister", "prime", "premier", "rep.",
        "representative", "judge", "justice", "chancellor", "ceo", "chairman", "chairwoman", "chair", "director", "general", "gen.",
        "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "chief", "ambassador", "speaker", "leader", "attorney", "commissioner",
        "sheriff", "coach", "officer", "king", "queen", "prince", "princess", "pope", "spokesperson", "spokesman", "spokeswoman",
        "adviser", "advisor", "aide", "lawyer", "analyst", "economist", "founder", "executive", "manager", "captain", "capt.",
        "lt.", "col.", "sgt.", "detective", "inspector", "candidate", "councilman", "councilwoman", "councillor", "assemblyman",
        "congressman", "congresswoman", "lawmaker", "official", "head", "deputy", "foreign", "defense", "defence", "treasury",
        "state", "health", "interior", "energy", "finance", "commerce", "labor", "trade", "press", "communications", "former",
        "acting", "interim", "senior", "top", "democratic", "republican", "gop", "u.s.", "us", "uk", "u.k.", "eu");

    /// <summary>Roles that make a nominal mention ("the spokesman", "a senior official").</summary>
    private static readonly WordList Roles = Set(
        "spokesman", "spokeswoman", "spokesperson", "official", "source", "minister", "president", "senator", "governor", "mayor",
        "secretary", "director", "chairman", "chairwoman", "chief", "executive", "adviser", "advisor", "aide", "lawyer", "attorney",
        "analyst", "expert", "professor", "researcher", "economist", "scientist", "doctor", "officer", "representative",
        "candidate", "leader", "founder", "manager", "judge", "prosecutor", "investigator", "diplomat", "ambassador", "general",
        "commander", "author", "writer", "reporter", "columnist", "critic", "witness", "resident", "neighbor", "neighbour",
        "statement", "report", "study", "survey", "letter", "filing", "complaint", "lawsuit", "memo", "post", "tweet", "release");

    /// <summary>Plural nouns and institutions that speak as groups ("officials said", "the company said").</summary>
    private static readonly WordList Groups = Set(
        "officials", "sources", "analysts", "experts", "critics", "police", "authorities", "aides", "residents", "investigators",
        "prosecutors", "lawmakers", "researchers", "scientists", "witnesses", "economists", "observers", "supporters", "opponents",
        "democrats", "republicans", "people", "diplomats", "leaders", "executives", "employees", "doctors", "officers", "members",
        "protesters", "activists", "organizers", "voters", "advocates", "lawyers", "attorneys", "parents", "students", "workers",
        "company", "agency", "department", "ministry", "government", "administration", "campaign", "committee", "court", "embassy",
        "group", "organization", "organisation", "firm", "bank", "party", "office", "newspaper", "network", "website", "magazine",
        "union", "council", "commission", "board", "team", "club", "army", "military", "pentagon", "kremlin", "white", "house",
        "congress", "senate", "parliament", "cabinet", "ministry", "university", "hospital", "school", "district", "city", "state",
        "county", "country", "nation", "coalition", "alliance", "association", "institute", "foundation", "center", "centre",
        "service", "services", "corporation", "inc.", "corp.", "co.", "ltd.", "times", "post", "news", "journal", "reuters",
        "press", "agency", "poll", "polls", "survey", "data", "figures", "study");

    /// <summary>Words that start a sentence without naming anyone ("The", "But", "In").</summary>
    private static readonly WordList FunctionWords = Set(
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "so", "yet", "still", "this", "that", "these", "those",
        "when", "while", "after", "before", "if", "as", "it", "its", "his", "her", "their", "our", "my", "your", "there", "here",
        "what", "who", "which", "where", "why", "how", "during", "since", "until", "although", "though", "because", "despite",
        "with", "without", "from", "to", "by", "of", "about", "over", "under", "now", "then", "also", "not", "no", "yes", "all",
        "some", "many", "most", "one", "two", "three", "both", "each", "every", "last", "next", "first", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow");

    /// <summary>Adverbs and auxiliaries that stand between a subject and its verb ("Trump also said", "he had told").</summary>
    private static readonly WordList Fillers = Set(
        "also", "later", "previously", "recently", "repeatedly", "then", "has", "have", "had", "would", "will", "could", "did",
        "does", "do", "again", "reportedly", "publicly", "privately", "once", "often", "still", "just", "quickly", "further",
        "earlier", "subsequently", "initially", "first", "is", "was", "were", "are", "been", "be", "has", "already", "always",
        "simply", "flatly", "angrily", "bluntly", "openly", "frequently", "separately", "directly", "specifically", "explicitly",
        "famously", "clearly", "strongly", "firmly", "personally", "himself", "herself", "themselves", "itself", "not", "never",
        "shall", "should", "might", "may", "can", "must", "even", "only", "yet", "too", "in", "turn", "loudly", "quietly", "on",
        "at", "last", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static readonly WordList Determiners = Set(
        "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "many", "several", "two", "three", "four",
        "other", "both", "most", "few", "this", "that", "these", "those");

    /// <summary>Every word one of the predicates here holds for, in some case (<see cref="IsSpokesperson"/> aside).</summary>
    public static IEnumerable<string> Words =>
        Pronouns.Words.Concat(Titles.Words).Concat(Roles.Words).Concat(Groups.Words).Concat(FunctionWords.Words).Concat(Fillers.Words)
            .Concat(Determiners.Words);

    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    public static bool IsRole(ReadOnlySpan<char> word) => Roles.Contains(word);

    public static bool IsGroup(ReadOnlySpan<char> word) => Groups.Contains(word);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.Contains(word);

    public static bool IsFiller(ReadOnlySpan<char> word) => Fillers.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool IsSpokesperson(ReadOnlySpan<char> word) =>
        word.StartsWith("spokes", StringComparison.OrdinalIgnoreCase);

    private static WordList Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
