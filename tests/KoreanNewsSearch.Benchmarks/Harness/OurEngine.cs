using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Lucene.Net.Search;

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

    /// <summary>Builds a fresh on-disk index with <paramref name="threads"/> threads calling <see cref="NewsIndex.Upsert"/> on batches, then commits.</summary>
    public static BuildFigures Build(string path, IReadOnlyList<NewsArticle> articles, int threads)
    {
        DirectorySize.Recreate(path);
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        int segments;
        using (var index = NewsIndex.Open(path))
        {
            var batches = Partitioner.Create(0, articles.Count, 256);
            Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = threads }, range =>
                index.Upsert(Slice(articles, range.Item1, range.Item2)));
            index.Commit();
            clock.Stop();
            using var lease = index.AcquireSearcher();
            segments = lease.Searcher.IndexReader.Leaves.Count;
        }

        return new BuildFigures(Name, threads, articles.Count, TextBytes(articles), clock.Elapsed.TotalSeconds, PeakMemory.PeakBytes(), null,
            DirectorySize.Of(path), segments);
    }

    /// <summary>
    /// Ids of the top <paramref name="depth"/> articles matching any of the words, ranked: the relevance protocol's OR mode.
    /// </summary>
    // The placeholder SearchRequest has no any-words mode yet, so this builds the OR of the layout's per-word queries
    // over the default text fields, i.e. what the placeholder executor does with MUST replaced by SHOULD.
    // Replace with SearchRequest's any-words mode when the query layer lands.
    public static IReadOnlyList<string> SearchAnyWords(NewsIndex index, string text, int depth)
    {
        var query = new BooleanQuery();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var field in NewsFields.DefaultTextFields)
            {
                if (TextFieldLayout.BuildQuery(field, word) is { } q)
                {
                    query.Add(q, Occur.SHOULD);
                }
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        using var lease = index.AcquireSearcher();
        var top = lease.Searcher.Search(query, depth);
        return top.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc).Get(NewsFields.Id)).ToList();
    }

    /// <summary>One query of the mix through the public search API: top 10 with their articles.</summary>
    public static SearchResults Search(NewsIndex index, string query) => index.Search(new SearchRequest { Query = query, Limit = 10 });

    private static IEnumerable<NewsArticle> Slice(IReadOnlyList<NewsArticle> articles, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            yield return articles[i];
        }
    }
}
