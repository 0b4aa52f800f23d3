using System.Text.Json;
using KoreanNewsSearch.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KoreanNewsSearch.Server.Api;

/// <summary><c>GET /api/stats</c> (what <c>knews stats --json</c> prints) and <c>GET /healthz</c>.</summary>
internal static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/stats", (NewsIndex index) =>
                Results.Text(JsonSerializer.Serialize(index.GetStats(), ArticleJson.IndentedOptions), "application/json; charset=utf-8"))
            .WithName("Stats")
            .WithSummary("Article count, date range, sources, top reporters and index size.");

        endpoints.MapGet("/healthz", (NewsIndex index) =>
                Results.Text($"ok: {index.Search(new Querying.SearchRequest { Limit = 1, Highlight = false }).Total} articles"))
            .WithName("Health")
            .WithSummary("200 while the index is open and searchable.");
    }
}
