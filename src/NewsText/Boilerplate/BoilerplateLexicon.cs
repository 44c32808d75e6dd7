using System.Collections.Frozen;
using System.Numerics;
using System.Text;
using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Recognises the short labels and prompts that page chrome is made of ("Share on Facebook", "858 SHARES",
/// "Comments (12)", "Sign up for our newsletter", "© 2019 ..."). Looks only at short blocks and compares without
/// regard to case, so it neither copies nor allocates.
/// </summary>
internal static class BoilerplateLexicon
{
    private const int MaxLabelLength = 160;
    private const int MaxPromptLength = 800;

    /// <summary>Blocks that are nothing but one of these words (counts and punctuation aside).</summary>
    internal static readonly FrozenDictionary<string, RemovalKind> ExactLabels = BuildExactLabels();

    /// <summary>
    /// The labels of <see cref="ExactLabels"/> in ASCII, each with its kind plus one: what a block in ASCII is looked up
    /// in, without the dictionary's hashing and indirections.
    /// </summary>
    private static readonly AsciiWordTable AsciiLabels = AsciiWordTable.TryCreate(
        ExactLabels.Where(l => Ascii.IsValid(l.Key)).Select(l => (l.Key, (int)l.Value + 1)))!;

    /// <summary>Blocks that start with one of these.</summary>
    private static readonly (string Prefix, RemovalKind Kind)[] Prefixes =
    [
        ("share on ", RemovalKind.Share), ("share to ", RemovalKind.Share), ("share via ", RemovalKind.Share),
        ("share this", RemovalKind.Share), ("follow us", RemovalKind.Share), ("follow @", RemovalKind.Share),
        ("click to share", RemovalKind.Share), ("tweet this", RemovalKind.Share), ("email this", RemovalKind.Share),
        ("sign up for", RemovalKind.Newsletter), ("subscribe to", RemovalKind.Newsletter), ("subscribe for", RemovalKind.Newsletter),
        ("get our ", RemovalKind.Newsletter), ("join the ", RemovalKind.Newsletter), ("want more", RemovalKind.Newsletter),
        ("thanks for signing up", RemovalKind.Newsletter), ("enter your email", RemovalKind.Newsletter),
        ("read more", RemovalKind.ReadMore), ("continue reading", RemovalKind.ReadMore), ("read the full", RemovalKind.ReadMore),
        ("click here", RemovalKind.ReadMore), ("see also", RemovalKind.Related), ("also read", RemovalKind.Related),
        ("also:", RemovalKind.Related), ("related:", RemovalKind.Related), ("related post", RemovalKind.Related),
        ("related stor", RemovalKind.Related), ("related articles", RemovalKind.Related), ("related content", RemovalKind.Related),
        ("related roundup", RemovalKind.Related), ("related topics", RemovalKind.Tags), ("related tags", RemovalKind.Tags),
        ("more on:", RemovalKind.Related), ("most popular", RemovalKind.Related), ("other news", RemovalKind.Related),
        ("related links", RemovalKind.Related), ("latest news", RemovalKind.Related), ("latest headlines", RemovalKind.Related), ("more from", RemovalKind.Related), ("more stories", RemovalKind.Related),
        ("you may also like", RemovalKind.Related), ("you might also like", RemovalKind.Related), ("recommended for you", RemovalKind.Related),
        ("don't miss", RemovalKind.Related), ("don’t miss", RemovalKind.Related), ("watch:", RemovalKind.Related),
        ("tags:", RemovalKind.Tags), ("tag:", RemovalKind.Tags), ("topics:", RemovalKind.Tags), ("filed under", RemovalKind.Tags),
        ("categories:", RemovalKind.Tags), ("posted in", RemovalKind.Tags),
        ("leave a comment", RemovalKind.Comments), ("leave a reply", RemovalKind.Comments), ("post a comment", RemovalKind.Comments),
        ("add a comment", RemovalKind.Comments), ("view comments", RemovalKind.Comments), ("show comments", RemovalKind.Comments),
        ("top rated comments", RemovalKind.Comments), ("join the conversation", RemovalKind.Comments),
        ("copyright", RemovalKind.Footer), ("privacy policy", RemovalKind.Footer), ("terms of use", RemovalKind.Footer),
        ("terms of service", RemovalKind.Footer), ("terms & conditions", RemovalKind.Footer), ("terms and conditions", RemovalKind.Footer),
        ("contact us", RemovalKind.Footer), ("about us", RemovalKind.Footer), ("back to top", RemovalKind.Navigation),
        ("skip to ", RemovalKind.Navigation), ("go to home", RemovalKind.Navigation), ("you are at:", RemovalKind.Navigation),
        ("image copyright", RemovalKind.Credit), ("image caption", RemovalKind.Caption), ("photo:", RemovalKind.Credit),
        ("photo by", RemovalKind.Credit), ("photograph:", RemovalKind.Credit), ("image:", RemovalKind.Credit),
        ("credit:", RemovalKind.Credit), ("credit...", RemovalKind.Credit), ("(photo", RemovalKind.Credit), ("(image", RemovalKind.Credit),
        ("file photo", RemovalKind.Caption), ("advertisement", RemovalKind.Advertisement), ("sponsored", RemovalKind.Advertisement),
        ("story continues below", RemovalKind.Advertisement), ("article continues below", RemovalKind.Advertisement),
    ];

    /// <summary>Phrases that mark a block as chrome wherever they stand in it.</summary>
    private static readonly (string Phrase, RemovalKind Kind)[] Contained =
    [
        ("all rights reserved", RemovalKind.Footer), ("registered trademark", RemovalKind.Footer), ("trademarks of", RemovalKind.Footer),
        ("information provided on this", RemovalKind.Footer), ("not been evaluated by the food", RemovalKind.Footer),
        ("affiliate commission", RemovalKind.Advertisement), ("earn a commission", RemovalKind.Advertisement),
        ("earn an affiliate", RemovalKind.Advertisement), ("javascript", RemovalKind.Footer), ("your browser", RemovalKind.Footer), ("privacy policy", RemovalKind.Footer), ("terms of use", RemovalKind.Footer),
        ("use cookies", RemovalKind.Cookie), ("uses cookies", RemovalKind.Cookie), ("necessary cookies", RemovalKind.Cookie),
        ("cookies to ", RemovalKind.Cookie), ("consent to", RemovalKind.Cookie), ("privacy overview", RemovalKind.Cookie), ("use of cookies", RemovalKind.Cookie), ("cookie policy", RemovalKind.Cookie),
        ("accept cookies", RemovalKind.Cookie), ("cookie settings", RemovalKind.Cookie),
        ("newsletter", RemovalKind.Newsletter), ("subscribe to our", RemovalKind.Newsletter), ("join our", RemovalKind.Newsletter), ("sign up to receive", RemovalKind.Newsletter), ("unsubscribe at any time", RemovalKind.Newsletter),
        ("getty images", RemovalKind.Credit), ("/afp", RemovalKind.Credit), ("/reuters", RemovalKind.Credit), ("/ap photo", RemovalKind.Credit),
        ("associated press photo", RemovalKind.Credit), ("shutterstock", RemovalKind.Credit),
    ];

    private static readonly PrefixList PrefixList = new(Array.ConvertAll(Prefixes, p => p.Prefix));

    private static readonly PhraseSet ContainedPhrases = new(Array.ConvertAll(Contained, c => c.Phrase));

    /// <summary>
    /// The phrases of <see cref="Contained"/> up to its last cookie or footer phrase. In a paragraph only these can
    /// decide: the first phrase in list order wins, and a paragraph stays one unless that phrase is a cookie notice's
    /// or a footer's.
    /// </summary>
    private static readonly PhraseSet ParagraphPhrases = new(
        Array.ConvertAll(Contained[..(Array.FindLastIndex(Contained, c => c.Kind is RemovalKind.Cookie or RemovalKind.Footer) + 1)], c => c.Phrase));

    /// <summary>Bits set at <see cref="ShapeHash"/> of each exact label: most blocks are ruled out by one look.</summary>
    private static readonly ulong[] ExactLabelShapes = ShapesOf(ExactLabels.Keys);

    /// <summary>
    /// Classifies a block whose features are known. A paragraph that mentions a newsletter or Getty Images is still a
    /// paragraph; only a cookie notice or footer phrase makes chrome of it.
    /// </summary>
    public static RemovalKind? Classify(ReadOnlySpan<char> block, in BlockFeatures features)
    {
        if (block.Length > MaxLabelLength && features.IsProse)
        {
            return block.Length <= MaxPromptLength && FirstContained(block, ParagraphPhrases) is RemovalKind kind
                && kind is RemovalKind.Cookie or RemovalKind.Footer ? kind : null;
        }

        return Classify(block);
    }

    /// <summary>Returns the kind of chrome the block is, or null when it is not recognisably chrome.</summary>
    public static RemovalKind? Classify(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxPromptLength)
        {
            return null;
        }

        if (block.Length <= MaxLabelLength)
        {
            ReadOnlySpan<char> core = TrimToLetters(block);
            if (core.IsEmpty)
            {
                return null;
            }

            if (LookupExact(core) is RemovalKind exact)
            {
                return exact;
            }

            if (FirstPrefix(block, core) is int prefix)
            {
                return Prefixes[prefix].Kind;
            }

            // The bracket, which case does not change, turns nearly every block away before the runtime's comparison.
            if (block[0] == '©' || (block[0] == '(' && block.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase)))
            {
                return RemovalKind.Footer;
            }

            if (IsLabelsBetweenBars(block) || IsArrowLink(block))
            {
                return RemovalKind.Navigation;
            }
        }

        return FirstContained(block, ContainedPhrases);
    }

    /// <summary>
    /// "Login With Facebook | Login With Twitter | Login | Register", "Home | News | Sport | Contact": a line of three or
    /// more parts between bars, half of them or more the labels of page chrome, is a menu printed on one line. A
    /// headline with a section or site name ("Opinion | The harbor can wait | The Courier") has one label at most.
    /// </summary>
    private static bool IsLabelsBetweenBars(ReadOnlySpan<char> block)
    {
        // Nearly every block holds no bar, which a search for one character tells at the least cost.
        if (!block.Contains('|'))
        {
            return false;
        }

        int parts = 0, labels = 0;
        ReadOnlySpan<char> rest = block;
        while (true)
        {
            int bar = rest.IndexOf('|');
            ReadOnlySpan<char> core = TrimToLetters(bar < 0 ? rest : rest[..bar]);
            parts++;
            if (!core.IsEmpty && LookupExact(core) is not null)
            {
                labels++;
            }

            if (bar < 0)
            {
                break;
            }

            rest = rest[(bar + 1)..];
        }

        return parts >= 3 && labels >= 2 && labels * 2 >= parts;
    }

    /// <summary>
    /// "View Full Schedule »", "Colunistas »", "Next Post ›": a short line that ends with an arrow of angle quotes is a
    /// link. A closing guillemet ends a quotation instead («…»), so a line with an opening one is not.
    /// </summary>
    private static bool IsArrowLink(ReadOnlySpan<char> block)
    {
        ReadOnlySpan<char> trimmed = block.TrimEnd();
        return trimmed.Length > 1 && trimmed[^1] is '»' or '›' && trimmed.IndexOfAny('«', '‹') < 0;
    }

    /// <summary>The kind of the first phrase of <paramref name="phrases"/>, a prefix of <see cref="Contained"/>, in the block.</summary>
    private static RemovalKind? FirstContained(ReadOnlySpan<char> block, PhraseSet phrases)
    {
        // The first phrase in list order wins, as the list puts the more telling phrases first.
        for (ulong found = phrases.Find(block); found != 0; found &= found - 1)
        {
            RemovalKind kind = Contained[BitOperations.TrailingZeroCount(found)].Kind;
            if (kind != RemovalKind.Credit || block.Length <= MaxLabelLength)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The first prefix in list order that starts the block or its letters.</summary>
    private static int? FirstPrefix(ReadOnlySpan<char> block, ReadOnlySpan<char> core)
    {
        // Most blocks open with a letter, and their letters start where they do: a prefix that starts the letters then
        // starts the block, so that the block's first prefix is the first of both, and one look is enough. Only a block
        // that opens with a mark or a figure ("858 SHARES", "[ 167 comments ]") has letters with prefixes of their own.
        int first = char.IsLetter(block[0]) ? FirstPrefix(block) : Math.Min(FirstPrefix(block), FirstPrefix(core));
        return first == int.MaxValue ? null : first;
    }

    private static int FirstPrefix(ReadOnlySpan<char> text) => PrefixList.FirstMatch(text) is int i and >= 0 ? i : int.MaxValue;

    private static int Slot(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c < 0x80 ? c : 0;

    // "858 SHARES", "Comments (12)", "[ 167 comments ]", "Share:" all reduce to their words.
    private static ReadOnlySpan<char> TrimToLetters(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        int end = text.Length;
        while (end > start && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>The kind of the label that <paramref name="core"/> is (see <see cref="ExactLabels"/>), ignoring case, or null.</summary>
    internal static RemovalKind? LookupExact(ReadOnlySpan<char> core)
    {
        if (!MayBeExactLabel(core))
        {
            return null;
        }

        // Ignoring case, no character outside ASCII equals an ASCII one: a block in ASCII can only be a label in ASCII,
        // and any other block may be one of the others, which only the dictionary holds.
        if (Ascii.IsValid(core))
        {
            return AsciiLabels.ValueOf(core) is int value and > 0 ? (RemovalKind)(value - 1) : null;
        }

        return ExactLabels.TryGetWord(core, out RemovalKind kind) ? kind : null;
    }

    /// <summary>
    /// Whether an exact label has the length and the first and last letters (ignoring case) of <paramref name="core"/>;
    /// may say yes wrongly, never no. Letters outside ASCII, whose case the table does not fold, always pass.
    /// </summary>
    private static bool MayBeExactLabel(ReadOnlySpan<char> core)
    {
        if ((core[0] | core[^1]) >= 0x80)
        {
            return true;
        }

        uint h = ShapeHash(core);
        return ((ExactLabelShapes[h >> 6] >> (int)h) & 1) != 0;
    }

    private static uint ShapeHash(ReadOnlySpan<char> core) =>
        ((uint)((core.Length << 14) | (Slot(core[0]) << 7) | Slot(core[^1])) * 2654435769u) >> (32 - 12);

    private static ulong[] ShapesOf(IEnumerable<string> labels)
    {
        var shapes = new ulong[4096 / 64];
        foreach (string label in labels)
        {
            uint h = ShapeHash(label);
            shapes[h >> 6] |= 1UL << (int)h;
        }

        return shapes;
    }

    private static FrozenDictionary<string, RemovalKind> BuildExactLabels()
    {
        var labels = new Dictionary<string, RemovalKind>(StringComparer.Ordinal);
        void Add(RemovalKind kind, params string[] words)
        {
            foreach (string word in words)
            {
                labels[word] = kind;
            }
        }

        Add(RemovalKind.Share, "share", "shares", "share this", "share this article", "share this story", "share article", "sharing is caring",
            "tweet", "email", "e-mail", "print", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "reddit", "flipboard",
            "mix", "messenger", "google", "tumblr", "stumbleupon", "blogger", "sms", "copy link", "copy", "link", "save",
            "facebooktwitterpinterestemail", "facebook twitter email", "share permalink", "x share via", "more", "comment", "embed",
            "instagram", "youtube", "rss", "telegram", "vk", "viber", "pocket", "flip", "gift this article", "report", "get short url",
            "partager", "partager cet article", "teilen", "artikel teilen", "compartir", "condividi", "compartilhar", "delen");
        Add(RemovalKind.Navigation, "home", "menu", "search", "log in", "login", "log out", "sign in", "sign out", "register",
            "close", "next", "previous", "prev", "back", "skip to content", "skip to main content", "main menu", "sections",
            "jump to navigation", "jump to content", "jump to main content", "site index", "navigation", "open menu",
            "close menu", "toggle navigation", "search in posts", "search in pages",
            "alerts", "mobile", "my account", "account", "settings", "help", "all", "video", "videos", "photo", "photos", "news",
            "live", "watch live", "listen live", "world", "business", "politics", "sport",
            "sports", "opinion", "entertainment", "lifestyle", "technology", "tech", "science", "health", "travel", "culture",
            "local", "columnists", "article", "up next", "next post", "previous post", "post navigation", "next article",
            "previous article", "back to overview", "zurück zur übersicht", "browse all posts", "all posts", "more news", "newsletters", "podcasts", "shop", "deals");
        Add(RemovalKind.Newsletter, "subscribe", "subscribe now", "sign up", "newsletter", "newsletters", "see all newsletters", "join");
        Add(RemovalKind.Advertisement, "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "promoted",
            "paid content", "partner content", "advertising", "story continues below advertisement",
            // The same label on pages in other languages: French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian.
            "publicité", "anzeige", "werbung", "publicidad", "pubblicità", "publicidade", "advertentie", "reklama", "реклама");
        Add(RemovalKind.Related, "related", "related links", "latest", "latest news", "latest headlines", "top stories", "top news",
            "other news", "other news in this section", "more news", "also in the news", "breaking news", "news feed",
            "most popular in the section", "related stories", "related articles", "related posts", "related content", "read next",
            "recommended", "recommends", "you may also like", "you might also like", "trending", "trending now", "trending news",
            "most popular", "most read", "most viewed", "popular", "more stories", "more from", "what to read next", "read this next",
            "editor's picks", "editors' picks", "top picks", "in case you missed it", "also on", "see more", "view more", "load more",
            "show more", "more on this story", "around the web", "from the web", "promoted stories");
        Add(RemovalKind.ReadMore, "read more", "continue reading", "continue reading the main story", "read full article",
            "read the full story", "full story", "keep reading", "read on", "view all", "see all");
        Add(RemovalKind.Comments, "comments", "comment", "leave a comment", "leave a reply", "post a comment", "add comment",
            "view comments", "show comments", "hide comments", "reply", "replies", "top rated comments", "newest", "oldest",
            "sort by", "join the discussion", "discussion", "disqus",
            "commentaires", "réagir", "kommentare", "comentarios", "commenti", "comentários", "reacties");
        Add(RemovalKind.Tags, "tags", "tag", "topics", "related topics", "related tags", "filed under", "categories", "category");
        Add(RemovalKind.Footer, "privacy", "privacy policy", "terms", "terms of use", "terms of service", "cookie policy", "contact",
            "contact us", "about", "about us", "careers", "sitemap", "site map", "faq", "imprint", "impressum", "disclaimer");
        Add(RemovalKind.Cookie, "accept", "accept all", "i agree", "agree", "reject all", "manage cookies", "cookie settings", "got it", "ok");
        Add(RemovalKind.Credit, "enlarge image", "enlarge", "expand", "image", "file photo", "zoom", "credit", "photo credit");
        return labels.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
