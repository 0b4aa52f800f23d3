
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Indexing speed, memory and size: ours and each peer, one thread and all cores.</summary>
internal static class IndexSuite
{
    public static string OurIndex(BenchContext ctx, int threads) => ctx.PathOf($"ours-{threads}");

    public static string PeerIndex(BenchContext ctx, string analyzer, int threads) => ctx.PathOf($"{analyzer}-{threads}");

    public static void Run(BenchContext ctx)
    {
        var threadCounts = ctx.Threads > 1 ? new[] { 1, ctx.Threads } : [1];
        var results = new List<BuildFigures>();
        foreach (var threads in threadCounts)
        {
            results.Add(BuildOurs(ctx, threads));
        }

        if (ctx.Peer is not null)
        {
            foreach (var analyzer in ctx.PeerAnalyzers)
            {
                foreach (var threads in threadCounts)
                {
                    results.Add(BuildPeer(ctx, analyzer, threads));
                }
            }
        }

        var corpusText = OurEngine.TextBytes(ctx.Corpus);
        var table = new MarkdownTable(
            "Engine", "Threads", "Build s", "Articles/s", "Text MB/s", "Peak RSS MB", "Peak heap MB", "Index MB", "Index / text", "Segments",
            "Build time ours ÷ this");
        foreach (var r in results)
        {
            var ours = results.First(o => o.Engine == OurEngine.Name && o.Threads == r.Threads);
            table.Row(
                r.Engine, r.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.N(r.BuildSeconds, 1), Fmt.N(r.ArticlesPerSecond, 0),
                Fmt.N(r.MegabytesPerSecond, 2), Fmt.Mb(r.PeakBytes), r.PeakHeapBytes is { } heap ? Fmt.Mb(heap) : "n/a", Fmt.Mb(r.IndexBytes),
                Fmt.N(r.IndexToText, 3), r.Segments.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt.Ratio(ours.BuildSeconds, r.BuildSeconds));
        }

        ctx.AddSection(
            $"## Indexing: {Fmt.N(ctx.Corpus.Count)} articles, title + body ({Fmt.N(corpusText)} UTF-8 bytes)\n\n" +
            "Build = add every article + commit, text already in memory (extraction not timed). Ours: `NewsIndex.Open` + " +
            "`Upsert` in batches of 2,000 with N analysing threads + `Commit`, then compacted to one segment (untimed, like the peers). " +
            "Peers: `IndexWriter.addDocument` from N threads + commit (256 MB RAM buffer, MMapDirectory); their index size and " +
            "latency index are after `forceMerge(1)`. Peak RSS = the kernel's VmHWM reset right before the build (the corpus " +
            $"already in memory is included on both sides); peak heap = the JVM's heap pools (JVM runs -Xms{ctx.HeapSize} -Xmx{ctx.HeapSize} " +
            "-XX:+UseSerialGC as in RESULTS.md).\n\n" + table);
        ctx.AddNote("Our index stores the whole article as JSON plus a content hash and keyword/date fields, and indexes title, " +
            "subtitle and body as separate fields; the peers store only the id and index one text field: index sizes are not like for like.");
    }

    public static BuildFigures BuildOurs(BenchContext ctx, int threads)
    {
        ctx.Log.WriteLine($"ours: indexing {ctx.Corpus.Count:N0} articles with {threads} thread(s)");
        var figures = OurEngine.Build(OurIndex(ctx, threads), ctx.Corpus, threads);
        ctx.MarkBuilt(OurIndex(ctx, threads));
        ctx.Log.WriteLine($"  {figures.BuildSeconds:F1} s, {figures.ArticlesPerSecond:N0} articles/s");
        return figures;
    }

    public static BuildFigures BuildPeer(BenchContext ctx, string analyzer, int threads)
    {
        var peer = ctx.Peer ?? throw new InvalidOperationException("no peer");
        var json = peer.Run("index", analyzer, "--corpus", ctx.PeerCorpusFile, "--dir", PeerIndex(ctx, analyzer, threads), "--threads",
            threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ctx.MarkBuilt(PeerIndex(ctx, analyzer, threads));
        var figures = new BuildFigures(
            JavaPeer.EngineName(analyzer), threads, json.GetProperty("docs").GetInt32(), json.GetProperty("textBytes").GetInt64(),
            json.GetProperty("buildSeconds").GetDouble(), json.GetProperty("peakRssBytes").GetInt64(), json.GetProperty("peakHeapBytes").GetInt64(),
            json.GetProperty("indexBytes").GetInt64(), json.GetProperty("segmentsBeforeMerge").GetInt32());
        ctx.Log.WriteLine($"  {figures.BuildSeconds:F1} s, {figures.ArticlesPerSecond:N0} articles/s, optimize {json.GetProperty("optimizeSeconds").GetDouble():F1} s");
        return figures;
    }

    /// <summary>Builds what the latency measurement needs when this run has not built it yet (not timed).</summary>
    /// <remarks>With <c>--reuse</c>, an index left in the output folder by an earlier run with the same corpus is used as it is.</remarks>
    public static void EnsureOurIndex(BenchContext ctx) =>
        ctx.EnsureBuilt(OurIndex(ctx, 1), () =>
        {
            if (!(ctx.Reuse && NewsIndex.Exists(OurIndex(ctx, 1))))
            {
                BuildOurs(ctx, 1);
            }
        });

    public static void EnsurePeerIndex(BenchContext ctx, string analyzer) =>
        ctx.EnsureBuilt(PeerIndex(ctx, analyzer, 1), () =>
        {
            if (!(ctx.Reuse && File.Exists(Path.Combine(PeerIndex(ctx, analyzer, 1), "write.lock")) &&
                Directory.EnumerateFiles(PeerIndex(ctx, analyzer, 1), "segments_*").Any()))
            {
                BuildPeer(ctx, analyzer, 1);
            }
        });
}
