
using System.Diagnostics;
using System.Globalization;
using System.Text;
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

        var wholeProcess = IngestProcess(ctx);
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
        var processTable = new MarkdownTable("Engine", "Build s", "Articles/s", "Peak RSS MB", "Index MB", "Speed ÷ this 1-thread build (target ≥ 1.0)");
        foreach (var r in results.Where(r => r.Threads == 1))
        {
            processTable.Row(r.Engine, Fmt.N(r.BuildSeconds, 1), Fmt.N(r.ArticlesPerSecond, 0), Fmt.Mb(r.PeakBytes), Fmt.Mb(r.IndexBytes),
                Fmt.Ratio(r.BuildSeconds, wholeProcess.BuildSeconds));
        }

        ctx.AddSection(
            $"## Ingest as a whole process: `knews ingest` of the corpus as plain-text JSON Lines ({Fmt.N(wholeProcess.BuildSeconds, 1)} s, " +
            $"{Fmt.N(wholeProcess.ArticlesPerSecond, 0)} articles/s, peak RSS {Fmt.Mb(wholeProcess.PeakBytes)} MB, index {Fmt.Mb(wholeProcess.IndexBytes)} MB)\n\n" +
            "The published Release build (`dotnet publish src/KoreanNewsSearch.Cli -c Release`) started on the corpus decompressed into one " +
            "`.jsonl` file, into an empty folder: process start, reading and parsing, duplicate grouping, indexing with every core, a commit " +
            "per batch of 2,000, all timed (wall clock and peak RSS by `/usr/bin/time`). Against each engine's 1-thread build of the same " +
            "articles already in memory, as the issue compares them.\n\n" + processTable);
        ctx.AddNote("Our index stores the whole article as JSON plus a content hash and keyword/date fields, and indexes title, " +
            "subtitle and body as separate fields; the peers store only the id and index one text field: index sizes are not like for like.");
    }

    /// <summary>Times <c>knews ingest</c> of the corpus as one plain <c>.jsonl</c> file, as a whole process of the published build.</summary>
    public static BuildFigures IngestProcess(BenchContext ctx)
    {
        var input = ctx.PathOf("corpus.jsonl");
        ctx.EnsureBuilt(input, () => WriteCorpusLines(ctx, input));
        var index = ctx.PathOf("ours-process");
        DirectorySize.Recreate(index);
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "TIMED %e %M", Path.Combine(PublishedKnews.Folder(ctx), "knews"), "ingest", input, "--index", index })
        {
            info.ArgumentList.Add(arg);
        }

        ctx.Log.WriteLine($"ours: knews ingest of {input} as a whole process");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start /usr/bin/time (Debian package time)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var timed = stderr.Split('\n').LastOrDefault(line => line.StartsWith("TIMED ", StringComparison.Ordinal))?.Split(' ');
        if (process.ExitCode != 0 || timed is null)
        {
            throw new InvalidOperationException($"knews ingest exited {process.ExitCode}: {stderr}{stdout.Result}");
        }

        var seconds = double.Parse(timed[1], CultureInfo.InvariantCulture);
        var peakBytes = long.Parse(timed[2], CultureInfo.InvariantCulture) * 1024;
        int articles, segments;
        using (var opened = NewsIndex.OpenReadOnly(index))
        using (var lease = opened.AcquireSearcher())
        {
            articles = lease.Searcher.IndexReader.NumDocs;
            segments = lease.Searcher.IndexReader.Leaves.Count;
        }

        ctx.Log.WriteLine($"  {seconds:F1} s, {articles / seconds:N0} articles/s, peak RSS {peakBytes / 1e6:N0} MB");
        return new BuildFigures($"{OurEngine.Name}, `knews ingest`", ctx.Threads, articles, OurEngine.TextBytes(ctx.Corpus), seconds, peakBytes, null,
            DirectorySize.Of(index), segments);
    }

    // The corpus files decompressed into one file, in the order the harness reads them, cut at --limit.
    private static void WriteCorpusLines(BenchContext ctx, string path)
    {
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var lines = ChosunCorpus.Lines(ctx.Options.CorpusPath).Where(line => line.Length > 0);
        foreach (var line in ctx.Options.Limit is { } limit ? lines.Take(limit) : lines)
        {
            output.Write(line);
            output.Write('\n');
        }
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
