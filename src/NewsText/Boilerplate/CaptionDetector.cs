using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Recognises photo captions and author notes that sit among the paragraphs: "(Photo: Getty Images)",
/// "1of4A shopper looks at…", "Jane is a reporter for The Post."
/// </summary>
internal static class CaptionDetector
{
    private static readonly string[] Credits =
    [
        "(photo", "(image", "(credit", "(pictured", "(getty", "(ap photo", "(reuters", "(afp", "photo by ", "photo credit",
        "photograph by", "image credit", "(file photo", "(screenshot", "(illustration",
    ];

    private static readonly PhraseSet CreditMarkers = new(WithTells(Credits));

    private static readonly PhraseSet BioRoles = new(
        "reporter", "writer", "editor", "correspondent", "contributor", "journalist", "columnist", "producer", "author of");

    public const int MaxCaptionLength = 400;

    public static bool IsCaption(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxCaptionLength)
        {
            return false;
        }

        // Slideshows number their captions: "1of4", "2 of 12".
        int digits = 0;
        while (digits < block.Length && char.IsAsciiDigit(block[digits]))
        {
            digits++;
        }

        if (digits > 0 && block[digits..].TrimStart().StartsWith("of", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A credit closes a caption; "(Reuters)" at the start of a long paragraph is its dateline.
        ReadOnlySpan<char> end = block.Length <= 120 ? block : block[^60..];
        return MayHoldCredit(end) && CreditMarkers.ContainsAny(end);
    }

    /// <summary>
    /// Every credit marker opens a bracket or names a photo or an image credit: three vectorised searches rule out
    /// nearly every block before the phrases are looked for one place at a time.
    /// </summary>
    private static bool MayHoldCredit(ReadOnlySpan<char> end) =>
        end.Contains('(') || end.Contains("photo", StringComparison.OrdinalIgnoreCase) || end.Contains("image credit", StringComparison.OrdinalIgnoreCase);

    private static string[] WithTells(string[] credits) =>
        Array.TrueForAll(credits, c => MayHoldCredit(c)) ? credits : throw new InvalidOperationException("A credit marker lacks the tells MayHoldCredit looks for.");

    /// <summary>"Julius is an LA entertainment reporter for Fox News.": one sentence saying who the author is.</summary>
    public static bool IsAuthorBio(ReadOnlySpan<char> block, BlockFeatures features)
    {
        if (features.Words > 40 || features.SentenceEnds > 2)
        {
            return false;
        }

        int verb = block.IndexOf(" is a", StringComparison.Ordinal);
        if (verb <= 0 || verb > 40)
        {
            return false;
        }

        return BioRoles.ContainsAny(block[..Math.Min(block.Length, MaxCaptionLength)]);
    }
}
