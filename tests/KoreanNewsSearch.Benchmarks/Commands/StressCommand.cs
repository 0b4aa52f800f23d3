using System.Collections.Concurrent;
using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>stress [--seconds N] [--threads N] [--knews PATH]</c>: searches from several threads for a fixed time, first while
/// this process upserts and commits Chosun articles, then while <c>knews ingest</c> writes the corpus from another
/// process; reports searches done, errors, totals that went down or were no committed state.
/// </summary>
internal sealed class StressCommand : IBenchmarkCommand
{
    private const int BatchSize = 500;

    public string Name => "stress";

    public string Description => "Concurrency: N threads search while Upsert+Commit runs, then while a knews ingest process writes (--seconds per phase)";

    public int Run(BenchmarkOptions options)
    {
        var seconds = options.Extra.TryGetValue("seconds", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : 60;
        var threads = options.Extra.TryGetValue("threads", out var t) ? int.Parse(t, CultureInfo.InvariantCulture) : 8;
        var knews = options.Extra.TryGetValue("knews", out var k) ? k : Path.Combine(BenchPaths.RepoRoot, "src", "KoreanNewsSearch.Cli", "bin", "Release", "net10.0", "knews.dll");
        if (!File.Exists(knews))
        {
            Console.Error.WriteLine($"knews not found at {knews}: run 'dotnet build -c Release src/KoreanNewsSearch.Cli' or pass --knews PATH");
            return 2;
        }

        var output = Path.GetFullPath(options.OutputPath);
        var queries = LatencySuite.LoadQueries(Path.Combine(options.CorpusPath, "..", "..", "peers", "queries.tsv")).Select(q => q.Text).ToList();
        var articles = ChosunCorpus.Load(options.CorpusPath, options.Limit).Select(a => a.WithComputedId()).DistinctBy(a => a.Id).ToList();
        Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}; {articles.Count:N0} articles, {queries.Count} queries, {threads} search threads, {seconds} s a phase");

        var inProcess = InProcessPhase(Path.Combine(output, "stress-inprocess"), articles, queries, threads, seconds);
        var otherProcess = OtherProcessPhase(Path.Combine(output, "stress-process"), knews, options.CorpusPath, queries, threads, seconds, articles.Count);

        var table = new MarkdownTable("phase", "searches", "errors", "totals down", "uncommitted totals", "articles seen", "commits not visible at once")
            .Row("Upsert+Commit in this process", Fmt.N(inProcess.Report.Searches), $"{inProcess.Report.Errors}", $"{inProcess.Report.TotalsDown}", $"{inProcess.Report.UncommittedTotals}", $"{inProcess.Report.FirstTotal:N0} → {inProcess.Report.LastTotal:N0}", $"{inProcess.NotVisible} of {inProcess.Commits}")
            .Row("knews ingest in another process", Fmt.N(otherProcess.Searches), $"{otherProcess.Errors}", $"{otherProcess.TotalsDown}", $"{otherProcess.UncommittedTotals}", $"{otherProcess.FirstTotal:N0} → {otherProcess.LastTotal:N0}", "n/a (refresh)");
        Console.WriteLine(table);
        foreach (var sample in inProcess.Report.ErrorSamples.Concat(otherProcess.ErrorSamples).Concat(inProcess.Problems))
        {
            Console.WriteLine($"- {sample}");
        }

        Console.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
        return inProcess.Report.Clean && otherProcess.Clean && inProcess.NotVisible == 0 ? 0 : 1;
    }

    private static (StressReport Report, int Commits, int NotVisible, IReadOnlyList<string> Problems) InProcessPhase(
        string path, IReadOnlyList<NewsArticle> articles, IReadOnlyList<string> queries, int threads, int seconds)
    {
        DeleteIfPresent(path);
        using var index = NewsIndex.Open(path);
        index.Upsert(articles.Take(BatchSize));
        index.Commit();
        var committed = new ConcurrentDictionary<int, bool> { [SearchStress.CurrentTotal(index)] = true };
        var problems = new ConcurrentQueue<string>();
        var stress = new SearchStress(index, queries, committed.ContainsKey, refreshes: false);
        stress.Start(threads);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var (commits, notVisible) = StressWriters.UpsertAndCommit(index, articles.Skip(BatchSize).ToList(), BatchSize, committed, deadline, problems);
        var remaining = deadline - DateTime.UtcNow;
        if (remaining > TimeSpan.Zero)
        {
            Thread.Sleep(remaining); // the corpus ran out: keep searching the finished index for the rest of the phase
        }

        return (stress.Stop(), commits, notVisible, [.. problems]);
    }

    private static StressReport OtherProcessPhase(string path, string knews, string corpus, IReadOnlyList<string> queries, int threads, int seconds, int corpusArticles)
    {
        DeleteIfPresent(path);
        NewsIndex.Open(path).Dispose();
        using var index = NewsIndex.OpenReadOnly(path);
        var files = Directory.GetFiles(corpus, "*.jsonl.gz").Order(StringComparer.Ordinal).ToList();
        // knews commits every BatchSize articles and once at the end of the corpus.
        var stress = new SearchStress(index, queries, total => total % BatchSize == 0 || total == corpusArticles, refreshes: true);
        using var ingest = StressWriters.StartIngest(knews, path, files, BatchSize);
        stress.Start(threads);
        if (!ingest.WaitForExit(TimeSpan.FromSeconds(seconds)))
        {
            ingest.Kill(entireProcessTree: true);
            ingest.WaitForExit();
        }

        index.Refresh();
        return stress.Stop();
    }

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
