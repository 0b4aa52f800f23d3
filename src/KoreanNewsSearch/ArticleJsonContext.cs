using System.Text.Json.Serialization;

namespace KoreanNewsSearch;

/// <summary>
/// Compile-time JSON metadata for the stored article: reading the hits of a search needs no reflection and no
/// run-time generated code, which a short-lived <c>knews search</c> process otherwise pays for on every start.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NewsArticle))]
[JsonSerializable(typeof(IReadOnlyList<NewsArticle>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
