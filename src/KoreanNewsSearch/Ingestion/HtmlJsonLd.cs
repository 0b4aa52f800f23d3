using System.Text.Json;
using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>The fields of a schema.org article found in a page's JSON-LD; raw strings, entities not yet decoded.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? Url { get; init; }

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public IReadOnlyList<string> AuthorNames { get; init; } = [];

    public IReadOnlyList<string> AuthorEmails { get; init; } = [];

    public string? PublisherName { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string? ArticleBody { get; init; }
}

/// <summary>
/// Finds the article object in <c>&lt;script type="application/ld+json"&gt;</c> blocks: a top-level object, an array of
/// objects, or an <c>@graph</c>. Real pages carry comments, trailing commas and raw line breaks inside strings, so the
/// reader tolerates those and skips a block it still cannot read rather than failing the page.
/// </summary>
internal static class HtmlJsonLd
{
    private static readonly JsonDocumentOptions TolerantOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    /// <summary>The first article-typed object in the page's JSON-LD, or null.</summary>
    /// <param name="document">The parsed page.</param>
    /// <returns>The article's fields, or null when the page has none.</returns>
    public static JsonLdArticle? FindArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var type = script.GetAttribute("type");
            if (type is null || !type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var json = TryParse(script.TextContent);
            if (json is null)
            {
                continue;
            }

            var article = FindArticleObject(json.RootElement);
            if (article is { } found)
            {
                return Read(found);
            }
        }

        return null;
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, TolerantOptions);
        }
        catch (JsonException)
        {
            // Raw control characters (line breaks pasted into a headline or body) are the usual remaining fault.
            try
            {
                return JsonDocument.Parse(ReplaceControlCharacters(text), TolerantOptions);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    private static string ReplaceControlCharacters(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });

    private static JsonElement? FindArticleObject(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticleObject(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticleType(element))
                {
                    return element;
                }

                return element.TryGetProperty("@graph", out var graph) ? FindArticleObject(graph) : null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return Strings(type).Any(static t =>
            t.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || t.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase));
    }

    private static JsonLdArticle Read(JsonElement article)
    {
        var authors = Property(article, "author") is { } author ? Items(author).ToList() : [];
        return new JsonLdArticle
        {
            Headline = String(article, "headline") ?? String(article, "name"),
            Url = String(article, "url") ?? PageId(article),
            DatePublished = String(article, "datePublished") ?? String(article, "dateCreated"),
            DateModified = String(article, "dateModified"),
            AuthorNames = authors.Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : String(a, "name"))
                .OfType<string>().ToList(),
            AuthorEmails = authors.Select(a => String(a, "email")).OfType<string>().ToList(),
            PublisherName = Property(article, "publisher") is { } publisher
                ? Items(publisher).Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : String(p, "name")).FirstOrDefault(n => n is not null)
                : null,
            Section = Property(article, "articleSection") is { } section ? Strings(section).FirstOrDefault() : null,
            Keywords = Property(article, "keywords") is { } keywords ? Strings(keywords).ToList() : [],
            ArticleBody = String(article, "articleBody"),
        };
    }

    private static string? PageId(JsonElement article) => Property(article, "mainEntityOfPage") switch
    {
        { ValueKind: JsonValueKind.String } page => page.GetString(),
        { ValueKind: JsonValueKind.Object } page => String(page, "@id") ?? String(page, "url"),
        _ => null,
    };

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;

    private static IEnumerable<JsonElement> Items(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [element];

    private static IEnumerable<string> Strings(JsonElement element) =>
        Items(element).Where(static e => e.ValueKind == JsonValueKind.String).Select(static e => e.GetString()!)
            .Where(static s => !string.IsNullOrWhiteSpace(s));
}
