namespace NewsText.Boilerplate;

/// <summary>The sentence a person reads in <see cref="RemovedText.Reason"/> for each kind of removal.</summary>
internal static class RemovalReasons
{
    public static string For(RemovalKind kind) => kind switch
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
