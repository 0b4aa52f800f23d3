using System.Diagnostics;
using System.Text;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Figures of one index build.</summary>
internal sealed record BuildFigures(
    string Engine, int Threads, int Articles, long TextBytes, double BuildSeconds, long PeakBytes, long? PeakHeapBytes, long IndexBytes, int Segments)
{
    public double ArticlesPerSecond => Articles / BuildSeconds;

    public double MegabytesPerSecond => TextBytes / 1e6 / BuildSeconds;

    public double IndexToText => TextBytes == 0 ? 0 : IndexBytes / (double)TextBytes;
}

/// <summary>Our engine as the benchmarks drive it: <see cref="NewsIndex"/> through its public API.</summary>
internal static class OurEngine
{
    public const string Name = "Ours";

    /// <summary>UTF-8 bytes of the searchable text as RESULTS.md counts it: title plus body.</summary>
    public static long TextBytes(IEnumerable<NewsArticle> articles) =>
        articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Title) + Encoding.UTF8.GetByteCount(a.Body));

    /// <summary>
    /// Builds a fresh on-disk index: <see cref="NewsIndex.Upsert(IEnumerable{NewsArticle})"/> in batches with <paramref name="threads"/> analysing threads,
    /// then commits (timed); then compacts to one segment (untimed, like the peers' optimize) before the size is taken.
    /// </summary>
    public static BuildFigures Build(string path, IReadOnlyList<NewsArticle> articles, int threads)
    {
        DirectorySize.Recreate(path);
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        int segments;
        using (var index = NewsIndex.Open(path))
        {
            foreach (var batch in articles.Chunk(ArticleIngester.DefaultBatchSize))
            {
                index.Upsert(batch, threads);
            }

            index.Commit();
            clock.Stop();
            index.Compact();
            using var lease = index.AcquireSearcher();
            segments = lease.Searcher.IndexReader.Leaves.Count;
        }

        return new BuildFigures(Name, threads, articles.Count, TextBytes(articles), clock.Elapsed.TotalSeconds, PeakMemory.PeakBytes(), null,
            DirectorySize.Of(path), segments);
    }

    /// <summary>
    /// Ids of the top <paramref name="depth"/> (at most 100) articles for a natural-language question: any-words mode, no highlighting;
    /// <paramref name="foldDuplicates"/> false shows every copy (faster: folding visits every match).
    /// </summary>
    public static IReadOnlyList<string> SearchAnyWords(NewsIndex index, string text, int depth, RankingOptions? ranking = null, bool foldDuplicates = true) =>
        index.Search(new SearchRequest
        {
            Query = text,
            Mode = QueryMode.Any,
            Limit = depth,
            Highlight = false,
            Ranking = ranking ?? RankingOptions.Default,
            FoldDuplicates = foldDuplicates,
        }).Hits.Select(h => h.Id).ToList();
}
