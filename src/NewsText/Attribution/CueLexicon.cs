using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Reporting verbs in every inflection ("say", "says", "said", "saying"; "tweet", "tweeted"…), several hundred forms
/// built from a list of base verbs, and the phrases that introduce reported speech ("according to").
/// </summary>
internal static class CueLexicon
{
    // Base forms of verbs that report speech, writing or stated belief.
    private static readonly string[] Verbs =
    [
        "say", "tell", "state", "continue", "begin", "beam", "laugh", "smile", "sigh", "shrug", "chuckle", "marvel", "gush",
        "rave", "fume", "rage", "bristle", "thunder", "roar", "bellow", "growl", "hiss", "snarl", "plead", "interject",
        "interrupt", "counter", "offer", "put", "sum", "recall", "read", "wrote", "note", "note", "argue", "warn", "suggest", "claim", "add", "explain", "announce", "insist", "acknowledge",
        "admit", "assert", "contend", "declare", "deny", "emphasize", "emphasise", "stress", "maintain", "observe", "predict",
        "promise", "reply", "respond", "report", "reveal", "write", "tweet", "post", "comment", "confirm", "concede", "complain",
        "allege", "ask", "answer", "boast", "caution", "charge", "conclude", "counter", "cry", "disclose", "estimate", "exclaim",
        "indicate", "inform", "joke", "lament", "mention", "recall", "recount", "remark", "remind", "repeat", "retort", "shout",
        "speculate", "testify", "urge", "vow", "whisper", "yell", "agree", "disagree", "believe", "think", "feel", "hope", "fear",
        "expect", "forecast", "guarantee", "pledge", "threaten", "accuse", "blame", "criticize", "criticise", "praise", "question",
        "wonder", "worry", "demand", "propose", "recommend", "advise", "order", "instruct", "command", "predict", "project",
        "assure", "reassure", "point", "describe", "characterize", "call", "label", "dismiss", "reject", "rebut", "refute",
        "dispute", "challenge", "defend", "justify", "clarify", "elaborate", "specify", "detail", "outline", "summarize",
        "acknowledge", "affirm", "reaffirm", "reiterate", "restate", "announce", "proclaim", "pronounce", "decree", "rule",
        "find", "conclude", "determine", "show", "demonstrate", "prove", "establish", "imply", "hint", "signal", "indicate",
        "concur", "object", "protest", "grumble", "mutter", "murmur", "scream", "snap", "sneer", "scoff", "quip", "muse",
        "ponder", "reason", "theorize", "posit", "hypothesize", "contend", "allow", "grant", "confess", "plead", "beg",
        "implore", "pray", "brag", "gloat", "insinuate", "intimate", "divulge", "leak", "relay", "convey", "communicate",
        "broadcast", "publish", "blog", "text", "email", "message", "cable", "telegraph", "telephone", "phone", "radio",
        "notify", "brief", "update", "alert", "acknowledge", "vouch", "attest", "certify", "swear", "testify", "witness",
    ];

    private static readonly (string Base, string[] Forms)[] Irregular =
    [
        ("say", ["said", "says", "saying"]), ("tell", ["told", "tells", "telling"]), ("write", ["wrote", "written", "writes", "writing"]),
        ("think", ["thought", "thinks", "thinking"]), ("feel", ["felt", "feels", "feeling"]), ("speak", ["spoke", "spoken", "speaks", "speaking"]),
        ("find", ["found", "finds", "finding"]), ("show", ["showed", "shown", "shows", "showing"]), ("swear", ["swore", "sworn", "swears", "swearing"]),
        ("begin", ["began", "begins"]), ("read", ["reads"]), ("put", ["puts"]), ("offer", ["offered", "offers"]), ("sum", ["summed"]),
        ("forecast", ["forecast", "forecasts", "forecasting"]), ("broadcast", ["broadcast", "broadcasts", "broadcasting"]),
        ("leak", ["leaked", "leaks", "leaking"]), ("cry", ["cried", "cries", "crying"]), ("reply", ["replied", "replies", "replying"]),
        ("deny", ["denied", "denies", "denying"]), ("testify", ["testified", "testifies", "testifying"]), ("worry", ["worried", "worries", "worrying"]),
        ("clarify", ["clarified", "clarifies", "clarifying"]), ("certify", ["certified", "certifies", "certifying"]),
        ("notify", ["notified", "notifies", "notifying"]), ("justify", ["justified", "justifies", "justifying"]),
        ("specify", ["specified", "specifies", "specifying"]), ("theorize", ["theorized", "theorizes", "theorizing"]),
        ("plead", ["pleaded", "pled", "pleads", "pleading"]), ("beg", ["begged", "begs", "begging"]), ("snap", ["snapped", "snaps", "snapping"]),
        ("quip", ["quipped", "quips", "quipping"]), ("blog", ["blogged", "blogs", "blogging"]), ("admit", ["admitted", "admits", "admitting"]),
        ("refer", ["referred", "refers", "referring"]), ("know", ["knew", "known", "knows", "knowing"]), ("see", ["saw", "seen", "sees", "seeing"]),
        ("seek", ["sought", "seeks", "seeking"]), ("understand", ["understood", "understands", "understanding"]), ("hear", ["heard", "hears", "hearing"]),
        ("mean", ["meant", "means", "meaning"]), ("fight", ["fought", "fights", "fighting"]), ("choose", ["chose", "chosen", "chooses", "choosing"]),
        ("bet", ["bet", "bets", "betting"]), ("plan", ["planned", "plans", "planning"]), ("regret", ["regretted", "regrets", "regretting"]),
        ("try", ["tried", "tries", "trying"]), ("apply", ["applied", "applies", "applying"]), ("target", ["targeted", "targets", "targeting"]),
        ("prefer", ["preferred", "prefers", "preferring"]), ("dub", ["dubbed", "dubs", "dubbing"]), ("slam", ["slammed", "slams", "slamming"]),
        ("commit", ["committed", "commits", "committing"]), ("imply", ["implied", "implies", "implying"]), ("rebut", ["rebutted", "rebuts", "rebutting"]), ("rule", ["ruled", "rules", "ruling"]),
    ];

    private static readonly WordList Forms = BuildForms();

    // Every form of every verb, the ones too common to be cues on their own included: right after a quotation and its
    // speaker ("…,” Viguerie notes.") any of them reports it.
    private static readonly WordList AllForms = new(Inflect(Verbs), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> reports a quotation it follows, with the speaker between them.</summary>
    public static bool IsCueAfterQuote(ReadOnlySpan<char> word) =>
        word.Length is >= 3 and <= 16 && (AllForms.Contains(word) || AttitudeVerbs.Contains(word));

    /// <summary>Whether <paramref name="word"/> is a form of a reporting verb.</summary>
    public static bool IsCue(ReadOnlySpan<char> word)
    {
        return word.Length is >= 3 and <= 16 && Forms.Contains(word);
    }

    /// <summary>The most common verbs of speech, which introduce direct quotes after them ("said Trump").</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbs.Contains(word);

    private static readonly WordList SpeechVerbs = new(
        ["said", "says", "added", "asked", "told", "wrote", "tweeted", "explained", "continued", "replied"],
        StringComparer.OrdinalIgnoreCase);

    public static int Count => Forms.Count;

    /// <summary>Every word one of the predicates here holds for, in some case.</summary>
    public static IEnumerable<string> Words => Forms.Words.Concat(AllForms.Words).Concat(SpeechVerbs.Words);

    private static WordList BuildForms()
    {
        HashSet<string> forms = Inflect(Verbs);

        // Verbs that report only in a phrase ("point out") are kept for the phrase finder; alone they are too common.
        forms.ExceptWith(["point", "points", "pointed", "pointing", "call", "calls", "called", "calling", "order", "orders", "ordered",
            "show", "shows", "showed", "shown", "find", "finds", "found", "rule", "rules", "ruled", "post", "posts", "posted", "text",
            "texts", "update", "updates", "updated", "project", "projects", "detail", "details", "question", "questions", "message",
            "email", "emails", "phone", "radio", "cable", "label", "labels", "feeling", "feelings", "thinking", "reason", "reasons",
            "estimate", "estimates", "comment", "comments", "report", "reports", "charge", "charges", "answer", "answers",
            "hope", "hopes", "fear", "fears", "order", "demand", "demands", "promise", "promises", "pledge", "pledges", "praise",
            "blame", "grant", "grants", "signal", "signals", "witness", "brief", "briefs", "alert", "alerts", "leak", "leaks",
            "outline", "outlines", "summarize", "worry", "worries", "ruling", "finding", "findings", "writing", "writings",
            "continue", "continues", "continuing", "begin", "beginning", "read", "reading", "put", "putting", "offer", "offering",
            "sum", "summing", "smile", "smiles", "smiling", "laugh", "laughs", "laughing", "rage", "offered", "began", "begins",
            "puts", "reads", "sigh", "shrug", "counter", "counters", "note", "notes", "state", "states", "add", "adds", "post",
            "claim", "claims", "report", "reply", "replies", "vow", "vows", "request", "joke", "jokes", "question"]);
        return new WordList(forms, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every form of the base verbs given: the irregular ones from the table, the others by rule.</summary>
    public static HashSet<string> Inflect(string[] verbs)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach ((string verb, string[] inflected) in Irregular)
        {
            irregular[verb] = inflected;
        }

        foreach (string verb in verbs)
        {
            forms.Add(verb);
            if (irregular.TryGetValue(verb, out string[]? inflected))
            {
                forms.UnionWith(inflected);
                continue;
            }

            forms.Add(ThirdPerson(verb));
            forms.Add(Past(verb));
            forms.Add(Gerund(verb));
        }

        return forms;
    }

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
            ? verb + "es"
            : verb.EndsWith('y') && !IsVowel(verb[^2]) ? verb[..^1] + "ies" : verb + "s";

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d" : verb.EndsWith('y') && !IsVowel(verb[^2]) ? verb[..^1] + "ied" : verb + "ed";

    private static string Gerund(string verb) =>
        verb.EndsWith("ee", StringComparison.Ordinal) ? verb + "ing" : verb.EndsWith('e') ? verb[..^1] + "ing" : verb + "ing";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
