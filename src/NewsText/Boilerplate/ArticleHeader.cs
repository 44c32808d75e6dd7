namespace NewsText.Boilerplate;

/// <summary>The fields read around the body, collected while one parse runs.</summary>
internal sealed class ArticleHeader
{
    public TextSpan? Title { get; set; }

    public TextSpan? Dek { get; set; }

    public List<TextSpan> Authors { get; } = [];

    public DateMatch? Published { get; set; }

    public TextSpan? Dateline { get; set; }

    /// <summary>Adds an author unless the same name (ignoring case) is already there.</summary>
    public void AddAuthor(string text, TextSpan author)
    {
        ReadOnlySpan<char> name = text.AsSpan(author.Start, author.Length);
        foreach (TextSpan existing in Authors)
        {
            if (name.Equals(text.AsSpan(existing.Start, existing.Length), StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        Authors.Add(author);
    }
}
