using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>One query of RESULTS.md's 400-query mix.</summary>
internal sealed record MixQuery(string Id, string Type, string Text);

/// <summary>Latency and hit counts of one engine over the query mix.</summary>
internal sealed record MixFigures(
    string Engine, LatencyStats Overall, IReadOnlyDictionary<string, double> MeanByType, IReadOnlyDictionary<string, long> Hits,
    double ThreadedQps, int Errors);

/// <summary>Query latency over the 400-query mix: ours over NIOFSDirectory and MMapDirectory, and each peer.</summary>
internal static class LatencySuite
{
    public static readonly string[] Types = ["multi", "noun", "phrase", "syllable", "mixed"];

    public static IReadOnlyList<MixQuery> LoadQueries(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var cells = line.Split('\t');
            return cells.Length == 3 ? new MixQuery(cells[0], cells[1], cells[2]) : throw new InvalidDataException($"{path}:{i + 2}: expected qid, type, query");
        }).ToList();

    public static void Run(BenchContext ctx)
    {
        var queriesPath = Path.Combine(ctx.SharedPath, "peers", "queries.tsv");
        var queries = LoadQueries(queriesPath);
        IndexSuite.EnsureOurIndex(ctx);
        var results = new List<MixFigures>();
        foreach (var memoryMapped in new[] { false, true })
        {
            ctx.Log.WriteLine($"ours: query mix over {(memoryMapped ? "MMapDirectory" : "NIOFSDirectory")}");
            results.Add(MeasureOurs(ctx, queries, memoryMapped));
        }

        if (ctx.Peer is { } peer)
        {
            foreach (var analyzer in JavaPeer.Analyzers)
            {
                IndexSuite.EnsurePeerIndex(ctx, analyzer);
                results.Add(MeasurePeer(ctx, peer, analyzer, queriesPath, queries));
            }
        }

        ctx.AddSection(Render(ctx, queries, results));
    }

    private static MixFigures MeasureOurs(BenchContext ctx, IReadOnlyList<MixQuery> queries, bool memoryMapped)
    {
        using var index = NewsIndex.OpenReadOnly(IndexSuite.OurIndex(ctx, 1), memoryMapped);
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        var errors = 0;
        foreach (var q in queries) // warm-up pass, also collecting hit counts
        {
            try
            {
                hits[q.Id] = OurEngine.Search(index, q.Text).Total;
            }
            catch (QuerySyntaxException)
            {
                hits[q.Id] = -1;
                errors++;
            }
        }

        var times = new double[queries.Count * ctx.Passes];
        for (var pass = 0; pass < ctx.Passes; pass++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                RunQuietly(index, queries[i].Text);
                times[(pass * queries.Count) + i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        var threadedClock = Stopwatch.StartNew();
        Parallel.For(0, ctx.Threads, new ParallelOptions { MaxDegreeOfParallelism = ctx.Threads }, _ =>
        {
            for (var pass = 0; pass < ctx.Passes; pass++)
            {
                foreach (var q in queries)
                {
                    RunQuietly(index, q.Text);
                }
            }
        });
        var threadedQps = ctx.Threads * ctx.Passes * queries.Count / threadedClock.Elapsed.TotalSeconds;

        return Figures($"{OurEngine.Name} ({(memoryMapped ? "MMap" : "NIOFS")})", queries, times, hits, threadedQps, errors);
    }

    private static void RunQuietly(NewsIndex index, string query)
    {
        try
        {
            OurEngine.Search(index, query);
        }
        catch (QuerySyntaxException)
        {
            // Counted in the warm-up pass; the time of a rejected query is still the cost of answering it.
        }
    }

    private static MixFigures MeasurePeer(BenchContext ctx, JavaPeer peer, string analyzer, string queriesPath, IReadOnlyList<MixQuery> queries)
    {
        var json = peer.Run("latency", analyzer, "--dir", IndexSuite.PeerIndex(ctx, analyzer, 1), "--queries", queriesPath,
            "--passes", ctx.Passes.ToString(CultureInfo.InvariantCulture), "--threads", ctx.Threads.ToString(CultureInfo.InvariantCulture));
        var times = json.GetProperty("timesMs").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var hitsJson = json.GetProperty("hits");
        var hits = queries.ToDictionary(q => q.Id, q => hitsJson.GetProperty(q.Id).GetInt64(), StringComparer.Ordinal);
        var threadedWall = json.GetProperty("threadedWallSeconds").GetDouble();
        var threadedQps = threadedWall > 0 ? json.GetProperty("threadedQueries").GetInt64() / threadedWall : 0;
        return Figures(JavaPeer.EngineName(analyzer), queries, times, hits, threadedQps, json.GetProperty("parseErrors").GetInt32());
    }

    private static MixFigures Figures(string engine, IReadOnlyList<MixQuery> queries, double[] times, Dictionary<string, long> hits, double threadedQps, int errors)
    {
        var meanByType = Types.ToDictionary(
            t => t,
            t => Enumerable.Range(0, times.Length).Where(i => queries[i % queries.Count].Type == t).Select(i => times[i]).DefaultIfEmpty(0).Average(),
            StringComparer.Ordinal);
        return new MixFigures(engine, LatencyStats.From(times), meanByType, hits, threadedQps, errors);
    }

    private static string Render(BenchContext ctx, IReadOnlyList<MixQuery> queries, List<MixFigures> results)
    {
        var ours = results[0];
        var overall = new MarkdownTable("Engine", "p50 ms", "p95 ms", "p99 ms", "mean ms", "QPS (1 thread)", $"QPS ({ctx.Threads} threads)", "Mean ours(NIOFS) ÷ this");
        foreach (var r in results)
        {
            overall.Row(r.Engine, Fmt.N(r.Overall.P50, 3), Fmt.N(r.Overall.P95, 3), Fmt.N(r.Overall.P99, 3), Fmt.N(r.Overall.Mean, 3),
                Fmt.N(r.Overall.Qps, 0), Fmt.N(r.ThreadedQps, 0), Fmt.Ratio(ours.Overall.Mean, r.Overall.Mean));
        }

        var byType = new MarkdownTable(["Engine", .. Types]);
        var zeroHits = new MarkdownTable(["Engine", .. Types.Select(t => $"{t} (n={queries.Count(q => q.Type == t)})")]);
        foreach (var r in results)
        {
            byType.Row([r.Engine, .. Types.Select(t => Fmt.N(r.MeanByType[t], 3))]);
            zeroHits.Row([r.Engine, .. Types.Select(t =>
            {
                var counts = queries.Where(q => q.Type == t).Select(q => r.Hits[q.Id]).Order().ToList();
                return counts.Count == 0 ? "n/a" : $"{counts.Count(c => c <= 0)}/{Fmt.N(counts[(counts.Count - 1) / 2])}";
            })]);
        }

        var engines = results.Where(r => r != results[1]).ToList(); // NIOFS and MMap return the same hits
        var examples = new MarkdownTable(["type", "query", .. engines.Select(e => e.Engine)]);
        foreach (var t in Types)
        {
            foreach (var q in queries.Where(q => q.Type == t).Take(3))
            {
                examples.Row([t, $"`{q.Text}`", .. engines.Select(e => e.Hits[q.Id] < 0 ? "error" : Fmt.N(e.Hits[q.Id]))]);
            }
        }

        var errors = string.Join(", ", results.Where(r => r.Errors > 0).Select(r => $"{r.Engine}: {r.Errors}"));
        return $"## Query latency: {queries.Count}-query mix, 1 warm-up + {ctx.Passes} measured passes, top 10\n\n" +
            "Time = parse + top-10 search + fetching the 10 hits, in-process, single thread (ours: `NewsIndex.Search(SearchRequest)`, which " +
            "deserialises the 10 stored articles; peers: classic QueryParser, OR, `search(q, 10)` + stored id). " +
            $"The {ctx.Threads}-thread column runs {ctx.Passes} passes on each thread at once over the same open index.\n\n" + overall +
            "\nMean latency by query type, ms:\n\n" + byType +
            "\nZero-hit queries / median number of matching documents, by type (ours: placeholder query layer, words ANDed; peers: words ORed):\n\n" + zeroHits +
            "\nMatching documents, first 3 queries of each type:\n\n" + examples +
            (errors.Length > 0 ? $"\nQueries rejected as malformed: {errors}.\n" : "");
    }
}
