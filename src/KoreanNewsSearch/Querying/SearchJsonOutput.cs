using System.Text.Json;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// The <c>knews search --json</c> document: one object with the query, totals, hits and facets. The server's
/// <c>/api/search</c> writes the same one.
/// </summary>
internal static class SearchJsonOutput
{
    public static void Write(TextWriter output, SearchRequest request, SearchResults results)
    {
        var document = new Document(
            request.Query,
            results.Total,
            results.FoldedTotal,
            request.Offset,
            request.Limit,
            Math.Round(results.Elapsed.TotalMilliseconds, 1),
            results.Hits.Select(ToJson).ToList(),
            results.Facets is { } facets ? new Facets(facets.Sources, facets.Reporters, facets.Months, facets.Sections) : null,
            results.CorrectedQuery,
            results.Relaxed,
            results.MatchedWords,
            results.UnmatchedWords);
        output.WriteLine(JsonSerializer.Serialize(document, ArticleJson.Options));
    }

    /// <summary>The JSON object of one hit: what <c>knews search --json</c> and <c>knews related --json</c> list.</summary>
    public static Hit ToJson(SearchHit h) =>
        new Hit(h.Id, h.Url, h.Title, h.Published, h.Source, h.Section, h.Reporters, h.Score, h.Snippet, h.DuplicateCount);

    public static void WriteError(TextWriter error, string message) =>
        error.WriteLine(JsonSerializer.Serialize(new ErrorDocument(message), ArticleJson.Options));

    private sealed record Document(
        string Query, int Total, int FoldedTotal, int Offset, int Limit, double TookMs, IReadOnlyList<Hit> Hits, Facets? Facets, string? CorrectedQuery,
        bool Relaxed, IReadOnlyList<string> MatchedWords, IReadOnlyList<string> UnmatchedWords);

    /// <summary>A hit as JSON.</summary>
    internal sealed record Hit(
        string Id, string? Url, string Title, DateTimeOffset? Published, string? Source, string? Section,
        IReadOnlyList<string> Reporters, float Score, string Snippet, int DuplicateCount);

    private sealed record Facets(
        IReadOnlyList<ValueCount> Source, IReadOnlyList<ValueCount> Reporter, IReadOnlyList<ValueCount> Month, IReadOnlyList<ValueCount> Section);

    private sealed record ErrorDocument(string Error);
}
