using System.Text.Json.Serialization;
using NewsText.Serialization;

namespace NewsText;

/// <summary>Why a piece of the input is not part of the article body.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RemovalKind>))]
public enum RemovalKind
{
    /// <summary>Text around the article that no more specific rule names: page chrome, sidebars, lists.</summary>
    OutsideArticle,
    /// <summary>The headline, kept as <see cref="Article.Title"/>.</summary>
    Title,
    /// <summary>The headline printed again.</summary>
    RepeatedTitle,
    /// <summary>The standfirst or summary under the headline, kept as <see cref="Article.Dek"/>.</summary>
    Dek,
    /// <summary>A copy of the dek or of the first paragraph, verbatim or cut short with an ellipsis.</summary>
    Teaser,
    /// <summary>A byline; the names go to <see cref="Article.Authors"/>.</summary>
    Byline,
    /// <summary>An avatar's alternative text such as "Liam Avatar".</summary>
    Avatar,
    /// <summary>A line that only gives the publication or update date.</summary>
    Date,
    /// <summary>Menus, breadcrumbs, section labels, "skip to content" links.</summary>
    Navigation,
    /// <summary>Share and follow buttons.</summary>
    Share,
    /// <summary>Newsletter and subscription prompts.</summary>
    Newsletter,
    /// <summary>Cookie and consent notices.</summary>
    Cookie,
    /// <summary>"Read more", "Continue reading" and similar links.</summary>
    ReadMore,
    /// <summary>Advertisement labels and sponsored content.</summary>
    Advertisement,
    /// <summary>Related, recommended and "more from" lists.</summary>
    Related,
    /// <summary>Comment sections and their prompts.</summary>
    Comments,
    /// <summary>Tag and topic lists.</summary>
    Tags,
    /// <summary>Copyright lines, legal links and other footer text.</summary>
    Footer,
    /// <summary>A photo or video caption.</summary>
    Caption,
    /// <summary>A photo credit.</summary>
    Credit,
    /// <summary>An author box or biography.</summary>
    AuthorBio,
    /// <summary>A block that repeats one already seen.</summary>
    Duplicate,
}
