using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class ScaleCommand : IBenchmarkCommand
{
    public string Name => "scale";

    public string Description => "A synthetic archive of --scale N articles (default 1,000,000) made from the corpus: ingest speed and memory, size, query latency";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        ScaleSuite.Run(ctx);
        ctx.WriteReport("report-scale.md", "KoreanNewsSearch benchmark: scale");
        return 0;
    }
}
