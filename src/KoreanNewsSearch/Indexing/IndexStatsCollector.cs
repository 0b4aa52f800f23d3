using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Indexing;

/// <summary>Computes <see cref="IndexStats"/> from doc values of the live documents.</summary>
internal static class IndexStatsCollector
{
    public static IndexStats Collect(IndexSearcher searcher, int topReporters, string? path)
    {
        var reader = searcher.IndexReader;
        long? min = null, max = null;
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var reporters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var published = atomic.GetNumericDocValues(NewsFields.PublishedSort);
            var hasPublished = atomic.GetDocsWithField(NewsFields.PublishedSort);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || published is null || hasPublished is null || !hasPublished.Get(doc))
                {
                    continue;
                }

                var value = published.Get(doc);
                min = min is null ? value : Math.Min(min.Value, value);
                max = max is null ? value : Math.Max(max.Value, value);
            }

            CountOrdinals(atomic, NewsFields.Source, sources);
            CountOrdinals(atomic, NewsFields.Reporter, reporters);
        }

        return new IndexStats(
            reader.NumDocs,
            min is { } earliest ? DateTimeOffset.FromUnixTimeMilliseconds(earliest).ToOffset(NewsArticle.KoreaOffset) : null,
            max is { } latest ? DateTimeOffset.FromUnixTimeMilliseconds(latest).ToOffset(NewsArticle.KoreaOffset) : null,
            Ranked(sources, int.MaxValue),
            Ranked(reporters, topReporters),
            path is null ? null : SizeOnDisk(path));
    }

    internal static void CountOrdinals(AtomicReader reader, string field, Dictionary<string, int> counts)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return;
        }

        var perOrdinal = new int[values.ValueCount];
        var live = reader.LiveDocs;
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                perOrdinal[ord]++;
            }
        }

        var term = new BytesRef();
        for (var ord = 0; ord < perOrdinal.Length; ord++)
        {
            if (perOrdinal[ord] == 0)
            {
                continue;
            }

            values.LookupOrd(ord, term);
            var key = term.Utf8ToString();
            counts[key] = counts.GetValueOrDefault(key) + perOrdinal[ord];
        }
    }

    internal static IReadOnlyList<ValueCount> Ranked(Dictionary<string, int> counts, int top) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(top).Select(c => new ValueCount(c.Key, c.Value)).ToList();

    private static long SizeOnDisk(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.TopDirectoryOnly).Sum(f => f.Length);
}
