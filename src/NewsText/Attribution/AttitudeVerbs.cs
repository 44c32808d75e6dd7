using NewsText.Text;

namespace NewsText.Attribution;

/// <summary>
/// Verbs that attribute a proposition, a stance or an intention to their subject without necessarily reporting
/// speech: "polls show …", "Trump wants …", "the senator endorsed …", "she declined to …". Attribution corpora
/// (PolNeAR) count these as cues. They are too common to introduce a direct quotation on their own, so only the
/// reported-speech finder uses them, and only with a subject before them and a clause or phrase after.
/// </summary>
internal static class AttitudeVerbs
{
    private static readonly string[] Verbs =
    [
        // perception, evidence and appearance
        "show", "find", "seem", "appear", "suggest", "indicate", "reveal", "demonstrate", "prove", "confirm", "see",
        "know", "learn", "discover", "realize", "realise", "recognize", "recognise", "understand", "notice", "hear", "read",
        // belief and expectation
        "believe", "think", "expect", "assume", "suspect", "doubt", "guess", "suppose", "consider", "regard", "view",
        "figure", "reckon", "bet", "imagine", "predict", "forecast", "project", "estimate", "calculate", "anticipate",
        // wish, intention and commitment
        "want", "wish", "hope", "plan", "intend", "aim", "seek", "try", "vow", "pledge", "promise", "threaten", "decide",
        "refuse", "decline", "agree", "offer", "prefer", "choose", "prepare", "push", "press", "fight", "need",
        // stance and evaluation
        "support", "back", "endorse", "oppose", "favor", "favour", "reject", "welcome", "applaud", "praise", "hail",
        "criticize", "criticise", "condemn", "denounce", "slam", "blast", "attack", "mock", "blame", "credit", "accuse",
        "defend", "question", "challenge", "dispute", "fear", "worry", "like", "love", "hate", "dislike", "trust",
        "approve", "disapprove", "celebrate", "regret", "lament", "dismiss", "ridicule", "tout", "champion", "embrace",
        "target", "cite", "quote", "highlight", "stress", "emphasize", "emphasise", "describe", "portray", "call", "dub",
        "label", "brand", "characterize", "characterise", "refer", "compare", "liken", "urge", "demand", "ask", "invite",
        "encourage", "advise", "recommend", "propose", "request", "thank", "congratulate", "apologize", "apologise",
        "concede", "admit", "acknowledge", "deny", "insist", "argue", "claim", "note", "add", "state", "report", "point",
        "raise", "express", "voice", "signal", "hint", "imply", "mean", "say", "tell", "warn", "caution", "remind",
        "explain", "announce", "declare", "write", "tweet", "post", "testify", "respond", "reply", "answer", "counter",
        "complain", "protest", "object", "allege", "assert", "maintain", "contend", "mention", "observe", "remark",
        "comment", "conclude", "determine", "rule", "order", "assure", "promote", "pitch", "insinuate", "joke", "boast",
    ];

    private static readonly WordList Forms = new(CueLexicon.Inflect(Verbs), StringComparer.OrdinalIgnoreCase);

    // Forms that are far more often nouns or adjectives than verbs, or auxiliaries in disguise.
    private static readonly WordList NotVerbs = new(
        ["back", "backs", "like", "need", "needs", "point", "points", "mean", "means", "fight", "fights", "post", "posts",
        "press", "bet", "bets", "rule", "rules", "order", "orders", "state", "states", "report", "reports", "target",
        "targets", "question", "questions", "view", "views", "plan", "plans", "aim", "aims", "trust", "favor", "favour",
        "support", "attack", "attacks", "call", "calls", "quote", "quotes", "love", "hate", "fear", "fears", "hope",
        "hopes", "wish", "credit", "answer", "answers", "request", "comment", "comments", "voice", "voices", "signal",
        "signals", "hint", "hints", "promise", "promises", "offer", "offers", "demand", "demands", "worry", "worries",
        "seeing", "meaning", "feeling", "reading", "understanding", "finding", "findings", "ruling", "backing", "learning",
        "hearing", "hearings", "thinking", "liking", "writing", "post", "figure", "figures", "estimate", "estimates",
        "forecast", "forecasts", "project", "projects", "challenge", "challenges", "dispute", "disputes", "protest",
        "protests", "object", "objects", "joke", "jokes", "brand", "brands", "label", "labels", "pitch", "push",
        "blast", "slam", "champion", "champions", "praise", "blame", "claim", "claims", "counter", "respond", "tweet",
        "tweets", "need", "try", "tries", "decline", "declines", "bet", "read", "reads"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word <see cref="Contains"/> holds for, in some case.</summary>
    public static IEnumerable<string> Words => Forms.Words;

    /// <summary>Whether <paramref name="word"/> is an inflected attitude verb (not a form more often a noun).</summary>
    public static bool Contains(ReadOnlySpan<char> word) =>
        word.Length is >= 3 and <= 16 && char.IsLower(word[0]) && Forms.Contains(word) && !NotVerbs.Contains(word);
}
