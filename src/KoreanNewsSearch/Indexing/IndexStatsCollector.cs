using KoreanNewsSearch.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Indexing;

/// <summary>Computes <see cref="IndexStats"/> from doc values of the live documents.</summary>
internal static class IndexStatsCollector
{
    public static IndexStats Collect(IndexSearcher searcher, int topReporters, string? path)
    {
        var reader = searcher.IndexReader;
        long? min = null, max = null;
        var sources = new FieldCounter(NewsFields.Source);
        var reporters = new FieldCounter(NewsFields.Reporter);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var published = SegmentNumericColumns.For(atomic, NewsFields.PublishedSort);
            sources.SetNextReader(atomic);
            reporters.SetNextReader(atomic);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                sources.Collect(doc);
                reporters.Collect(doc);
                var value = published[doc];
                if (value == SegmentNumericColumns.Missing)
                {
                    continue;
                }

                min = min is null ? value : Math.Min(min.Value, value);
                max = max is null ? value : Math.Max(max.Value, value);
            }
        }

        return new IndexStats(
            reader.NumDocs,
            min is { } earliest ? DateTimeOffset.FromUnixTimeMilliseconds(earliest).ToOffset(NewsArticle.KoreaOffset) : null,
            max is { } latest ? DateTimeOffset.FromUnixTimeMilliseconds(latest).ToOffset(NewsArticle.KoreaOffset) : null,
            Ranked(sources.Finish(), int.MaxValue),
            Ranked(reporters.Finish(), topReporters),
            path is null ? null : SizeOnDisk(path),
            reader.Leaves.Count);
    }

    internal static IReadOnlyList<ValueCount> Ranked(Dictionary<string, int> counts, int top) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(top).Select(c => new ValueCount(c.Key, c.Value)).ToList();

    private static long SizeOnDisk(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.TopDirectoryOnly).Sum(f => f.Length);
}
