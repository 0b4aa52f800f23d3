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

/// <summary>Query latency over the 400-query mix: ours over the default directory (positional reads) and MMapDirectory, and each peer.</summary>
internal static class LatencySuite
{
    public static readonly string[] Types = ["multi", "noun", "phrase", "syllable", "mixed"];

    public static IReadOnlyList<MixQuery> LoadQueries(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var cells = line.Split('\t');
            return cells.Length == 3 ? new MixQuery(cells[0], cells[1], cells[2]) : throw new InvalidDataException($"{path}:{i + 2}: expected qid, type, query");
        }).ToList();

    /// <summary>Request shapes measured besides the default one, all over the default directory: name and how the request differs.</summary>
    internal static readonly (string Name, Func<SearchRequest, SearchRequest> Shape)[] Variants =
    [
        ("any words", r => r with { Mode = QueryMode.Any }),
        ("no highlight", r => r with { Highlight = false }),
        ("filtered: 2025", r => r with { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 12, 31) }),
        ("newest first", r => r with { Sort = SearchSort.Newest }),
        ("newest first without highlight", r => r with { Sort = SearchSort.Newest, Highlight = false }),
        ("facets on", r => r with { Facets = true }),
    ];

    public static void Run(BenchContext ctx)
    {
        var queriesPath = Path.Combine(ctx.SharedPath, "peers", "queries.tsv");
        // --query-stride K keeps every K-th query (all types stay represented): for quick runs.
        var stride = ctx.Options.Extra.TryGetValue("query-stride", out var k) ? int.Parse(k, CultureInfo.InvariantCulture) : 1;
        var queries = LoadQueries(queriesPath).Where((_, i) => i % stride == 0).ToList();
        IndexSuite.EnsureOurIndex(ctx);
        var results = new List<MixFigures>();
        foreach (var memoryMapped in new[] { false, true })
        {
            var directory = memoryMapped ? "MMap" : "pread";
            using var index = NewsIndex.OpenReadOnly(IndexSuite.OurIndex(ctx, 1), memoryMapped);
            ctx.Log.WriteLine($"ours: query mix over {directory}");
            results.Add(MeasureOurs(ctx, index, queries, $"{OurEngine.Name} ({directory})", r => r, threaded: true));
            if (!memoryMapped)
            {
                foreach (var (name, shape) in Variants)
                {
                    ctx.Log.WriteLine($"ours: query mix, {name}");
                    results.Add(MeasureOurs(ctx, index, queries, $"{OurEngine.Name} (pread, {name})", shape, threaded: false));
                }
            }
        }

        if (ctx.Peer is { } peer)
        {
            foreach (var analyzer in ctx.PeerAnalyzers)
            {
                IndexSuite.EnsurePeerIndex(ctx, analyzer);
                results.Add(MeasurePeer(ctx, peer, analyzer, queriesPath, queries, stride));
            }
        }

        ctx.AddSection(Render(ctx, queries, results));
    }

    /// <summary>Untimed passes over the mix before the timed ones, on both sides (<c>--warmup N</c>, default 11 as in the figures).</summary>
    private static int WarmupPasses(BenchContext ctx) =>
        ctx.Options.Extra.TryGetValue("warmup", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : 11;

    private static MixFigures MeasureOurs(
        BenchContext ctx, NewsIndex index, IReadOnlyList<MixQuery> queries, string engine, Func<SearchRequest, SearchRequest> shape, bool threaded)
    {
        var requests = queries.Select(q => shape(new SearchRequest { Query = q.Text, Limit = 10 })).ToList();
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        var errors = 0;
        for (var i = 0; i < queries.Count; i++) // first warm-up pass, also collecting hit counts
        {
            try
            {
                hits[queries[i].Id] = index.Search(requests[i]).Total;
            }
            catch (QuerySyntaxException)
            {
                hits[queries[i].Id] = -1;
                errors++;
            }
        }

        for (var pass = 1; pass < WarmupPasses(ctx); pass++)
        {
            foreach (var request in requests)
            {
                RunQuietly(index, request);
            }
        }

        var times = new double[queries.Count * ctx.Passes];
        for (var pass = 0; pass < ctx.Passes; pass++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                RunQuietly(index, requests[i]);
                times[(pass * queries.Count) + i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        var threadedQps = 0.0;
        if (threaded)
        {
            var threadedClock = Stopwatch.StartNew();
            Parallel.For(0, ctx.Threads, new ParallelOptions { MaxDegreeOfParallelism = ctx.Threads }, _ =>
            {
                for (var pass = 0; pass < ctx.Passes; pass++)
                {
                    foreach (var request in requests)
                    {
                        RunQuietly(index, request);
                    }
                }
            });
            threadedQps = ctx.Threads * ctx.Passes * queries.Count / threadedClock.Elapsed.TotalSeconds;
        }

        return Figures(engine, queries, times, hits, threadedQps, errors);
    }

    private static void RunQuietly(NewsIndex index, SearchRequest request)
    {
        try
        {
            index.Search(request);
        }
        catch (QuerySyntaxException)
        {
            // Counted in the warm-up pass; the time of a rejected query is still the cost of answering it.
        }
    }

    private static MixFigures MeasurePeer(BenchContext ctx, JavaPeer peer, string analyzer, string queriesPath, IReadOnlyList<MixQuery> queries, int stride)
    {
        var json = peer.Run("latency", analyzer, "--dir", IndexSuite.PeerIndex(ctx, analyzer, 1), "--queries", queriesPath,
            "--passes", ctx.Passes.ToString(CultureInfo.InvariantCulture), "--warmup", WarmupPasses(ctx).ToString(CultureInfo.InvariantCulture), "--stride", stride.ToString(CultureInfo.InvariantCulture), "--threads", ctx.Threads.ToString(CultureInfo.InvariantCulture));
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
        var overall = new MarkdownTable("Engine", "p50 ms", "p95 ms", "p99 ms", "mean ms", "QPS (1 thread)", $"QPS ({ctx.Threads} threads)", "Mean ours(pread) ÷ this");
        foreach (var r in results)
        {
            overall.Row(r.Engine, Fmt.N(r.Overall.P50, 3), Fmt.N(r.Overall.P95, 3), Fmt.N(r.Overall.P99, 3), Fmt.N(r.Overall.Mean, 3),
                Fmt.N(r.Overall.Qps, 0), r.ThreadedQps > 0 ? Fmt.N(r.ThreadedQps, 0) : "—", Fmt.Ratio(ours.Overall.Mean, r.Overall.Mean));
        }

        var byType = new MarkdownTable(["Engine", .. Types]);
        var zeroHits = new MarkdownTable(["Engine", .. Types.Select(t => $"{t} (n={queries.Count(q => q.Type == t)})")]);
        var compared = results.Where(r => !r.Engine.StartsWith(OurEngine.Name, StringComparison.Ordinal) || r == ours || r.Engine.EndsWith("any words)", StringComparison.Ordinal)).ToList();
        foreach (var r in results)
        {
            byType.Row([r.Engine, .. Types.Select(t => Fmt.N(r.MeanByType[t], 3))]);
        }

        foreach (var r in compared)
        {
            zeroHits.Row([r.Engine, .. Types.Select(t =>
            {
                var counts = queries.Where(q => q.Type == t).Select(q => r.Hits[q.Id]).Order().ToList();
                return counts.Count == 0 ? "n/a" : $"{counts.Count(c => c <= 0)}/{Fmt.N(counts[(counts.Count - 1) / 2])}";
            })]);
        }

        var examples = new MarkdownTable(["type", "query", .. compared.Select(e => e.Engine)]);
        foreach (var t in Types)
        {
            foreach (var q in queries.Where(q => q.Type == t).Take(3))
            {
                examples.Row([t, $"`{q.Text}`", .. compared.Select(e => e.Hits[q.Id] < 0 ? "error" : Fmt.N(e.Hits[q.Id]))]);
            }
        }

        var errors = string.Join(", ", results.Where(r => r.Errors > 0).Select(r => $"{r.Engine}: {r.Errors}"));
        return $"## Query latency: {queries.Count}-query mix, {WarmupPasses(ctx)} warm-up + {ctx.Passes} measured passes, top 10\n\n" +
            "Time = parse + top-10 search + fetching the 10 hits, in-process, single thread (ours: `NewsIndex.Search(SearchRequest)` with its " +
            "defaults: all words required, exact total, the 10 stored articles deserialised, title highlighted and a snippet built; " +
            "peers: classic QueryParser, OR, `search(q, 10)` + stored id). The rows in brackets change one request setting over the default directory (positional reads, `pread`). " +
            $"The {ctx.Threads}-thread column runs {ctx.Passes} passes on each thread at once over the same open index.\n\n" + overall +
            "\nMean latency by query type, ms:\n\n" + byType +
            "\nZero-hit queries / median number of matching documents, by type (ours by default requires every word; \"any words\" and the peers OR them):\n\n" + zeroHits +
            "\nMatching documents, first 3 queries of each type:\n\n" + examples +
            (errors.Length > 0 ? $"\nQueries rejected as malformed: {errors}.\n" : "");
    }
}
