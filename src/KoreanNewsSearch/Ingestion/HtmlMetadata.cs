using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>What a page's metadata says about its article, cleaned; the body is read separately.</summary>
internal sealed record HtmlMetadata
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Source { get; init; }

    public string? Section { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    /// <summary>Author strings as the page gives them (<c>김기태 기자</c>, <c>iMBC 연예</c>), for the byline parser.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<string> AuthorEmails { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The page's summary (description meta tags), the body of a page that has no article text.</summary>
    public string? Description { get; init; }

    /// <summary>JSON-LD <c>articleBody</c>, when the page has one: a hint for, and fallback of, body extraction.</summary>
    public string? ArticleBody { get; init; }
}

/// <summary>
/// Reads <see cref="HtmlMetadata"/> from JSON-LD first, then OpenGraph and <c>article:*</c> meta tags, then plain meta
/// tags, <c>&lt;link rel=canonical&gt;</c>, <c>&lt;time datetime&gt;</c> and <c>&lt;title&gt;</c>.
/// </summary>
internal static partial class HtmlMetadataReader
{
    // Sections that only say "news": the second-level section (article:section2) is the useful one then.
    private static readonly HashSet<string> GenericSections = new(StringComparer.OrdinalIgnoreCase) { "뉴스", "news", "전체", "홈", "home", "기사" };

    [GeneratedRegex(@"\s*[,;]\s*")]
    private static partial Regex ListSeparatorPattern();

    /// <summary>Reads the metadata of a parsed page.</summary>
    /// <param name="document">The page.</param>
    /// <returns>The metadata; fields the page does not give are null or empty.</returns>
    public static HtmlMetadata Read(IDocument document)
    {
        var jsonLd = HtmlJsonLd.FindArticle(document);
        var meta = MetaValues(document);

        string? First(params string[] keys) =>
            keys.Select(k => meta.TryGetValue(k, out var values) ? values.Select(HtmlText.Clean).FirstOrDefault(v => v is not null) : null)
                .FirstOrDefault(v => v is not null);

        var siteName = First("og:site_name", "application-name", "dd:publisher");
        var source = HtmlText.Clean(jsonLd?.PublisherName) ?? siteName ?? PressBeforePortal(First("og:article:author", "article:author"));
        var siteNames = new[] { source, siteName }.OfType<string>().ToList();

        var pageUrl = First("og:url", "url", "dable:url");
        var published = FirstTime(jsonLd?.DatePublished, First("article:published_time", "og:published_time", "datepublished",
            "dd:published_time", "pubdate", "publishdate")) ?? PublishTimeParser.Parse(TimeElement(document));
        var updated = FirstTime(jsonLd?.DateModified, First("article:modified_time", "og:updated_time", "datemodified", "dd:modified_time"));
        if (published is null)
        {
            // Older layouts and portal pages print the time without putting it in any metadata.
            (published, var printedUpdate) = HtmlVisibleTime.Find(document);
            updated ??= printedUpdate;
        }

        return new HtmlMetadata
        {
            Title = ReadTitle(document, jsonLd, First, siteNames),
            Url = CanonicalUrl(document, pageUrl) ?? pageUrl ?? HtmlText.Clean(jsonLd?.Url),
            Source = source,
            Section = HtmlText.Clean(jsonLd?.Section) ?? ReadSection(First),
            Published = published,
            Updated = updated,
            Authors = ReadAuthors(jsonLd, meta),
            AuthorEmails = jsonLd?.AuthorEmails.Select(HtmlText.Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [],
            Tags = ReadTags(jsonLd, meta, siteNames),
            Description = Description(First("og:description", "description", "twitter:description")),
            ArticleBody = jsonLd?.ArticleBody is { } body ? HtmlText.DecodeEntities(body) : null,
        };
    }

    /// <summary>The press of a portal page, whose author meta reads "press | portal" (<c>뉴스타파 | 네이버</c>).</summary>
    private static string? PressBeforePortal(string? author) =>
        author?.Split('|', 2) is [var press, var portal] && press.Trim().Length > 0 && portal.Trim().Length > 0 ? press.Trim() : null;

    /// <summary>A description without the separator some sites leave at its end ("… 내용입니다. | ").</summary>
    private static string? Description(string? description) =>
        description?.TrimEnd(' ', '|', '-', '–', '—', ':', 'ㅣ') is { Length: > 0 } trimmed ? trimmed : null;

    private static Dictionary<string, List<string>> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (key is null)
            {
                continue;
            }

            key = key.Trim();
            if (!values.TryGetValue(key, out var list))
            {
                list = [];
                values[key] = list;
            }

            list.Add(element.GetAttribute("content")!);
        }

        return values;
    }

    private static string? ReadTitle(IDocument document, JsonLdArticle? jsonLd, Func<string[], string?> first, List<string> siteNames)
    {
        var raw = first(["og:title"])
            ?? HtmlText.Clean(jsonLd?.Headline)
            ?? first(["title", "twitter:title", "headline"])
            ?? HtmlText.Clean(document.QuerySelector("title")?.TextContent)
            ?? HtmlText.Clean(document.QuerySelector("h1")?.TextContent);
        return raw is null ? null : HeadlineText.Clean(raw, siteNames);
    }

    private static string? ReadSection(Func<string[], string?> first)
    {
        var section = first(["article:section"]);
        if (section is null || GenericSections.Contains(section))
        {
            return first(["article:section2"]) is { } second && !GenericSections.Contains(second)
                ? second
                : first(["articlesection", "dd:category"]) ?? section;
        }

        return section;
    }

    private static string? CanonicalUrl(IDocument document, string? pageUrl)
    {
        var href = HtmlText.Clean(document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href"));
        if (href is null)
        {
            return null;
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        // A root-relative canonical (YTN: "/_ln/0103_…") needs the page's own address to become a URL.
        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri)
            && Uri.TryCreate(baseUri, href, out var resolved)
            ? resolved.ToString()
            : null;
    }

    private static string? TimeElement(IDocument document)
    {
        var times = document.GetElementsByTagName("time").Where(t => t.HasAttribute("datetime")).ToList();
        var time = times.FirstOrDefault(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished")
            ?? times.FirstOrDefault();
        return time?.GetAttribute("datetime");
    }

    private static DateTimeOffset? FirstTime(params string?[] candidates) =>
        candidates.Select(PublishTimeParser.Parse).FirstOrDefault(t => t is not null);

    private static List<string> ReadAuthors(JsonLdArticle? jsonLd, Dictionary<string, List<string>> meta)
    {
        if (jsonLd is { AuthorNames.Count: > 0 })
        {
            return jsonLd.AuthorNames.Select(HtmlText.Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        }

        string[] keys = ["author", "article:author", "byline", "byl", "dable:author", "dd:author", "nextweb:reporter", "twitter:creator"];
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var values))
            {
                var authors = values.Select(HtmlText.Clean).OfType<string>().Where(v => !v.Contains("://", StringComparison.Ordinal)).ToList();
                if (authors.Count > 0)
                {
                    return authors.Distinct(StringComparer.Ordinal).ToList();
                }
            }
        }

        return [];
    }

    private static List<string> ReadTags(JsonLdArticle? jsonLd, Dictionary<string, List<string>> meta, List<string> siteNames)
    {
        IEnumerable<string> raw = jsonLd is { Keywords.Count: > 0 } ? jsonLd.Keywords
            : meta.TryGetValue("article:tag", out var tags) ? tags
            : meta.TryGetValue("news_keywords", out var news) ? news
            : meta.TryGetValue("keywords", out var keywords) ? keywords
            : [];

        var ignored = siteNames.Select(n => n.Replace(" ", "", StringComparison.Ordinal)).ToList();
        return raw.SelectMany(value => ListSeparatorPattern().Split(value))
            .Select(HtmlText.Clean)
            .OfType<string>()
            .Where(tag => !ignored.Contains(tag.Replace(" ", "", StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
