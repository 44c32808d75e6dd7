namespace NewsText.Tests.Robustness;

/// <summary>What must hold of every parse, whatever the input.</summary>
internal static class ArticleInvariants
{
    public static void Check(string text, Article article)
    {
        CheckReaderText(text, article.Title, article.TitleSpan);
        CheckReaderText(text, article.Dek, article.DekSpan);
        CheckSpan(text, article.Dateline, article.DatelineSpan);
        Assert.Equal(article.Authors.Count, article.AuthorSpans.Count);
        for (int i = 0; i < article.Authors.Count; i++)
        {
            CheckSpan(text, article.Authors[i], article.AuthorSpans[i]);
        }

        if (article.PublishedSpan is TextSpan published)
        {
            Assert.InRange(published.End, published.Start, text.Length);
        }

        int previousEnd = 0;
        foreach (TextSegment paragraph in article.Paragraphs)
        {
            Assert.True(paragraph.Start >= previousEnd, "paragraphs overlap or are out of order");
            CheckReaderText(text, paragraph.Text, paragraph.Span);

            previousEnd = paragraph.Start + paragraph.Length;
        }

        foreach (RemovedText removed in article.Removed)
        {
            Assert.Equal(text.Substring(removed.Start, removed.Length), removed.Text);
        }

        foreach (Quote quote in article.Quotes)
        {
            Assert.Equal(text.Substring(quote.Start, quote.Length), quote.Text);
            if (quote.Cue is TextSegment cue)
            {
                Assert.Equal(text.Substring(cue.Start, cue.Length), cue.Text);
            }

            if (quote.Speaker is QuoteSpeaker speaker)
            {
                Assert.Equal(text.Substring(speaker.Mention.Start, speaker.Mention.Length), speaker.Mention.Text);
            }
        }

        foreach (Speaker speaker in article.Speakers)
        {
            Assert.All(speaker.Quotes, i => Assert.InRange(i, 0, article.Quotes.Count - 1));
        }
    }

    private static void CheckSpan(string text, string? value, TextSpan? span)
    {
        Assert.Equal(value is null, span is null);
        if (span is TextSpan s)
        {
            Assert.Equal(text.Substring(s.Start, s.Length), value);
        }
    }

    // What a reader sees of a span: its substring with each line break as one space and, where it holds Markdown,
    // only markup left out, nothing added.
    private static void CheckReaderText(string text, string? value, TextSpan? span)
    {
        Assert.Equal(value is null, span is null);
        if (span is not TextSpan s)
        {
            return;
        }

        string collapsed = Collapse(text.Substring(s.Start, s.Length));
        if (collapsed.IndexOfAny(MarkupCharacters) < 0)
        {
            Assert.Equal(collapsed, value);
        }
        else
        {
            Assert.True(IsSubsequence(value!, collapsed), $"'{value}' is not read from '{collapsed}'");
        }
    }

    private static readonly char[] MarkupCharacters = ['[', '!', '*', '_', '\\'];

    private static bool IsSubsequence(string part, string whole)
    {
        int at = 0;
        foreach (char c in part)
        {
            at = whole.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // A hard-wrapped paragraph's text is its substring with each line break (and the blanks around it) as one space.
    private static string Collapse(string substring)
    {
        if (substring.IndexOfAny(['\n', '\r', '\u2028', '\u2029']) < 0)
        {
            return substring;
        }

        var builder = new System.Text.StringBuilder();
        foreach (string line in substring.Split(['\n', '\r', '\u2028', '\u2029']))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0 || builder.Length == 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(builder.Length == 0 ? line.TrimEnd() : trimmed);
            }
        }

        return builder.ToString();
    }
}
