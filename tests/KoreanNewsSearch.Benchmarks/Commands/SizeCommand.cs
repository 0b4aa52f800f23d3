using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class SizeCommand : IBenchmarkCommand
{
    public string Name => "size";

    public string Description => "Index size: searchable part vs the peer's index, stored articles vs raw text, cost of each field";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        FieldCostSuite.Run(ctx);
        ctx.WriteReport("report-size.md", "KoreanNewsSearch benchmark: index size");
        return 0;
    }
}
