using System.Diagnostics;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>Where the tail of the latency distribution comes from: the slowest mix queries of each request shape.</summary>
internal sealed class SlowestQueriesCommand : IBenchmarkCommand
{
    private const int Shown = 10;

    public string Name => "slowest";

    public string Description => "The 10 slowest mix queries (median of the passes) for the default request and each variant of `latency`";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        var queries = LatencySuite.LoadQueries(Path.Combine(ctx.SharedPath, "peers", "queries.tsv"));
        IndexSuite.EnsureOurIndex(ctx);
        using var index = NewsIndex.OpenReadOnly(IndexSuite.OurIndex(ctx, 1));
        // --shapes "default,newest first" keeps only those request shapes.
        var wanted = ctx.Options.Extra.TryGetValue("shapes", out var names) ? names.Split(',') : null;
        foreach (var (name, shape) in LatencySuite.Variants.Prepend(("default", r => r)).Where(v => wanted?.Contains(v.Name) != false))
        {
            ctx.Log.WriteLine($"ours: slowest queries, {name}");
            var requests = queries.Select(q => shape(new SearchRequest { Query = q.Text, Limit = 10 })).ToList();
            var totals = requests.Select(r => TryRun(index, r)?.Total ?? -1).ToList();
            var times = requests.Select(_ => new List<double>()).ToList();
            for (var pass = 0; pass < ctx.Passes; pass++)
            {
                for (var i = 0; i < requests.Count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    TryRun(index, requests[i]);
                    times[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            var medians = times.Select(t => t.Order().ElementAt(t.Count / 2)).ToList();
            var table = new MarkdownTable("ms (median)", "type", "query", "matches");
            foreach (var i in Enumerable.Range(0, queries.Count).OrderByDescending(i => medians[i]).Take(Shown))
            {
                table.Row(Fmt.N(medians[i], 2), queries[i].Type, $"`{queries[i].Text}`", Fmt.N(totals[i]));
            }

            ctx.AddSection($"## Slowest {Shown} of {queries.Count} queries, {name} (1 warm-up + {ctx.Passes} passes)\n\n" + table);
        }

        ctx.WriteReport("report-slowest.md", "KoreanNewsSearch benchmark: slowest queries");
        return 0;
    }

    private static SearchResults? TryRun(NewsIndex index, SearchRequest request)
    {
        try
        {
            return index.Search(request);
        }
        catch (QuerySyntaxException)
        {
            return null;
        }
    }
}
