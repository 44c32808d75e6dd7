using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

public sealed class ParagraphContextPoolTests
{
    [Fact]
    public void A_reused_context_holds_only_its_new_paragraph()
    {
        string text = "“We cannot wait,” Mayor Ana Ruiz said. The council voted. “It is safe,” he said. Officials agreed.\n\nShort one.";
        int firstLength = text.IndexOf('\n');
        var first = new TextSegment(text[..firstLength], 0, firstLength);
        var second = new TextSegment("Short one.", text.LastIndexOf('\n') + 1, "Short one.".Length);

        ParagraphContextPool pool = ParagraphContextPool.Rent();
        pool.Fill(text, first);
        pool.Return();
        pool = ParagraphContextPool.Rent();
        ParagraphContext reused = pool.Fill(text, second);
        ParagraphContext fresh = ParagraphContext.Of(text, second);

        Assert.Equal(fresh.Tokens, reused.Tokens);
        Assert.Equal(fresh.Sentences, reused.Sentences);
        Assert.Equal(fresh.Quotes, reused.Quotes);
        Assert.Equal((fresh.Start, fresh.End), (reused.Start, reused.End));
        Assert.Single(pool.InUse);
        pool.Return();
    }
}
