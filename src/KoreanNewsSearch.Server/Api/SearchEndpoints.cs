using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KoreanNewsSearch.Server.Api;

/// <summary><c>GET /api/search</c>: the same JSON object as <c>knews search --json</c>.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/search", ([AsParameters] SearchParameters parameters, NewsIndex index) => ApiError.Guard(() =>
        {
            var request = parameters.ToRequest();
            var results = index.Search(request);
            using var json = new StringWriter();
            SearchJsonOutput.Write(json, request, results);
            return Results.Text(json.ToString(), "application/json; charset=utf-8");
        }))
        .WithName("Search")
        .WithSummary("Search the archive: ranked, filtered page of hits with totals and optional facets.");
}
