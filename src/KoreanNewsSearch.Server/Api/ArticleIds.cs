using Microsoft.AspNetCore.Http;

namespace KoreanNewsSearch.Server.Api;

/// <summary>
/// Article ids in paths: an id is usually a URL, so it travels percent-encoded (<c>/api/articles/https%3A%2F%2F…</c>).
/// ASP.NET Core decodes the path except <c>%2F</c> (so that an encoded slash cannot split a route), which is the one
/// escape left to undo.
/// </summary>
internal static class ArticleIds
{
    public static string FromPath(HttpContext context, string prefix)
    {
        var path = context.Request.Path.Value ?? "";
        var encoded = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : "";
        return encoded.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
    }

    public static string ToPath(string prefix, string id) => prefix + Uri.EscapeDataString(id);
}
