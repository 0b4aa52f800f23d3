using System.Reflection;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KoreanNewsSearch.Server.Page;

/// <summary>The page: <c>/</c> (search), <c>/articles/{id}</c> (article view) and its two static files.</summary>
internal static class PageEndpoints
{
    private const string HtmlType = "text/html; charset=utf-8";

    // Only the files compiled into the assembly, looked up by exact name: no path reaches the file system.
    private static readonly Dictionary<string, (byte[] Content, string Type)> StaticFiles = LoadStaticFiles();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ([AsParameters] SearchParameters parameters, [FromQuery(Name = PageState.PageName)] string? page, NewsIndex index) =>
        {
            try
            {
                var (state, request) = PageState.Parse(parameters, page);
                try
                {
                    return Results.Content(SearchPageView.Render(index, state, request), HtmlType);
                }
                catch (QuerySyntaxException error) when (error.Repaired is { } repaired)
                {
                    // As a search box should: a slip such as an unclosed quote still searches, saying how it was read.
                    var notice = new SyntaxRepairNotice(PageErrorText.Problem(error), request.Query, repaired);
                    return Results.Content(SearchPageView.Render(index, state with { Query = repaired }, request with { Query = repaired }, notice), HtmlType);
                }
            }
            catch (Exception error) when (error is QuerySyntaxException or ArgumentException)
            {
                var message = error is QuerySyntaxException syntax ? PageErrorText.Describe(syntax) : PageErrorText.Describe((ArgumentException)error, parameters);
                return Results.Content(SearchPageView.RenderError(new PageState { Query = parameters.Q ?? "" }, message), HtmlType, statusCode: StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();

        endpoints.MapGet(ArticlePageView.Prefix + "{**id}", (HttpContext context, [FromQuery(Name = "q")] string? q, NewsIndex index) =>
        {
            var id = ArticleIds.FromPath(context, ArticlePageView.Prefix);
            var query = q ?? "";
            if (index.Get(id) is not { } article)
            {
                return Results.Content(
                    SearchPageView.RenderError(new PageState { Query = query }, $"'{id}' 기사가 없습니다"), HtmlType, statusCode: StatusCodes.Status404NotFound);
            }

            try
            {
                return Results.Content(ArticlePageView.Render(article, query), HtmlType);
            }
            catch (QuerySyntaxException)
            {
                return Results.Content(ArticlePageView.Render(article, ""), HtmlType);
            }
        }).ExcludeFromDescription();

        endpoints.MapGet("/static/{name}", (string name) =>
            StaticFiles.TryGetValue(name, out var file)
                ? Results.Bytes(file.Content, file.Type)
                : ApiError.NotFound($"no static file '{name}'")).ExcludeFromDescription();
    }

    private static Dictionary<string, (byte[] Content, string Type)> LoadStaticFiles()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource["wwwroot/".Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            };
            files[name] = (copy.ToArray(), type);
        }

        return files;
    }
}
