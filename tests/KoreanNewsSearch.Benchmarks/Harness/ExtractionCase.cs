using System.Globalization;
using System.Net;
using System.Text.Json;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// One page with the fields a reader checked: read from <c>NAME.expected.json</c> beside <c>NAME.html</c>. Two shapes are
/// understood: the <c>../shared/html-sites</c> one (<c>title</c>, <c>published</c>, <c>reporters</c>, <c>body_start</c>,
/// <c>body_end</c>) and the scraper shape of <c>../shared/html</c> (<c>title</c>, <c>published_at</c>, <c>author</c>,
/// <c>text</c>, each a one-element list), whose body start and end are the first and last 40 letters of <c>text</c>.
/// </summary>
internal sealed record ExtractionCase(
    string Name,
    string HtmlPath,
    string Title,
    string? Published,
    IReadOnlyList<string>? Reporters,
    string? BodyStart,
    string? BodyEnd)
{
    private const int ScraperTextEdge = 40;

    /// <summary>Every page with an expected file under <paramref name="folder"/>, recursively, in path order.</summary>
    public static List<ExtractionCase> LoadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.expected.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .Where(c => File.Exists(c.HtmlPath))
            .ToList();

    public static ExtractionCase Load(string expectedPath)
    {
        var name = Path.GetFileName(expectedPath)[..^".expected.json".Length];
        var htmlPath = Path.Combine(Path.GetDirectoryName(expectedPath)!, name + ".html");
        using var json = JsonDocument.Parse(File.ReadAllBytes(expectedPath));
        var root = json.RootElement;
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(expectedPath)!)!, htmlPath);
        if (root.TryGetProperty("body_start", out _) || root.TryGetProperty("published", out _))
        {
            return new ExtractionCase(relative, htmlPath,
                Text(root, "title") ?? throw new InvalidDataException($"{expectedPath}: no 'title'"),
                Text(root, "published"),
                root.TryGetProperty("reporters", out var reporters) ? reporters.EnumerateArray().Select(r => r.GetString()!).ToList() : null,
                Text(root, "body_start"),
                Text(root, "body_end"));
        }

        var text = First(root, "text");
        return new ExtractionCase(relative, htmlPath,
            WebUtility.HtmlDecode(First(root, "title") ?? throw new InvalidDataException($"{expectedPath}: no 'title'")),
            First(root, "published_at"),
            null, // the scraper's author values name desks as often as people (see HtmlRealPagesTests)
            text is null ? null : text[..Math.Min(ScraperTextEdge, text.Length)],
            text is null ? null : text[Math.Max(0, text.Length - ScraperTextEdge)..]);
    }

    /// <summary>The expected time: a full time with its offset, or a bare date when only the day is known.</summary>
    public (DateTimeOffset? Time, DateOnly? Day) ExpectedTime()
    {
        if (Published is null)
        {
            return (null, null);
        }

        if (DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (null, day);
        }

        return (DateTimeOffset.Parse(Published, CultureInfo.InvariantCulture), null);
    }

    private static string? Text(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? First(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0
            ? value[0].GetString()
            : Text(root, key);
}
