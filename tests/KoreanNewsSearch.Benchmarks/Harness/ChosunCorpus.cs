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
        var files = Directory.GetFiles(folder, "*.jsonl.gz").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no *.jsonl.gz files in '{folder}'");
        }

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
}
