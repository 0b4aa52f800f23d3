using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class IndexCommand : IBenchmarkCommand
{
    public string Name => "index";

    public string Description => "Indexing speed, memory and size: ours (1 thread, all cores) vs Java Lucene CJK and Nori";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        IndexSuite.Run(ctx);
        ctx.WriteReport("report-index.md", "KoreanNewsSearch benchmark: index");
        return 0;
    }
}
