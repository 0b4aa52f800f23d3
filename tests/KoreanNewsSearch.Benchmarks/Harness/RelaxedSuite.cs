using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// How often the default (all-words) search relaxes to its any-word reading: on the 400-query mix and on the relevance
/// questions run as a reader would type them, in the default mode; and what the default mode then ranks.
/// </summary>
internal static class RelaxedSuite
{
    public static void Run(BenchContext ctx)
    {
        var table = new MarkdownTable("Queries", "Count", "All words find nothing", "Relaxed", "Relaxed %", "MRR@10 default mode", "MRR@10 any mode");
        foreach (var (key, set) in RelevanceSuite.LoadSets(ctx))
        {
            using var index = RelevanceSuite.BuildOurIndex(ctx, key, set);
            if (key == "korquad")
            {
                // The mix runs on the KorQuAD index: the Chosun corpus plus the 964 KorQuAD paragraphs.
                var mix = LatencySuite.LoadQueries(Path.Combine(ctx.SharedPath, "peers", "queries.tsv"));
                ctx.AddSection(MixLatency(index, mix.Select(q => q.Text).ToList()));
                foreach (var type in LatencySuite.Types.Prepend("all"))
                {
                    var queries = mix.Where(q => type == "all" || q.Type == type).Select(q => q.Text).ToList();
                    var (empty, relaxed) = Count(index, queries, set.Depth);
                    table.Row($"400-query mix: {type}", Fmt.N(queries.Count), Fmt.N(empty), Fmt.N(relaxed), Percent(relaxed, queries.Count), "—", "—");
                }
            }

            ctx.Log.WriteLine($"  {set.Name}: default mode");
            var (emptyQuestions, relaxedQuestions) = Count(index, set.Questions.Select(q => q.Query).ToList(), set.Depth);
            var (_, defaultScores) = RelevanceSuite.Rank(set, q => index.Search(new SearchRequest { Query = q, Limit = set.Depth, Highlight = false })
                .Hits.Select(h => h.Id).ToList());
            var (_, anyScores) = RelevanceSuite.RankOurs(index, set, RankingOptions.Default);
            table.Row(set.Name, Fmt.N(set.Questions.Count), Fmt.N(emptyQuestions), Fmt.N(relaxedQuestions), Percent(relaxedQuestions, set.Questions.Count),
                Fmt.N(defaultScores.Mrr10, 4), Fmt.N(anyScores.Mrr10, 4));
        }

        ctx.AddSection("## Relaxed all-words search\n\nQueries run in the default mode (every word must match). \"All words find nothing\": " +
            "with relaxing off (`RelaxWhenFewerThan = 0`); \"Relaxed\": the default search returned the any-word reading instead " +
            "(`SearchResults.Relaxed`). The mix runs on the KorQuAD relevance index (the Chosun corpus plus 964 KorQuAD paragraphs).\n\n" + table);
    }

    /// <summary>
    /// Latency over the mix of the default search (relaxing), the same without relaxing, and the any-word mode: a warm-up
    /// pass, then two passes that time the three shapes of each query one after the other (same load for each).
    /// </summary>
    private static string MixLatency(NewsIndex index, IReadOnlyList<string> queries)
    {
        (string Name, Func<SearchRequest, SearchRequest> Shape)[] shapes =
        [
            ("default: all words, relaxing", r => r),
            ("all words, no relaxing", r => r with { RelaxWhenFewerThan = 0 }),
            ("any words", r => r with { Mode = QueryMode.Any }),
        ];
        var timings = shapes.Select(_ => new List<double>()).ToArray();
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var query in queries)
            {
                for (var s = 0; s < shapes.Length; s++)
                {
                    var clock = Stopwatch.StartNew();
                    index.Search(shapes[s].Shape(new SearchRequest { Query = query, Limit = 10 }));
                    if (pass > 0)
                    {
                        timings[s].Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
            }
        }

        var stats = timings.Select(LatencyStats.From).ToArray();
        var table = new MarkdownTable("Request", "p50 ms", "p95 ms", "p99 ms", "mean ms", "p99 ÷ default p99");
        for (var s = 0; s < shapes.Length; s++)
        {
            table.Row(shapes[s].Name, Fmt.N(stats[s].P50, 2), Fmt.N(stats[s].P95, 2), Fmt.N(stats[s].P99, 2), Fmt.N(stats[s].Mean, 2),
                Fmt.Ratio(stats[s].P99, stats[0].P99));
        }

        return $"### Latency over the {queries.Count}-query mix by mode (KorQuAD relevance index, top 10, highlighted, 2 timed passes)\n\n" + table;
    }

    private static (int Empty, int Relaxed) Count(NewsIndex index, IReadOnlyList<string> queries, int depth)
    {
        int empty = 0, relaxed = 0;
        foreach (var query in queries)
        {
            var request = new SearchRequest { Query = query, Limit = Math.Min(depth, 10), Highlight = false };
            empty += index.Search(request with { RelaxWhenFewerThan = 0 }).Total == 0 ? 1 : 0;
            relaxed += index.Search(request).Relaxed ? 1 : 0;
        }

        return (empty, relaxed);
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
