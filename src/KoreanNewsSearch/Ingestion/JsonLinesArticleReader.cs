using System.IO.Compression;
using System.Text.Json;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Reads <c>.jsonl</c> and <c>.jsonl.gz</c> exports, one article object a line, streaming: a line is read, parsed and
/// handed on before the next is read, so file size does not matter.
/// </summary>
/// <remarks>
/// <para>Field names are matched case-insensitively; each field takes the first alias present:</para>
/// <list type="table">
/// <item><term>id</term><description><c>id</c>, <c>_id</c>, <c>guid</c></description></item>
/// <item><term>url</term><description><c>url</c>, <c>link</c>, <c>canonicalUrl</c>, <c>canonical_url</c></description></item>
/// <item><term>source</term><description><c>source</c>, <c>press</c>, <c>publisher</c>; else the host of the URL in
/// <see cref="PressDirectory"/>; else a press named by the byline (<c>[한국금융신문 홍윤기 기자]</c>, an author that is a
/// press name such as <c>조선일보</c>); else null.</description></item>
/// <item><term>section</term><description><c>section</c>, <c>category</c>, <c>categories</c> (string, or the first entry of an array)</description></item>
/// <item><term>title</term><description><c>title</c>, <c>headline</c> (required)</description></item>
/// <item><term>subtitle</term><description><c>subtitle</c>, <c>subtitles</c>, <c>description</c>, <c>deck</c> (string: one deck line a line; or array)</description></item>
/// <item><term>published</term><description><c>published</c>, <c>publishedAt</c>, <c>published_at</c>, <c>pubDate</c>, <c>date</c>, <c>datetime</c> (ISO 8601, RFC 822 or Korean forms; see <see cref="PublishTimeParser"/>)</description></item>
/// <item><term>updated</term><description><c>updated</c>, <c>updatedAt</c>, <c>updated_at</c>, <c>modified</c>, <c>dateModified</c></description></item>
/// <item><term>reporters</term><description><c>reporters</c>, <c>reporter</c>, <c>authors</c>, <c>author</c>, <c>byline</c>
/// (string or array; each read by <see cref="BylineParser"/>, a bare name taken as it is)</description></item>
/// <item><term>reporterEmails</term><description><c>reporterEmails</c>, <c>reporter_emails</c>, <c>emails</c>, <c>email</c>, plus e-mails of the bylines</description></item>
/// <item><term>body</term><description><c>body</c>, <c>content_html</c>, <c>contentHtml</c>, <c>html</c>, <c>articleBody</c>, <c>text</c>, <c>content</c>
/// (plain text, or HTML cleaned by <see cref="HtmlFragmentText"/> with figure captions moved to captions)</description></item>
/// <item><term>captions</term><description><c>captions</c>, <c>caption</c></description></item>
/// <item><term>tags</term><description><c>tags</c>, <c>keywords</c> (array, or a comma-separated string)</description></item>
/// </list>
/// <para>A bad line (invalid JSON, not an object, no title, a field of the wrong type, an unreadable date) becomes a
/// failure naming the file, the 1-based line and the field, and reading goes on. Blank lines are skipped. A damaged
/// stream (truncated or corrupt .gz) ends the file with one failure naming the line being read; earlier lines are kept.</para>
/// </remarks>
internal static class JsonLinesArticleReader
{
    private static readonly string[] IdNames = ["id", "_id", "guid"];
    private static readonly string[] UrlNames = ["url", "link", "canonicalUrl", "canonical_url"];
    private static readonly string[] SourceNames = ["source", "press", "publisher"];
    private static readonly string[] SectionNames = ["section", "category", "categories"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] SubtitleNames = ["subtitle", "subtitles", "description", "deck"];
    private static readonly string[] PublishedNames = ["published", "publishedAt", "published_at", "pubDate", "date", "datetime"];
    private static readonly string[] UpdatedNames = ["updated", "updatedAt", "updated_at", "modified", "dateModified"];
    private static readonly string[] ReporterNames = ["reporters", "reporter", "authors", "author", "byline"];
    private static readonly string[] EmailNames = ["reporterEmails", "reporter_emails", "emails", "email"];
    private static readonly string[] BodyNames = ["body", "content_html", "contentHtml", "html", "articleBody", "text", "content"];
    private static readonly string[] CaptionNames = ["captions", "caption"];
    private static readonly string[] TagNames = ["tags", "keywords"];

    /// <summary>Reads every line of a <c>.jsonl</c> or <c>.jsonl.gz</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>One result per non-blank line, plus one failure if the stream breaks.</returns>
    public static IEnumerable<ArticleReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Opened on first enumeration, so that a result that is never enumerated holds no file open.
        Stream? stream = null;
        IngestError? openError = null;
        try
        {
            stream = Open(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            openError = new IngestError(path, null, null, ex.Message);
        }

        if (openError is not null)
        {
            yield return ArticleReadResult.Failure(openError);
            yield break;
        }

        foreach (var result in ReadLines(stream!, path))
        {
            yield return result;
        }
    }

    /// <summary>Reads articles from a JSON Lines stream of UTF-8 bytes; <paramref name="path"/> only names the input in errors.</summary>
    /// <param name="stream">The bytes (already decompressed), disposed when reading ends.</param>
    /// <param name="path">The input's name for errors.</param>
    /// <returns>One result per non-blank line, plus one failure if the stream breaks.</returns>
    /// <remarks>Lines are parsed as UTF-8 bytes, never decoded to strings first: that halves the work per line, and a line
    /// with invalid UTF-8 fails on its own instead of being silently patched.</remarks>
    public static IEnumerable<ArticleReadResult> ReadLines(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var lines = new Utf8LineReader(stream);
        var lineNumber = 0;
        while (true)
        {
            ReadOnlyMemory<byte> line;
            bool more;
            IngestError? streamError = null;
            try
            {
                more = lines.TryReadLine(out line);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                (more, line) = (false, default);
                streamError = new IngestError(path, lineNumber + 1, null, $"the file is damaged or truncated: {ex.Message}");
            }

            if (streamError is not null)
            {
                yield return ArticleReadResult.Failure(streamError);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            lineNumber++;
            var content = Trim(line, skipBom: lineNumber == 1);
            if (content.IsEmpty)
            {
                continue;
            }

            yield return ParseLine(content, path, lineNumber);
        }
    }

    private static Stream Open(string path)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line, bool skipBom)
    {
        if (skipBom && line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        var span = line.Span;
        var from = 0;
        var to = span.Length;
        while (from < to && span[from] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            from++;
        }

        while (to > from && span[to - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            to--;
        }

        return line[from..to];
    }

    private static ArticleReadResult ParseLine(ReadOnlyMemory<byte> line, string path, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Failure(path, lineNumber, null, $"expected a JSON object, got {Describe(document.RootElement.ValueKind)}");
            }

            return ArticleReadResult.Success(ToArticle(new JsonFields(document.RootElement)));
        }
        catch (JsonException ex)
        {
            return Failure(path, lineNumber, null, $"invalid JSON: {ex.Message}");
        }
        catch (ArticleFormatException ex)
        {
            return Failure(path, lineNumber, ex.Field, ex.Message);
        }
    }

    private static ArticleReadResult Failure(string path, int line, string? field, string message) =>
        ArticleReadResult.Failure(new IngestError(path, line, field, message));

    private static NewsArticle ToArticle(JsonFields fields)
    {
        var title = fields.String("title", TitleNames);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArticleFormatException("missing or empty title", "title");
        }

        var captions = fields.Strings("captions", CaptionNames).ToList();
        var body = fields.String("body", BodyNames) ?? "";
        if (HtmlFragmentText.LooksLikeHtml(body))
        {
            var content = HtmlFragmentText.Convert(body);
            body = content.Body;
            captions.AddRange(content.Captions.Where(c => !captions.Contains(c, StringComparer.Ordinal)));
        }
        else
        {
            body = HtmlFragmentText.JoinParagraphs(body);
        }

        var reporters = new List<string>();
        var emails = fields.Strings("reporterEmails", EmailNames).ToList();
        string? bylinePress = null;
        foreach (var byline in fields.Strings("reporters", ReporterNames))
        {
            var parsed = BylineParser.Parse(byline);
            reporters.AddRange(parsed.Reporters);
            emails.AddRange(parsed.Emails);
            bylinePress ??= parsed.Press;
            var bare = byline.Trim();
            if (parsed.IsEmpty && bare.Length is > 0 and <= 20 && !bare.Contains(' ', StringComparison.Ordinal))
            {
                if (BylineParser.IsPressWord(bare))
                {
                    bylinePress ??= bare;
                }
                else
                {
                    reporters.Add(bare);
                }
            }
        }

        var url = Trimmed(fields.String("url", UrlNames));
        return new NewsArticle
        {
            Id = Trimmed(fields.String("id", IdNames)) ?? "",
            Url = url,
            Source = Trimmed(fields.String("source", SourceNames)) ?? PressDirectory.FromUrl(url) ?? bylinePress,
            Section = fields.Strings("section", SectionNames).Select(s => s.Trim()).FirstOrDefault(s => s.Length > 0),
            Title = title.Trim(),
            Subtitle = fields.Strings("subtitle", SubtitleNames).SelectMany(SplitLines).ToList(),
            Published = fields.Time("published", PublishedNames),
            Updated = fields.Time("updated", UpdatedNames),
            Reporters = reporters.Distinct(StringComparer.Ordinal).ToList(),
            ReporterEmails = emails.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Body = body,
            Captions = captions,
            Tags = fields.Strings("tags", TagNames).SelectMany(t => t.Split(',')).Select(t => t.Trim()).Where(t => t.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IEnumerable<string> SplitLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>The properties of one article object, looked up by alias, case-insensitively.</summary>
    private sealed class JsonFields
    {
        private readonly Dictionary<string, (string Name, JsonElement Value)> properties = new(StringComparer.OrdinalIgnoreCase);

        public JsonFields(JsonElement root)
        {
            foreach (var property in root.EnumerateObject())
            {
                string name;
                try
                {
                    name = property.Name;
                }
                catch (InvalidOperationException ex)
                {
                    // Like string values, a property name's UTF-8 is checked only when it is read (found by fuzzing).
                    throw new ArticleFormatException($"a property name is not valid UTF-8: {ex.Message}", field: null);
                }

                // The first of duplicate names wins, as the first alias does.
                properties.TryAdd(name, (name, property.Value));
            }
        }

        private JsonElement? Find(string[] names, out string usedName)
        {
            foreach (var name in names)
            {
                if (properties.TryGetValue(name, out var property) && property.Value.ValueKind != JsonValueKind.Null)
                {
                    usedName = property.Name;
                    return property.Value;
                }
            }

            usedName = names[0];
            return null;
        }

        /// <summary>A string field; a number is accepted as its text (ids), anything else is a wrong type.</summary>
        public string? String(string field, string[] names)
        {
            var value = Find(names, out var used);
            return value?.ValueKind switch
            {
                null => null,
                JsonValueKind.String => Text(value.Value, field),
                JsonValueKind.Number when field == "id" => value.Value.GetRawText(),
                _ => throw WrongType(field, used, "a string", value.Value.ValueKind),
            };
        }

        /// <summary>A field that may be one string or an array of strings.</summary>
        public IEnumerable<string> Strings(string field, string[] names)
        {
            var value = Find(names, out var used);
            if (value is not { } element)
            {
                return [];
            }

            if (element.ValueKind == JsonValueKind.String)
            {
                return [Text(element, field)];
            }

            if (element.ValueKind != JsonValueKind.Array)
            {
                throw WrongType(field, used, "a string or an array of strings", element.ValueKind);
            }

            var items = new List<string>();
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (item.ValueKind != JsonValueKind.String)
                {
                    throw WrongType(field, used, "an array of strings", item.ValueKind, inArray: true);
                }

                items.Add(Text(item, field));
            }

            return items;
        }

        public DateTimeOffset? Time(string field, string[] names)
        {
            var text = String(field, names);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            return PublishTimeParser.Parse(text)
                ?? throw new ArticleFormatException($"not a date/time: \"{Shorten(text)}\" (expected ISO 8601, RFC 822 or 2024.06.07 08:55)", field);
        }

        private static string Text(JsonElement element, string field)
        {
            try
            {
                return element.GetString()!;
            }
            catch (InvalidOperationException ex)
            {
                // JsonDocument checks UTF-8 only when a string is read.
                throw new ArticleFormatException($"the text is not valid UTF-8: {ex.Message}", field);
            }
        }

        private static ArticleFormatException WrongType(string field, string used, string expected, JsonValueKind actual, bool inArray = false)
        {
            var what = inArray ? $"an element that is {Describe(actual)}" : Describe(actual);
            var alias = used.Equals(field, StringComparison.OrdinalIgnoreCase) ? "" : $" (read from \"{used}\")";
            return new ArticleFormatException($"expected {expected}, got {what}{alias}", field);
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
    }

    /// <summary>Splits a stream into lines of bytes; a line stays valid until the next call.</summary>
    private sealed class Utf8LineReader(Stream stream) : IDisposable
    {
        private byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;
        private bool endOfStream;

        public bool TryReadLine(out ReadOnlyMemory<byte> line)
        {
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    line = buffer.AsMemory(start, newline);
                    start += newline + 1;
                    return true;
                }

                if (endOfStream)
                {
                    line = buffer.AsMemory(start, end - start);
                    var hasLast = end > start;
                    start = end;
                    return hasLast;
                }

                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                endOfStream = read == 0;
                end += read;
            }
        }

        public void Dispose() => stream.Dispose();
    }
}
