using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Benchmarks.Commands;

internal sealed class StartupCommand : IBenchmarkCommand
{
    public string Name => "startup";

    public string Description => "Whole-process knews --help and knews search 삼성전자 on a published build (--runs 11, --builds name=DIR,...)";

    public int Run(BenchmarkOptions options)
    {
        var ctx = new BenchContext(options, Console.Error);
        StartupSuite.Run(ctx);
        ctx.WriteReport("report-startup.md", "KoreanNewsSearch benchmark: start-up");
        return 0;
    }
}
