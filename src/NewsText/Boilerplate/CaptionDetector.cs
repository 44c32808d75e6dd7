using NewsText.Text;

namespace NewsText.Boilerplate;

/// <summary>
/// Recognises photo captions and author notes that sit among the paragraphs: "(Photo: Getty Images)",
/// "1of4A shopper looks at…", "Jane is a reporter for The Post."
/// </summary>
internal static class CaptionDetector
{
    /// <summary>The phrases that mark a photo credit, lower-cased; each must keep a tell of <see cref="CreditTells"/> at its start.</summary>
    internal static readonly string[] Credits =
    [
        "(photo", "(image", "(credit", "(pictured", "(getty", "(ap photo", "(reuters", "(afp", "photo by ", "photo credit",
        "photograph by", "image credit", "(file photo", "(screenshot", "(illustration",
    ];

    private static readonly string[] SlideWords = ["image", "photo", "slide", "picture"];

    private static readonly PhraseSet CreditMarkers = new(WithTells(Credits));

    private static readonly PhraseSet BioRoles = new(
        "reporter", "writer", "editor", "correspondent", "contributor", "journalist", "columnist", "producer", "author of");

    public const int MaxCaptionLength = 400;

    // "(Photos by Richard Shotwell, left, and Mark Von Holden/Invision/AP)", brackets included.
    private const int MaxNamedCreditLength = 80;

    // "Photo: Jane Doe/Reuters": a labelled credit is a name or two and an agency.
    private const int MaxLabelledCreditLength = 40;

    public static bool IsCaption(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxCaptionLength)
        {
            return false;
        }

        if (IsImageDescription(block))
        {
            return true;
        }

        // Slideshows number their captions: "1of4", "2 of 12", "Image 1 of 13".
        ReadOnlySpan<char> counted = WithoutSlideWord(block);
        int digits = 0;
        while (digits < counted.Length && char.IsAsciiDigit(counted[digits]))
        {
            digits++;
        }

        if (digits > 0 && counted[digits..].TrimStart().StartsWith("of", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A credit closes a caption; "(Reuters)" at the start of a long paragraph is its dateline.
        ReadOnlySpan<char> end = block.Length <= 120 ? block : block[^60..];
        // A labelled credit's label holds a tell too ("Photo", "Image"), so most blocks are spared both looks.
        return (CreditTells.Any(end) && (CreditMarkers.ContainsAny(end) || EndsWithLabelledCredit(end))) || EndsWithNamedCredit(block);
    }

    /// <summary>Photo agencies, which credit a picture beside its photographer: "REUTERS/Jane Doe", "Jane Doe/AFP".</summary>
    private static readonly WordList PhotoAgencies = new(
        ["Reuters", "AP", "AFP", "EPA", "Getty", "Getty Images", "Bloomberg", "Shutterstock", "Xinhua", "Invision", "Sipa", "Alamy", "Corbis", "Zuma"],
        StringComparer.OrdinalIgnoreCase);

    // "Jane Doe/Getty Images": the credit is a few capitalised words.
    private const int MaxAgencyCreditWords = 4;

    /// <summary>
    /// "Tapie in 2008. REUTERS/Jane Doe", "The road is long.Jane Doe/Getty": a caption may close with the agency and
    /// the photographer joined by a slash, without brackets. One side of the slash is an agency, the words after it
    /// are capitalised and run to the end of the block; a slash in a menu ("News/Opinion") or a figure ("24/7")
    /// names no agency.
    /// </summary>
    /// <remarks>
    /// Asked only of the blocks that may be a headline or a paragraph, not of every block as
    /// <see cref="IsCaption"/> is: asked of every block, it cost the stripper some 3%.
    /// </remarks>
    public static bool EndsWithAgencyCredit(ReadOnlySpan<char> block)
    {
        if (block.Length > MaxCaptionLength)
        {
            return false;
        }

        int length = block.Length;
        while (length > 0 && block[length - 1] is ' ' or '.')
        {
            length--;
        }

        int slash = block[..length].LastIndexOf('/');
        return slash > 0 && IsCapitalisedWords(block[(slash + 1)..length]) && IsAgencyCredit(block[..slash], block[(slash + 1)..length]);
    }

    /// <summary>Whether <paramref name="credit"/> is a few words of letters, each capitalised: "Jane Doe", "Getty Images".</summary>
    private static bool IsCapitalisedWords(ReadOnlySpan<char> credit)
    {
        int words = 1;
        for (int i = 0; i < credit.Length; i++)
        {
            char c = credit[i];
            if (c == ' ')
            {
                if (++words > MaxAgencyCreditWords || i + 1 == credit.Length || !char.IsUpper(credit[i + 1]))
                {
                    return false;
                }
            }
            else if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !credit.IsEmpty && char.IsUpper(credit[0]);
    }

    /// <summary>Whether the word before a slash (perhaps glued to a sentence) and the words after it are an agency and a name.</summary>
    private static bool IsAgencyCredit(ReadOnlySpan<char> beforeSlash, ReadOnlySpan<char> after)
    {
        int start = beforeSlash.Length;
        while (start > 0 && char.IsLetter(beforeSlash[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> before = beforeSlash[start..];
        if (before is "Photo" or "PHOTO" && start >= 2 && beforeSlash[start - 1] == ' ')
        {
            // "AP Photo/Jane Doe": the agency's word comes before "Photo".
            return IsAgencyCredit(beforeSlash[..(start - 1)], after);
        }

        return !before.IsEmpty && char.IsUpper(before[0]) && (PhotoAgencies.Contains(before) || PhotoAgencies.Contains(after));
    }

    /// <summary>
    /// "[Verizon FiOS TV iPad app]": text browsers and pandoc show an image as its description in brackets, on a line
    /// of its own, where a browser shows the picture.
    /// </summary>
    private static bool IsImageDescription(ReadOnlySpan<char> block) =>
        block.Length > 2 && block[0] == '[' && block[^1] == ']' && block[1..^1].IndexOfAny('[', ']') < 0;

    /// <summary>
    /// "… on St Leonards Place, Edinburgh Photo: DEADLINE": a caption may close with a capitalised label, a colon and
    /// the credit's few words, starting with a capital, with no full stop after them.
    /// </summary>
    private static bool EndsWithLabelledCredit(ReadOnlySpan<char> end)
    {
        // The colon is looked for with one character's search, and only where a credit short enough would start.
        int tail = Math.Min(end.Length, MaxLabelledCreditLength + 3);
        int found = end[^tail..].LastIndexOf(':');
        int colon = end.Length - tail + found;
        if (found < 0 || colon == 0 || colon + 1 >= end.Length || end[colon + 1] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> credit = end[(colon + 2)..].TrimEnd();
        if (credit.IsEmpty || credit.Length > MaxLabelledCreditLength || !char.IsUpper(credit[0]) || credit[^1] is '.' or '?' or '!' or '"' or '”')
        {
            return false;
        }

        // The label is the letters before the colon: a page may put a no-break space before it.
        int labelStart = colon;
        while (labelStart > 0 && char.IsAsciiLetter(end[labelStart - 1]))
        {
            labelStart--;
        }

        // A label that opens the line heads a gallery ("Photos: Floods Hit the City") or is a credit line the lexicon knows.
        ReadOnlySpan<char> label = end[labelStart..colon];
        return labelStart > 0 && label is "Photo" or "Photos" or "Photograph" or "Photographs" or "Image" or "Images";
    }

    /// <summary>The block after the word that names a slideshow's frame, "Image 1 of 13" or "Photo 2 of 5", if it opens so.</summary>
    private static ReadOnlySpan<char> WithoutSlideWord(ReadOnlySpan<char> block)
    {
        // Every block is asked, and the first letter of the slide words turns most away before any comparison.
        if (block.IsEmpty || (block[0] | 0x20) is not ('i' or 'p' or 's'))
        {
            return block;
        }

        foreach (string word in SlideWords)
        {
            if (block.Length > word.Length && char.IsWhiteSpace(block[word.Length]) && block.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return block[(word.Length + 1)..].TrimStart();
            }
        }

        return block;
    }

    /// <summary>
    /// "... in Washington. (Jane Doe/Reuters)", "(NASA/JPL-Caltech/ASU)": a caption may close with its
    /// photographer and agency, or the agencies, in brackets, joined by a slash. A paragraph's closing bracket rarely
    /// holds a slash before a capital, and never one among figures ("$4.99/mo", "11/20/19").
    /// </summary>
    private static bool EndsWithNamedCredit(ReadOnlySpan<char> block)
    {
        // Every block that is no other caption is asked, and its last character but full stops and spaces turns
        // nearly all away.
        int length = block.Length;
        while (length > 0 && block[length - 1] is ' ' or '.')
        {
            length--;
        }

        if (length == 0 || block[length - 1] != ')')
        {
            return false;
        }

        ReadOnlySpan<char> trimmed = block[..length];

        int open = trimmed.LastIndexOf('(');
        if (open < 0 || trimmed.Length - open > MaxNamedCreditLength)
        {
            return false;
        }

        ReadOnlySpan<char> credit = trimmed[(open + 1)..^1];
        if (credit.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        for (int i = 1; i + 1 < credit.Length; i++)
        {
            if (credit[i] == '/' && char.IsLetter(credit[i - 1]) && char.IsUpper(credit[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The markers, each of which has a tell of <see cref="CreditTells"/> in its first three characters: the phrase
    /// search finds a marker only where those three are ASCII, so a block it finds one in has the tell too.
    /// </summary>
    private static string[] WithTells(string[] credits) =>
        Array.TrueForAll(credits, c => CreditTells.Any(c.AsSpan(0, Math.Min(3, c.Length))))
            ? credits : throw new InvalidOperationException("A credit marker lacks a tell CreditTells looks for in its first three characters.");

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
