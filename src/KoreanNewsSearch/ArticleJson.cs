using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KoreanNewsSearch;

/// <summary>The JSON form of articles: camelCase names, ISO 8601 times with offset, Korean left unescaped.</summary>
public static class ArticleJson
{
    /// <summary>Serializer options for articles and search results.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Output goes to files and terminals, never into HTML: keep Korean and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
        // Articles from compile-time metadata; anything else (results, stats) by reflection as before.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ArticleJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>Indented variant of <see cref="Options"/>, for people.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = new(Options) { WriteIndented = true };

    /// <summary>Serializes one article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Pretty-print.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(NewsArticle article, bool indented = false) =>
        JsonSerializer.Serialize(article, indented ? IndentedOptions : Options);

    /// <summary>
    /// <see cref="Serialize"/>'s text as UTF-8: the form the index stores, which reads back without a detour through
    /// UTF-16 (<see cref="Deserialize(ReadOnlySpan{byte})"/>).
    /// </summary>
    internal static byte[] SerializeToUtf8(NewsArticle article) => JsonSerializer.SerializeToUtf8Bytes(article, Options);

    /// <summary>Reads an article from the UTF-8 JSON that <see cref="SerializeToUtf8"/> wrote.</summary>
    internal static NewsArticle Deserialize(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<NewsArticle>(utf8, Options) ?? throw new JsonException("null article");

    /// <summary>Reads an article written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    public static NewsArticle Deserialize(string json) =>
        JsonSerializer.Deserialize<NewsArticle>(json, Options) ?? throw new JsonException("null article");
}
