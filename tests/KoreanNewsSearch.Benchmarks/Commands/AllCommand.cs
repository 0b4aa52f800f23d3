using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class AllCommand : IBenchmarkCommand
{
    public string Name => "all";

    public string Description => "Indexing, query latency and relevance, ours vs Java Lucene CJK and Nori; writes OUT/report.md";

    public int Run(BenchmarkOptions options) => BenchmarkRun.All(options, Console.Error);
}
