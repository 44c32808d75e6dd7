namespace NewsText;

/// <summary>A person or organisation quoted in the article, resolved across all its mentions.</summary>
/// <param name="Name">The fullest form of the name in the article ("Donald Trump").</param>
/// <param name="Title">The title or role the article gives, such as "U.S. President" or "spokesperson"; null when none.</param>
/// <param name="Organization">The organisation the speaker speaks for, such as "Kremlin"; null when none.</param>
/// <param name="Aliases">Other forms the article uses ("Trump"), without the canonical name.</param>
/// <param name="Quotes">Indexes into <see cref="Article.Quotes"/> of the quotes attributed to this speaker.</param>
public sealed record Speaker(
    string Name,
    string? Title,
    string? Organization,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<int> Quotes);
