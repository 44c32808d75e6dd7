namespace NewsText.Boilerplate;

/// <summary>The fields read around the body, collected while one parse runs.</summary>
internal sealed class ArticleHeader
{
    // The headline's letters and digits: a block with another count cannot repeat it, and is never read to check.
    private int _titleKeys;

    public TextSpan? Title { get; private set; }

    public void SetTitle(string text, TextSpan title)
    {
        Title = title;
        _titleKeys = LooseText.KeyCount(text.AsSpan(title.Start, title.Length));
    }

    /// <summary>Whether <paramref name="block"/> prints the headline again, loosely (case and punctuation aside).</summary>
    public bool IsTitleAgain(string text, in BlockInfo block) =>
        Title is TextSpan title && block.Features.LooseKeys == _titleKeys
        && LooseText.Equal(block.Block.Slice(text), text.AsSpan(title.Start, title.Length));

    public TextSpan? Dek { get; set; }

    public List<TextSpan> Authors { get; } = [];

    public DateMatch? Published { get; set; }

    public TextSpan? Dateline { get; set; }

    /// <summary>Adds the names of the block's byline.</summary>
    public void AddAuthors(string text, in BlockInfo block)
    {
        // By index: a foreach over the interface would box the list's enumerator.
        IReadOnlyList<TextSpan> authors = block.Authors(text);
        for (int i = 0; i < authors.Count; i++)
        {
            AddAuthor(text, authors[i]);
        }
    }

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
