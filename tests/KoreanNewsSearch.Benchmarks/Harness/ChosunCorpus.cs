using System.IO.Compression;
using System.Text;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// The Chosun Ilbo corpus (<c>*.jsonl.gz</c>) as articles, read by the product's <see cref="JsonLinesArticleReader"/>, in
/// file-name then line order, which is the order RESULTS.md's sampling rules (every 28th article) refer to.
/// </summary>
internal static class ChosunCorpus
{
    public static IReadOnlyList<NewsArticle> Load(string folder, int? limit)
    {
        var files = Files(folder);
        var articles = new List<NewsArticle>();
        foreach (var file in files)
        {
            foreach (var result in JsonLinesArticleReader.ReadFile(file))
            {
                if (limit is { } max && articles.Count >= max)
                {
                    return articles;
                }

                articles.Add(result.Article ?? throw new InvalidDataException($"corpus line rejected: {result.Error}"));
            }
        }

        return articles;
    }

    /// <summary>The corpus files' JSON lines as they are, in the order <see cref="Load"/> reads them.</summary>
    public static IEnumerable<string> Lines(string folder) => Files(folder).SelectMany(ReadGzipLines);

    private static List<string> Files(string folder)
    {
        var files = Directory.GetFiles(folder, "*.jsonl.gz").Order(StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"no *.jsonl.gz files in '{folder}'");
    }

    private static IEnumerable<string> ReadGzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
