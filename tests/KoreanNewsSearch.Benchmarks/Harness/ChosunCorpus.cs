using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// The Chosun Ilbo corpus (<c>*.jsonl.gz</c>: url, title, author, pubDate, category, content_html) as articles, in file-name
/// then line order, which is the order RESULTS.md's sampling rules (every 28th article) refer to.
/// </summary>
// The benchmark reads the dump itself (System.Text.Json + a tag strip) so that it does not depend on the ingestion
// branch; both engines are fed the same extracted text, so the extraction only has to be deterministic.
internal static partial class ChosunCorpus
{
    public static IReadOnlyList<NewsArticle> Load(string folder, int? limit)
    {
        var files = Directory.GetFiles(folder, "*.jsonl.gz").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no *.jsonl.gz files in '{folder}'");
        }

        var articles = new List<NewsArticle>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (limit is { } max && articles.Count >= max)
                {
                    return articles;
                }

                try
                {
                    articles.Add(Parse(line));
                }
                catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: {e.Message}", e);
                }
            }
        }

        return articles;
    }

    private static NewsArticle Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var categories = root.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToList()
            : [];
        var author = root.TryGetProperty("author", out var a) ? a.GetString() ?? "" : "";
        return new NewsArticle
        {
            Url = root.GetProperty("url").GetString(),
            Source = "조선일보",
            Section = categories.FirstOrDefault(),
            Title = WebUtility.HtmlDecode(root.GetProperty("title").GetString() ?? "").Trim(),
            Published = ParseRfc822(root.GetProperty("pubDate").GetString() ?? ""),
            Reporters = ReporterName().Matches(author).Select(m => m.Groups[1].Value).Distinct().ToList(),
            Body = HtmlToText(root.GetProperty("content_html").GetString() ?? ""),
        }.WithComputedId();
    }

    /// <summary>Body HTML to paragraphs: figures (image + caption) dropped, <c>br</c>/<c>p</c> as line breaks, tags removed, entities decoded.</summary>
    internal static string HtmlToText(string html)
    {
        var text = Figure().Replace(html, "\n");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        var paragraphs = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static DateTimeOffset ParseRfc822(string value) =>
        DateTimeOffset.ParseExact(
            RfcOffset().Replace(value.Trim(), "$1:$2"), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<figure\b.*?</figure>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Figure();

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</h\d>|</li>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"([+-]\d\d)(\d\d)$")]
    private static partial Regex RfcOffset();

    [GeneratedRegex(@"([가-힣]{2,5})\s*(?:기자|특파원|논설위원|선임기자|객원기자|위원|교수|작가)")]
    private static partial Regex ReporterName();
}
