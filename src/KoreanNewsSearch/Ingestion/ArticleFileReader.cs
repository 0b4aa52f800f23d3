using System.Globalization;
using System.Text;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Reads articles from files and folders, choosing the parser by extension:
/// <c>.html</c>/<c>.htm</c> pages, <c>.txt</c> page dumps, <c>.jsonl</c>/<c>.jsonl.gz</c> exports.
/// </summary>
public static class ArticleFileReader
{
    static ArticleFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>True when the file name has an extension this reader handles.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>Whether <see cref="ReadFile"/> would parse it.</returns>
    public static bool IsSupported(string path) => FormatOf(path) is not null;

    /// <summary>
    /// Lists the files to read under the given paths: files as they are (any extension, so that a wrong one is reported),
    /// folders recursively (supported extensions only, in ordinal path order so runs are reproducible).
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>The files, or an error for each path that does not exist.</returns>
    public static IEnumerable<(string Path, IngestError? Error)> EnumerateInputs(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, null);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsSupported)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return (file, null);
                }
            }
            else
            {
                yield return (path, new IngestError(path, null, null, "no such file or directory"));
            }
        }
    }

    /// <summary>Reads every article of every input under <paramref name="paths"/>; failures come back as results, never as exceptions.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>One result per article or failure, in input order.</returns>
    public static IEnumerable<ArticleReadResult> ReadPaths(IEnumerable<string> paths)
    {
        foreach (var (path, error) in EnumerateInputs(paths))
        {
            if (error is not null)
            {
                yield return ArticleReadResult.Failure(error);
                continue;
            }

            foreach (var result in ReadFile(path))
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads the articles of one file; a file that cannot be read yields one failure naming it and the reason.</summary>
    /// <param name="path">The file.</param>
    /// <returns>One result per article or failure.</returns>
    public static IEnumerable<ArticleReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path);
        if (format is null)
        {
            return [ArticleReadResult.Failure(new IngestError(path, null, null,
                "unsupported file type: expected .html, .htm, .txt, .jsonl or .jsonl.gz"))];
        }

        if (format == InputFormat.JsonLines)
        {
            return JsonLinesArticleReader.ReadFile(path);
        }

        return [ReadSingleArticleFile(path, format.Value)];
    }

    /// <summary>
    /// Largest article page or text dump read, in bytes. Real article pages are under 2 MB; a bigger file is a dump of
    /// something else, and parsing it whole (the DOM takes many times its size) could exhaust memory.
    /// </summary>
    public const long MaxSingleArticleBytes = 16 * 1024 * 1024;

    private static ArticleReadResult ReadSingleArticleFile(string path, InputFormat format)
    {
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxSingleArticleBytes)
            {
                return ArticleReadResult.Failure(new IngestError(path, null, null, string.Create(CultureInfo.InvariantCulture,
                    $"file is {size / 1048576.0:0.0} MB, more than the {MaxSingleArticleBytes / 1048576} MB an article page can be: not read (split it, or extract the article first)")));
            }

            var bytes = File.ReadAllBytes(path);
            var parsed = format == InputFormat.Html
                ? HtmlArticleParser.Read(bytes, path)
                : new ParsedArticle(TextDumpParser.Parse(TextDecoding.Decode(bytes, path), path), null);
            return parsed.Warning is { } warning
                ? ArticleReadResult.SuccessWithWarning(parsed.Article, new IngestError(path, null, "body", warning))
                : ArticleReadResult.Success(parsed.Article);
        }
        catch (ArticleFormatException ex)
        {
            return ArticleReadResult.Failure(new IngestError(path, null, ex.Field, ex.Message));
        }
        catch (IOException ex)
        {
            return ArticleReadResult.Failure(new IngestError(path, null, null, ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            return ArticleReadResult.Failure(new IngestError(path, null, null, ex.Message));
        }
    }

    private static InputFormat? FormatOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }

        if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.TextDump;
        }

        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.JsonLines;
        }

        return null;
    }

    private enum InputFormat
    {
        Html,
        TextDump,
        JsonLines,
    }
}
