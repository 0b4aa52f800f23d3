using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace KoreanNewsSearch.Ingestion;

/// <summary>An article read from one page, and what is incomplete about it when something is.</summary>
/// <param name="Article">The article.</param>
/// <param name="Warning">Why the article is incomplete (e.g. indexed from metadata alone), or null.</param>
internal sealed record ParsedArticle(NewsArticle Article, string? Warning);

/// <summary>
/// Parses a saved news article page into a <see cref="NewsArticle"/>: charset, then metadata (JSON-LD, OpenGraph, meta
/// tags), then the body found by text density, then reporters from metadata or the signature under the body.
/// </summary>
internal static partial class HtmlArticleParser
{
    // Building a parser (and its browsing context) costs about as much as parsing a small page; AngleSharp's maintainer
    // advises one per thread, as a parser is not thread-safe (AngleSharp issues #880, #1151).
    [ThreadStatic]
    private static HtmlParser? t_parser;

    [GeneratedRegex(@"<\s*(?:html|head|body|meta|title|div|p|article|span|table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupPattern();

    [GeneratedRegex(@"^[가-힣]{2,4}$")]
    private static partial Regex BareNamePattern();

    /// <summary>Parses one page.</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="path">The file, for messages.</param>
    /// <returns>The article; its <see cref="NewsArticle.Id"/> is left for <see cref="NewsArticle.WithComputedId"/>.</returns>
    /// <exception cref="ArticleFormatException">The file is empty, binary, not HTML, or a page without an article.</exception>
    public static NewsArticle Parse(byte[] bytes, string path) => Read(bytes, path).Article;

    /// <summary>Parses one page, saying what is missing when the page is an article without its text.</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="path">The file, for messages.</param>
    /// <returns>The article and, for a page indexed from its metadata alone, a warning.</returns>
    /// <exception cref="ArticleFormatException">The file is empty, binary, not HTML, or a page without an article.</exception>
    public static ParsedArticle Read(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var name = Path.GetFileName(path);
        if (bytes.AsSpan().Trim((ReadOnlySpan<byte>)[0x20, 0x09, 0x0A, 0x0D]).IsEmpty)
        {
            throw new ArticleFormatException($"empty file: {name}");
        }

        var html = HtmlCharset.Decode(bytes, path);
        if (!MarkupPattern().IsMatch(html))
        {
            throw new ArticleFormatException($"not an HTML page (no HTML markup found): {name}");
        }

        var document = (t_parser ??= new HtmlParser()).ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        if (metadata.Title is null)
        {
            throw new ArticleFormatException($"no headline: the page has no og:title, JSON-LD headline, <title> or <h1>: {name}", "title");
        }

        // Read before extraction, which takes the page apart: the byline usually sits in the header, outside the article text.
        var printedByline = metadata.Authors.Count == 0 ? HtmlVisibleByline.Find(document) : null;

        var bodyText = HtmlBodyExtractor.Extract(document, metadata.ArticleBody);
        var body = bodyText is not null ? HtmlBodyCleaner.Clean(bodyText) : null;
        // Some pages repeat the headline inside the article element.
        var paragraphs = (body?.Paragraphs is { Count: > 0 } found ? found : ParagraphsOf(metadata.ArticleBody))
            .Where(p => p != metadata.Title)
            .ToList();
        string? warning = null;
        if (paragraphs.Count == 0 && ScriptArticleBody.Find(t_parser.ParseDocument(html)) is { } scripted)
        {
            // A client-rendered page: the markup is an empty shell and the article is data in a script (read from a fresh
            // parse, as extraction removed the scripts). Its HTML goes through the same extraction and clean-up.
            var shell = t_parser.ParseDocument("<html><body><article>" + scripted + "</article></body></html>");
            bodyText = HtmlBodyExtractor.Extract(shell, null);
            body = bodyText is not null ? HtmlBodyCleaner.Clean(bodyText) : null;
            paragraphs = (body?.Paragraphs ?? []).Where(p => p != metadata.Title).ToList();
        }

        if (paragraphs.Count == 0)
        {
            if (metadata.Published is null)
            {
                throw new ArticleFormatException(
                    $"no article text: no part of the page holds {HtmlBodyExtractor.MinimumArticleLetters} letters of running text " +
                    $"outside links and navigation, and no publish time says it is an article (an index or navigation page?): {name}", "body");
            }

            // A headline and a publish time make an article (a video item, a photo page, a page saved before its text
            // loaded): it is indexed from what there is, and the user hears about it.
            paragraphs = metadata.Description is { } description ? [description] : [];
            warning = "no article text on the page (a video or photo item, or saved before the text loaded): indexed from its " +
                (metadata.Description is null ? "headline and publish time alone" : "metadata, with the description as the body");
        }

        var (reporters, emails) = Reporters(metadata, body, printedByline);
        var article = new NewsArticle
        {
            Url = metadata.Url,
            Source = metadata.Source,
            Section = metadata.Section,
            Title = metadata.Title,
            Subtitle = bodyText?.Subtitle.Where(line => line != metadata.Title).Distinct(StringComparer.Ordinal).ToList() ?? [],
            Published = metadata.Published,
            Updated = metadata.Updated,
            Reporters = reporters,
            ReporterEmails = emails,
            Body = string.Join("\n\n", paragraphs),
            Captions = body?.Captions ?? [],
            Tags = metadata.Tags,
        };
        return new ParsedArticle(article, warning);
    }

    /// <summary>The paragraphs of a JSON-LD <c>articleBody</c>: plain text with line breaks, or an HTML fragment.</summary>
    private static List<string> ParagraphsOf(string? articleBody)
    {
        if (articleBody is null)
        {
            return [];
        }

        var text = HtmlFragmentText.LooksLikeHtml(articleBody) ? HtmlFragmentText.Convert(articleBody).Body : articleBody;
        return text.Split('\n').Select(HtmlText.CollapseSpace).Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// Reporters from the page's author metadata when it names people; else from the signature lines under the body
    /// (pages that put their desk, such as <c>SBS NEWS</c> or <c>iMBC 연예</c>, in the author field); else from a
    /// sign-off in the body; else from the byline printed elsewhere on the page.
    /// </summary>
    private static (List<string> Reporters, List<string> Emails) Reporters(HtmlMetadata metadata, CleanBody? body, Byline? printedByline)
    {
        var reporters = metadata.Authors.SelectMany(NamesIn).ToList();
        var emails = new List<string>(metadata.AuthorEmails);
        var namedByMetadata = reporters.Count > 0;
        foreach (var signature in body?.Signatures ?? [])
        {
            var byline = BylineParser.Parse(BylineParser.WithoutPhotoCredits(signature));
            if (!namedByMetadata)
            {
                reporters.AddRange(byline.Reporters);
            }

            emails.AddRange(byline.Emails);
        }

        if (reporters.Count == 0)
        {
            reporters.AddRange(body?.SignOffNames ?? []);
        }

        if (reporters.Count == 0 && printedByline is not null)
        {
            reporters.AddRange(printedByline.Reporters);
            emails.AddRange(printedByline.Emails);
        }

        // A press signing its own name ("뉴스타파 webmaster@…") is not a reporter.
        reporters.RemoveAll(name => metadata.Source is { } press && press.Replace(" ", "", StringComparison.Ordinal) == name);
        return (reporters.Distinct(StringComparer.Ordinal).ToList(), emails.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static IEnumerable<string> NamesIn(string author)
    {
        var byline = BylineParser.Parse(author);
        if (byline.Reporters.Count > 0)
        {
            return byline.Reporters;
        }

        return BareNamePattern().IsMatch(author) && !BylineParser.IsPressWord(author) ? [author] : [];
    }
}
