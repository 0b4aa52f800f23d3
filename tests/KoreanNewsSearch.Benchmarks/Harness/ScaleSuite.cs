using System.Diagnostics;
using System.Globalization;
using System.Text;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// Scale: a synthetic archive (<see cref="SyntheticArchive"/>, default 1,000,000 articles) ingested the way
/// <c>knews ingest</c> does it (batches of 2,000, each committed), with throughput and memory along the way, compared with
/// the same procedure over the real corpus; then the query mix over it, default and newest first.
/// </summary>
internal static class ScaleSuite
{
    private const int Slices = 10;

    public static void Run(BenchContext ctx)
    {
        var count = ctx.Options.Extra.TryGetValue("scale", out var n) ? int.Parse(n, CultureInfo.InvariantCulture) : 1_000_000;
        // Untimed warm-up, so that neither timed ingest pays for the JIT.
        Ingest(ctx, ctx.PathOf("scale-warm-up"), ctx.Corpus.Take(ArticleIngester.DefaultBatchSize), Math.Min(ctx.Corpus.Count, ArticleIngester.DefaultBatchSize));
        Directory.Delete(ctx.PathOf("scale-warm-up"), recursive: true);
        ctx.Log.WriteLine($"scale: ingesting the real {ctx.Corpus.Count:N0} articles by committed batches with {ctx.Threads} thread(s)");
        var real = Ingest(ctx, ctx.PathOf("scale-real"), ctx.Corpus, ctx.Corpus.Count);
        ctx.Log.WriteLine($"scale: ingesting {count:N0} synthetic articles by committed batches with {ctx.Threads} thread(s)");
        var synthetic = Ingest(ctx, ctx.PathOf("scale-synthetic"), new SyntheticArchive(ctx.Corpus).Articles(count), count);

        var builds = new MarkdownTable("Archive", "Articles", "Ingest s", "Articles/s", "Text MB/s", "Peak RSS MB", "Index MB", "Segments", "Articles/s ÷ real corpus");
        foreach (var (name, figures) in new[] { ("real (Chosun)", real), ("synthetic", synthetic) })
        {
            builds.Row(name, Fmt.N(figures.Articles), Fmt.N(figures.Seconds, 1), Fmt.N(figures.Articles / figures.Seconds, 0),
                Fmt.N(figures.TextBytes / 1e6 / figures.Seconds, 2), Fmt.Mb(figures.PeakBytes), Fmt.Mb(figures.IndexBytes),
                figures.Segments.ToString(CultureInfo.InvariantCulture), Fmt.N(figures.Articles / figures.Seconds / (real.Articles / real.Seconds), 2));
        }

        var slices = new MarkdownTable("Articles so far", "Articles/s in this slice", "RSS MB at its end");
        var previous = (Articles: 0, Seconds: 0.0);
        foreach (var slice in synthetic.Slices)
        {
            slices.Row(Fmt.N(slice.Articles), Fmt.N((slice.Articles - previous.Articles) / (slice.Seconds - previous.Seconds), 0), Fmt.Mb(slice.RssBytes));
            previous = (slice.Articles, slice.Seconds);
        }

        var queries = LatencySuite.LoadQueries(Path.Combine(ctx.SharedPath, "peers", "queries.tsv"));
        var latency = new MarkdownTable("Request", "p50 ms", "p95 ms", "p99 ms", "mean ms");
        using (var index = NewsIndex.OpenReadOnly(ctx.PathOf("scale-synthetic")))
        {
            foreach (var (name, shape) in new (string, Func<SearchRequest, SearchRequest>)[] { ("default", r => r), ("newest first", r => r with { Sort = SearchSort.Newest }) })
            {
                ctx.Log.WriteLine($"scale: query mix over the synthetic archive, {name}");
                var stats = LatencyStats.From(Time(index, queries.Select(q => shape(new SearchRequest { Query = q.Text, Limit = 10 })).ToList(), ctx.Passes));
                latency.Row(name, Fmt.N(stats.P50, 3), Fmt.N(stats.P95, 3), Fmt.N(stats.P99, 3), Fmt.N(stats.Mean, 3));
            }
        }

        ctx.AddSection(
            $"## Scale: {Fmt.N(count)} synthetic articles\n\n" +
            "Both archives are ingested as `knews ingest` does it: `Upsert` of 2,000 articles with " +
            $"{ctx.Threads} analysing thread(s), then `Commit`, batch after batch, no compaction. The synthetic articles are made " +
            "while they are read (title, section and reporters of a real article, a body of as many real paragraphs drawn at random " +
            "from all bodies, a distinct URL, a time spread over 2006-2025), so the peak RSS includes the real corpus held in memory " +
            "as their source, as it does for the real run.\n\n" + builds +
            "\nThroughput and resident memory along the synthetic ingest (flat memory: no growth with the archive):\n\n" + slices +
            $"\nThe {queries.Count}-query mix over the synthetic archive (1 warm-up + {ctx.Passes} passes, one thread, positional reads, top 10, highlighting on):\n\n" + latency);
    }

    private static IngestFigures Ingest(BenchContext ctx, string path, IEnumerable<NewsArticle> articles, int count)
    {
        DirectorySize.Recreate(path);
        PeakMemory.Reset();
        var clock = Stopwatch.StartNew();
        var slices = new List<(int Articles, double Seconds, long RssBytes)>();
        var sliceSize = Math.Max(1, count / Slices);
        int done = 0, segments;
        long textBytes = 0;
        using (var index = NewsIndex.Open(path))
        {
            foreach (var batch in articles.Chunk(ArticleIngester.DefaultBatchSize))
            {
                textBytes += batch.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Title) + Encoding.UTF8.GetByteCount(a.Body));
                index.Upsert(batch, ctx.Threads);
                index.Commit();
                var before = done;
                done += batch.Length;
                if (done / sliceSize > before / sliceSize || done == count)
                {
                    using var process = Process.GetCurrentProcess();
                    slices.Add((done, clock.Elapsed.TotalSeconds, process.WorkingSet64));
                    ctx.Log.WriteLine($"  {done:N0} articles, {clock.Elapsed.TotalSeconds:F0} s, RSS {process.WorkingSet64 / 1e6:F0} MB");
                }
            }

            clock.Stop();
            using var lease = index.AcquireSearcher();
            segments = lease.Searcher.IndexReader.Leaves.Count;
        }

        return new IngestFigures(done, textBytes, clock.Elapsed.TotalSeconds, PeakMemory.PeakBytes(), DirectorySize.Of(path), segments, slices);
    }

    private static double[] Time(NewsIndex index, IReadOnlyList<SearchRequest> requests, int passes)
    {
        foreach (var request in requests)
        {
            Run(index, request);
        }

        var times = new double[requests.Count * passes];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                Run(index, requests[i]);
                times[(pass * requests.Count) + i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        return times;
    }

    private static void Run(NewsIndex index, SearchRequest request)
    {
        try
        {
            index.Search(request);
        }
        catch (QuerySyntaxException)
        {
            // A rejected query costs what it costs: the latency suite counts them.
        }
    }

    private sealed record IngestFigures(
        int Articles, long TextBytes, double Seconds, long PeakBytes, long IndexBytes, int Segments, IReadOnlyList<(int Articles, double Seconds, long RssBytes)> Slices);
}
