using System.Text.Json;

namespace NewsText.Tests.Packaging;

/// <summary>The JSON the CLI writes and callers read: camelCase, enums as strings, lossless both ways.</summary>
public sealed class JsonTests
{
    private static Article HandBuilt() => new()
    {
        Title = "Harbor City Votes",
        TitleSpan = new TextSpan(0, 17),
        Dek = "A plan after a decade",
        DekSpan = new TextSpan(19, 21),
        Authors = ["Maria Okafor"],
        AuthorSpans = [new TextSpan(45, 12)],
        Published = "2019-11-19T16:02",
        PublishedSpan = new TextSpan(60, 28),
        Dateline = "HARBOR CITY (Reuters)",
        DatelineSpan = new TextSpan(90, 21),
        Paragraphs = [new TextSegment("HARBOR CITY (Reuters) — The council voted.", 90, 42)],
        Quotes =
        [
            new Quote("We are done", 140, 11, QuoteKind.Direct, new TextSegment("said", 160, 4), new QuoteSpeaker("Elena Brandt", new TextSegment("Brandt", 153, 6))),
            new Quote("the plan was rushed", 180, 19, QuoteKind.Indirect, null, null),
        ],
        Speakers = [new Speaker("Elena Brandt", "Mayor", null, ["Brandt"], [0])],
        Removed = [new RemovedText("Share on Facebook", 200, 17, RemovalKind.Share, "share or follow button")],
        Diagnostics = ["a note"],
    };

    [Fact]
    public void An_article_round_trips_losslessly()
    {
        string json = NewsTextJson.Serialize(HandBuilt());

        string again = NewsTextJson.Serialize(NewsTextJson.Deserialize(json));

        Assert.Equal(json, again);
    }

    [Fact]
    public void Names_are_camel_case_and_enums_are_camel_case_strings()
    {
        using JsonDocument json = JsonDocument.Parse(NewsTextJson.Serialize(HandBuilt()));
        JsonElement root = json.RootElement;

        Assert.Equal("Harbor City Votes", root.GetProperty("title").GetString());
        Assert.Equal(0, root.GetProperty("titleSpan").GetProperty("start").GetInt32());
        Assert.Equal("direct", root.GetProperty("quotes")[0].GetProperty("kind").GetString());
        Assert.Equal("Brandt", root.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal("share", root.GetProperty("removed")[0].GetProperty("kind").GetString());
        Assert.Equal("share or follow button", root.GetProperty("removed")[0].GetProperty("reason").GetString());
        Assert.False(root.GetProperty("paragraphs")[0].TryGetProperty("span", out _));
    }

    [Fact]
    public void The_options_are_read_only_and_the_resolver_chains()
    {
        Assert.True(NewsTextJson.Options.IsReadOnly);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(NewsTextJson.TypeInfoResolver),
        };

        string json = JsonSerializer.Serialize(HandBuilt(), options);

        Assert.Contains("\"title\":\"Harbor City Votes\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serialize_writes_what_the_public_options_write(bool indented)
    {
        // Serialize sets the encoder on its writer to reach the generated fast path; callers of the public options get
        // the same JSON: apostrophes, dashes, accents and "<&>" unescaped, only what JSON requires escaped.
        Article article = Article.Parse("Café owners’ “plan” <&> is ‘done’\n\nBy Zoë O'Neil\n\nThe council – at last – said \"yes\" to the plan, and the mayor said it was done.");
        var options = new JsonSerializerOptions(NewsTextJson.Options) { WriteIndented = indented };

        string json = NewsTextJson.Serialize(article, indented);
        using var stream = new MemoryStream();
        NewsTextJson.Serialize(stream, article, indented);

        Assert.Equal(JsonSerializer.Serialize(article, options), json);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Contains("Café owners’ “plan” <&>", json, StringComparison.Ordinal);
        Assert.Contains("\\\"yes\\\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_gets_the_json_in_chunks_not_a_write_per_value()
    {
        // The serializer flushes after every span and enum it writes; a write to the stream for each flush cost a file
        // about forty system calls per article.
        string text = "Council Votes on the Barrier\n\n" + string.Concat(Enumerable.Range(0, 400).Select(i =>
            $"“We voted {i} times,” Mayor Elena Brandt said on Tuesday, and the council agreed to meet again.\n\n"));
        Article article = Article.Parse(text);
        using var stream = new WriteCountingStream();

        NewsTextJson.Serialize(stream, article);

        byte[] expected = System.Text.Encoding.UTF8.GetBytes(NewsTextJson.Serialize(article));
        Assert.Equal(expected, stream.ToArray());
        Assert.True(expected.Length > 64 * 1024, $"the JSON should span several chunks, not {expected.Length} bytes");
        Assert.True(stream.Writes.Count > 1);
        Assert.All(stream.Writes.SkipLast(1), size => Assert.True(size >= 8 * 1024, $"a write of {size} bytes"));
    }

    private sealed class WriteCountingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }
    }

    [Fact]
    public void Null_arguments_throw_with_the_parameter_name()
    {
        Assert.Equal("article", Assert.Throws<ArgumentNullException>(() => NewsTextJson.Serialize(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => NewsTextJson.Deserialize(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Article.Parse(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new NewsTextParser().Parse(null!)).ParamName);
        Assert.Equal("paragraphs", Assert.Throws<ArgumentNullException>(() => new NewsText.Attribution.AttributionExtractor().Extract("x", null!)).ParamName);
    }
}
