using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class TuneCommand : IBenchmarkCommand
{
    public string Name => "tune";

    public string Description => "Our relevance (KorQuAD, known-item) under one ranking-weight change at a time";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        TuneSuite.Run(ctx);
        ctx.WriteReport("report-tune.md", "KoreanNewsSearch benchmark: ranking weights");
        return 0;
    }
}
