namespace NewsText.Boilerplate;

/// <summary>The sentence a person reads in <see cref="RemovedText.Reason"/> for each kind of removal.</summary>
internal static class RemovalReasons
{
    /// <summary>The reason of a block the stripper found no part for, outside the body it located.</summary>
    public const string OutsideBody = "outside the article body";

    // Each kind's sentence at the kind's value, then the other sentences the stripper gives: a removal keeps its
    // reason's place here rather than the string.
    private static readonly string[] Sentences = [.. Enum.GetValues<RemovalKind>().Select(SentenceOf), OutsideBody, "a link to another story, in capitals", ClosingCredit.Reason];

    /// <summary>Where the sentences that are no kind's own start among <see cref="Sentences"/>.</summary>
    private static readonly int OtherSentences = Enum.GetValues<RemovalKind>().Length;

    /// <summary>
    /// Where <paramref name="reason"/> stands among the sentences. One that is not there is added to
    /// <paramref name="others"/> (once), and its place counts on from the end of the sentences.
    /// </summary>
    public static int Place(RemovalKind kind, string reason, ref List<string>? others)
    {
        // Most reasons are the kind's own sentence, the very string the table holds.
        if ((uint)kind < (uint)Sentences.Length && ReferenceEquals(Sentences[(int)kind], reason))
        {
            return (int)kind;
        }

        // The stripper gives its other sentences as the very strings the table holds, and most blocks outside the body
        // have one: they are told by reference, where a search comparing strings took a score of comparisons a block.
        for (int i = OtherSentences; i < Sentences.Length; i++)
        {
            if (ReferenceEquals(Sentences[i], reason))
            {
                return i;
            }
        }

        int place = Array.IndexOf(Sentences, reason);
        if (place >= 0)
        {
            return place;
        }

        others ??= [];
        int other = others.IndexOf(reason);
        if (other < 0)
        {
            other = others.Count;
            others.Add(reason);
        }

        return Sentences.Length + other;
    }

    /// <summary>The reason at a <paramref name="place"/> that <see cref="Place"/> gave, with the same <paramref name="others"/>.</summary>
    public static string At(int place, IReadOnlyList<string>? others) => place < Sentences.Length ? Sentences[place] : others![place - Sentences.Length];

    /// <summary>The sentence of <paramref name="kind"/>, from the table: the stripper asks for one for most blocks.</summary>
    public static string For(RemovalKind kind) => (uint)kind < (uint)OtherSentences ? Sentences[(int)kind] : SentenceOf(kind);

    private static string SentenceOf(RemovalKind kind) => kind switch
    {
        RemovalKind.Title => "the headline",
        RemovalKind.RepeatedTitle => "the headline, printed again",
        RemovalKind.Dek => "the standfirst under the headline",
        RemovalKind.Teaser => "teaser: a copy of the start of a paragraph, cut short or verbatim",
        RemovalKind.Byline => "byline; the names went to the authors",
        RemovalKind.Avatar => "avatar alt-text; the name went to the authors",
        RemovalKind.Date => "the publication or update date",
        RemovalKind.Navigation => "navigation: a menu, breadcrumb or page link",
        RemovalKind.Share => "share or follow button",
        RemovalKind.Newsletter => "newsletter or subscription prompt",
        RemovalKind.Cookie => "cookie or consent notice",
        RemovalKind.ReadMore => "a read-more or continue-reading link",
        RemovalKind.Advertisement => "advertisement or sponsored label",
        RemovalKind.Related => "related or recommended stories",
        RemovalKind.Comments => "comment section",
        RemovalKind.Tags => "tags or topics",
        RemovalKind.Footer => "copyright, legal or footer line",
        RemovalKind.Caption => "photo or video caption",
        RemovalKind.Credit => "photo credit",
        RemovalKind.AuthorBio => "author box",
        RemovalKind.Duplicate => "a paragraph printed twice",
        _ => "outside the article body: page navigation, sidebars or lists",
    };
}
