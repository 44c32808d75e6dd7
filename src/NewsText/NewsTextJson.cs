using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsText.Serialization;

namespace NewsText;

/// <summary>
/// JSON for the result model, source-generated (no reflection; safe under trimming and AOT). Property names are
/// camelCase and enums are camelCase strings.
/// </summary>
public static class NewsTextJson
{
    // Output is for files and terminals, not for embedding in HTML, so apostrophes and non-ASCII letters stay as they are.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly NewsTextJsonContext Compact = CreateContext();

    // Serialize writes with the generated context's own options and sets the encoder and indentation on the writer:
    // System.Text.Json takes the source-generated fast path only for options equal to those the generator saw, and the
    // metadata-driven path it takes otherwise (as for the public Options, which carry the encoder) is several times slower.
    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = Encoder };
    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = Encoder, Indented = true };

    // The UTF-8 of the last article this thread serialised to a string, kept so the next one does not grow a buffer
    // again from nothing; one far larger than an article's JSON is let go rather than kept for the thread's life.
    private const int MaxKeptBuffer = 1 << 20;
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>Read-only options for compact JSON; pass them to <see cref="JsonSerializer"/> directly.</summary>
    public static JsonSerializerOptions Options => Compact.Options;

    /// <summary>
    /// The resolver for the model's types, to chain into your own options:
    /// <c>TypeInfoResolver = JsonTypeInfoResolver.Combine(NewsTextJson.TypeInfoResolver, MyContext.Default)</c>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Compact;

    /// <summary>Serializes <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter))
        {
            JsonSerializer.Serialize(writer, article, NewsTextJsonContext.Default.Article);
        }

        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > MaxKeptBuffer)
        {
            t_buffer = null;
        }

        return json;
    }

    /// <summary>Writes <paramref name="article"/> as JSON to a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(article);
        using var chunks = new StreamChunkWriter(utf8Json);
        using (var writer = new Utf8JsonWriter(chunks, indented ? IndentedWriter : CompactWriter))
        {
            JsonSerializer.Serialize(writer, article, NewsTextJsonContext.Default.Article);
        }

        chunks.Flush();
    }

    /// <summary>Reads an article written by <see cref="Serialize(Article, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not an article.</exception>
    public static Article Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Compact.Article)
            ?? throw new JsonException("The JSON is null, not an article.");
    }

    private static NewsTextJsonContext CreateContext()
    {
        var options = new JsonSerializerOptions(NewsTextJsonContext.Default.Options) { Encoder = Encoder };
        var context = new NewsTextJsonContext(options);
        options.MakeReadOnly();
        return context;
    }
}
