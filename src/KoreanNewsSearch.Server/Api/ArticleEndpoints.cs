using System.Text.Json;
using System.Text.Json.Nodes;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KoreanNewsSearch.Server.Api;

/// <summary>
/// <c>GET /api/articles/{id}</c>: the whole article as <c>knews parse --json</c> prints one; with <c>?q=</c> also
/// <c>highlightedTitle</c> and <c>highlightedBody</c> (escaped HTML, matches in <c>&lt;mark&gt;</c>).
/// </summary>
internal static class ArticleEndpoints
{
    public const string Prefix = "/api/articles/";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Prefix + "{**id}", (HttpContext context, [FromQuery(Name = "q")] string? q, NewsIndex index) => ApiError.Guard(() =>
        {
            var id = ArticleIds.FromPath(context, Prefix);
            if (index.Get(id) is not { } article)
            {
                return ApiError.NotFound($"no article with id '{id}'");
            }

            var json = JsonNode.Parse(ArticleJson.Serialize(article))!.AsObject();
            if (!string.IsNullOrWhiteSpace(q))
            {
                var highlighted = HighlightedArticle.For(article, q);
                json["highlightedTitle"] = highlighted.Title;
                json["highlightedBody"] = highlighted.Body;
            }

            return Results.Text(json.ToJsonString(ArticleJson.Options), "application/json; charset=utf-8");
        }))
        .WithName("Article")
        .WithSummary("One article by its percent-encoded id; ?q= marks the query's words in highlightedTitle and highlightedBody.");
}
