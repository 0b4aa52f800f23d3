using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace KoreanNewsSearch.Server.Api;

/// <summary>
/// Article ids in paths: an id is usually a URL, so it travels percent-encoded (<c>/api/articles/https%3A%2F%2F…</c>).
/// The id is decoded once from the raw request target: the server's own path decoding keeps <c>%2F</c> and would
/// otherwise decode <c>%25</c> a second time.
/// </summary>
internal static class ArticleIds
{
    public static string FromPath(HttpContext context, string prefix)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var path = string.IsNullOrEmpty(raw) ? context.Request.Path.Value ?? "" : raw.Split('?', 2)[0];
        var encoded = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : "";
        return Uri.UnescapeDataString(encoded);
    }

    public static string ToPath(string prefix, string id) => prefix + Uri.EscapeDataString(id);
}
