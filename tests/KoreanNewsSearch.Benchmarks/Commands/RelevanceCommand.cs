using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class RelevanceCommand : IBenchmarkCommand
{
    public string Name => "relevance";

    public string Description => "KorQuAD and known-item MRR@10 / Recall: ours vs Java Lucene CJK and Nori";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        RelevanceSuite.Run(ctx);
        ctx.WriteReport("report-relevance.md", "KoreanNewsSearch benchmark: relevance");
        return 0;
    }
}
