using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// The articles the duplicate and related-article measurements run on: the Chosun corpus plus the shipped
/// <c>data/</c> folder (its Wikinews articles hold republished copies too), ids as the product computes them.
/// </summary>
internal static class DuplicateCorpus
{
    public static IReadOnlyList<NewsArticle> Load(BenchmarkOptions options)
    {
        var chosun = ChosunCorpus.Load(options.CorpusPath, options.Limit);
        var shipped = ArticleFileReader.ReadPaths([Path.Combine(BenchPaths.RepoRoot, "data")])
            .Select(r => r.Article)
            .OfType<NewsArticle>();
        return [.. chosun.Select(a => a.WithComputedId()).Concat(shipped)];
    }

    /// <summary>The articles of a built index's corpus by id.</summary>
    public static Dictionary<string, NewsArticle> ById(IEnumerable<NewsArticle> articles) =>
        articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>A label file: tab-separated cells, <c>#</c> comments and blank lines skipped, each row with its line number.</summary>
    public static IEnumerable<(int Line, string[] Cells)> ReadLabels(string path, int cells)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var split = line.Split('\t');
            if (split.Length < cells)
            {
                throw new InvalidDataException($"{path}:{number}: expected {cells} tab-separated cells, got {split.Length}");
            }

            yield return (number, split);
        }
    }
}
