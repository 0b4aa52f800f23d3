using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class RelaxedCommand : IBenchmarkCommand
{
    public string Name => "relaxed";

    public string Description => "How often the all-words search relaxes to any words (query mix, relevance questions) and its MRR@10";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        RelaxedSuite.Run(ctx);
        ctx.WriteReport("report-relaxed.md", "KoreanNewsSearch benchmark: relaxed all-words search");
        return 0;
    }
}
