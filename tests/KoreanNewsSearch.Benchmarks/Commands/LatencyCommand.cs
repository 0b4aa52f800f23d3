using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class LatencyCommand : IBenchmarkCommand
{
    public string Name => "latency";

    public string Description => "Query latency and hit counts over the 400-query mix: ours (NIOFS, MMap) vs Java Lucene";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        LatencySuite.Run(ctx);
        ctx.WriteReport("report-latency.md", "KoreanNewsSearch benchmark: latency");
        return 0;
    }
}
