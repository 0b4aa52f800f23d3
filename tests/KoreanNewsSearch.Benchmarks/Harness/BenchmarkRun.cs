using System.Diagnostics;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>The whole benchmark in one call: what the <c>all</c> command and the smoke test run.</summary>
internal static class BenchmarkRun
{
    /// <summary>Runs every measurement and writes <c>OUT/report.md</c>; returns the exit code.</summary>
    public static int All(BenchmarkOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var ctx = new BenchContext(options, log);
        IndexSuite.Run(ctx);
        LatencySuite.Run(ctx);
        FieldCostSuite.Run(ctx);
        RelevanceSuite.Run(ctx);
        // The 1M-article scale run takes hours on 2 loaded cores: part of `all` only when asked for with --scale N.
        if (options.Extra.ContainsKey("scale"))
        {
            ScaleSuite.Run(ctx);
        }

        ctx.AddNote($"Total wall time of this run: {clock.Elapsed.TotalSeconds:F0} s.");
        ctx.WriteReport("report.md", "KoreanNewsSearch benchmark: ours vs Java Lucene 8 (CJK, Nori)");
        return 0;
    }
}
