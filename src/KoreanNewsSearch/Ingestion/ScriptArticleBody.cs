using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// The article text of a client-rendered page, whose markup holds no body but whose scripts carry the article as data:
/// Arc XP / Fusion (<c>Fusion.globalContent = {…}</c> with <c>content_elements</c>), Next.js (<c>__NEXT_DATA__</c>),
/// <c>window.__INITIAL_STATE__ = {…}</c>, dehydrated query caches (<c>….push({…})</c>). The longest Korean text under a
/// body-like key (<c>articleBody</c>, <c>contentHtml</c>, <c>content</c>, <c>body</c>, …) wins.
/// </summary>
internal static partial class ScriptArticleBody
{
    private static readonly HashSet<string> BodyKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "articleBody", "article_body", "contentHtml", "content_html", "bodyHtml", "body_html", "articleHtml", "article_html",
        "articleContent", "article_content", "content", "body", "html", "text", "articleText", "article_text",
    };

    [GeneratedRegex(@"\$\$[A-Za-z0-9_]+\$\$|\{\{\s*[A-Za-z0-9_.]+\s*\}\}")]
    private static partial Regex TemplateMarkerPattern();

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    // Scripts are read only when they could hold an article: enough Hangul to be one, and a bounded number of tries.
    private const int MaximumObjectsPerScript = 32;

    /// <summary>Finds the article text in the page's scripts.</summary>
    /// <param name="document">The page.</param>
    /// <returns>The text (plain, or an HTML fragment) with the most Hangul letters, or null when no script holds one.</returns>
    public static string? Find(IDocument document)
    {
        string? best = null;
        var bestLetters = HtmlBodyExtractor.MinimumArticleLetters - 1;
        foreach (var script in document.Scripts)
        {
            if (script.Source is not null || (script.Type ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = script.Text;
            if (HangulLetters(text) <= bestLetters)
            {
                continue;
            }

            foreach (var json in JsonValuesIn(text))
            {
                using (json)
                {
                    foreach (var candidate in BodyCandidates(json.RootElement, depth: 0))
                    {
                        var letters = HangulLetters(candidate);
                        if (letters > bestLetters)
                        {
                            (best, bestLetters) = (candidate, letters);
                        }
                    }
                }
            }
        }

        // Data for a client renderer keeps the template's own markers ("$$ARTICLEAD$$" where an ad goes).
        return best is null ? null : TemplateMarkerPattern().Replace(best, " ");
    }

    /// <summary>The JSON objects in a script: the whole text when it is JSON, else each object literal after <c>=</c> or <c>(</c>.</summary>
    private static IEnumerable<JsonDocument> JsonValuesIn(string script)
    {
        var bytes = Encoding.UTF8.GetBytes(script);
        var tries = 0;
        for (var i = 0; i < bytes.Length && tries < MaximumObjectsPerScript; i++)
        {
            if (bytes[i] != (byte)'{' || !(IsJsonStart(bytes, i)))
            {
                continue;
            }

            tries++;
            if (TryReadObject(bytes, i, out var length))
            {
                JsonDocument? document = null;
                try
                {
                    document = JsonDocument.Parse(bytes.AsMemory(i, length), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 128 });
                }
                catch (JsonException)
                {
                    // An object literal that is JavaScript but not JSON (unquoted keys, functions): not data.
                }

                if (document is not null)
                {
                    yield return document;
                    i += length - 1;
                }
            }
        }
    }

    /// <summary>An object at the very start of the script (JSON data), or right after an assignment or a call.</summary>
    private static bool IsJsonStart(byte[] bytes, int brace)
    {
        var before = brace - 1;
        while (before >= 0 && bytes[before] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            before--;
        }

        return before < 0 || bytes[before] is (byte)'=' or (byte)'(';
    }

    private static bool TryReadObject(byte[] bytes, int start, out int length)
    {
        length = 0;
        var reader = new Utf8JsonReader(bytes.AsSpan(start), ReaderOptions);
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        length = (int)reader.BytesConsumed;
        return true;
    }

    /// <summary>String values under body-like keys, and the joined text elements of an Arc-style <c>content_elements</c> list.</summary>
    private static IEnumerable<string> BodyCandidates(JsonElement element, int depth)
    {
        if (depth > 64)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            if (JoinedTextElements(element) is { } joined)
            {
                yield return joined;
            }

            foreach (var item in element.EnumerateArray())
            {
                foreach (var candidate in BodyCandidates(item, depth + 1))
                {
                    yield return candidate;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && BodyKeys.Contains(property.Name))
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var candidate in BodyCandidates(property.Value, depth + 1))
                    {
                        yield return candidate;
                    }
                }
            }
        }
    }

    /// <summary>Arc XP's body: a list of <c>{"type": "text", "content": "…"}</c> elements, one paragraph each.</summary>
    private static string? JoinedTextElements(JsonElement array)
    {
        var paragraphs = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "text"
                && item.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
            {
                paragraphs.Add("<p>" + content.GetString() + "</p>");
            }
        }

        return paragraphs.Count > 1 ? string.Concat(paragraphs) : null;
    }

    private static int HangulLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is >= '가' and <= '힣')
            {
                count++;
            }
        }

        return count;
    }
}
