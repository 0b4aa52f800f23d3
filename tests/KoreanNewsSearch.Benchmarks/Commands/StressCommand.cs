using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>stress [--seconds N] [--threads N] [--knews PATH]</c>: searches from several threads for a fixed time, first while
/// this process upserts and commits Chosun articles, then while <c>knews ingest</c> writes the corpus from another
/// process; reports searches done, errors, totals that went down or were no committed state, and the commits each
/// phase made and the searches saw. The other-process phase runs on past its time until the ingest has committed
/// <see cref="MinimumProcessCommits"/> times (it starts cold and shares the cores with the searching threads), at most
/// four times as long.
/// </summary>
internal sealed class StressCommand : IBenchmarkCommand
{
    private const int BatchSize = 500;
    private const int ProcessBatchSize = 100;
    private const int MinimumProcessCommits = 5;

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
        var corpus = ChosunCorpus.Load(options.CorpusPath, null).Select(a => a.WithComputedId()).ToList();
        var articles = corpus.Take(options.Limit ?? corpus.Count).DistinctBy(a => a.Id).ToList();
        Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}; {articles.Count:N0} articles, {queries.Count} queries, {threads} search threads, {seconds} s a phase");

        var inProcess = InProcessPhase(Path.Combine(output, "stress-inprocess"), articles, queries, threads, seconds);
        var otherProcess = OtherProcessPhase(Path.Combine(output, "stress-process"), knews, options.CorpusPath, CommittedTotals(corpus, ProcessBatchSize), queries, threads, seconds);

        var table = new MarkdownTable("phase", "time", "searches", "errors", "totals down", "uncommitted totals", "articles seen", "different totals seen", "commits", "commits not visible")
            .Row("Upsert+Commit in this process", $"{seconds} s", Fmt.N(inProcess.Report.Searches), $"{inProcess.Report.Errors}", $"{inProcess.Report.TotalsDown}", $"{inProcess.Report.UncommittedTotals}", $"{inProcess.Report.FirstTotal:N0} → {inProcess.Report.LastTotal:N0}", $"{inProcess.Report.DistinctTotals}", $"{inProcess.Commits}", $"{inProcess.NotVisible} (at once)")
            .Row("knews ingest in another process", $"{otherProcess.Seconds:0} s", Fmt.N(otherProcess.Report.Searches), $"{otherProcess.Report.Errors}", $"{otherProcess.Report.TotalsDown}", $"{otherProcess.Report.UncommittedTotals}", $"{otherProcess.Report.FirstTotal:N0} → {otherProcess.Report.LastTotal:N0}", $"{otherProcess.Report.DistinctTotals}", $"{otherProcess.Commits}", $"{otherProcess.NotVisible} (after a refresh)");
        Console.WriteLine(table);
        foreach (var sample in inProcess.Report.ErrorSamples.Concat(otherProcess.Report.ErrorSamples).Concat(inProcess.Problems).Concat(otherProcess.Problems))
        {
            Console.WriteLine($"- {sample}");
        }

        Console.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
        var otherProcessCommitted = otherProcess.Commits > 0 && otherProcess.Report.LastTotal > otherProcess.Report.FirstTotal;
        if (!otherProcessCommitted)
        {
            Console.WriteLine("the knews ingest committed nothing the searches saw: the other-process phase proved nothing");
        }

        return inProcess.Report.Clean && otherProcess.Report.Clean && inProcess.NotVisible == 0 && otherProcess.NotVisible == 0 && otherProcessCommitted ? 0 : 1;
    }

    /// <summary>
    /// The article totals <c>knews ingest --batch <paramref name="batchSize"/></c> commits, one a batch, given the
    /// articles in the order it reads them: a corpus line repeating an earlier article's id adds nothing.
    /// </summary>
    private static IReadOnlyList<int> CommittedTotals(IReadOnlyList<NewsArticle> articlesInIngestOrder, int batchSize)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var totals = new List<int>();
        foreach (var batch in articlesInIngestOrder.Chunk(batchSize))
        {
            ids.UnionWith(batch.Select(a => a.Id));
            totals.Add(ids.Count);
        }

        return totals;
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

    private static (StressReport Report, double Seconds, int Commits, int NotVisible, IReadOnlyList<string> Problems) OtherProcessPhase(
        string path, string knews, string corpus, IReadOnlyList<int> committedTotals, IReadOnlyList<string> queries, int threads, int seconds)
    {
        DeleteIfPresent(path);
        NewsIndex.Open(path).Dispose();
        using var index = NewsIndex.OpenReadOnly(path);
        var files = Directory.GetFiles(corpus, "*.jsonl.gz").Order(StringComparer.Ordinal).ToList();
        var committed = committedTotals.Append(0).ToHashSet();
        var stress = new SearchStress(index, queries, committed.Contains, refreshes: true);
        var problems = new List<string>();
        using var reported = new SemaphoreSlim(0);
        using var ingest = StressWriters.StartIngest(knews, path, files, ProcessBatchSize, line =>
        {
            if (line.Contains(" articles read, ", StringComparison.Ordinal))
            {
                reported.Release();
            }
        });
        stress.Start(threads);
        var clock = Stopwatch.StartNew();
        int commits = 0, notVisible = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds * 4) && (clock.Elapsed < TimeSpan.FromSeconds(seconds) || commits < MinimumProcessCommits))
        {
            if (!reported.Wait(TimeSpan.FromMilliseconds(250)))
            {
                if (ingest.HasExited)
                {
                    break;
                }

                continue;
            }

            // The ingest reported its next commit (its last line, after the final commit, repeats that commit).
            commits = Math.Min(commits + 1, committedTotals.Count);
            index.Refresh();
            var visible = SearchStress.CurrentTotal(index);
            if (visible < committedTotals[commits - 1])
            {
                notVisible++;
                problems.Add($"after the ingest's commit {commits} and a refresh the index shows {visible} articles, not {committedTotals[commits - 1]}");
            }
        }

        if (!ingest.HasExited)
        {
            ingest.Kill(entireProcessTree: true);
        }

        ingest.WaitForExit();
        index.Refresh();
        return (stress.Stop(), clock.Elapsed.TotalSeconds, commits, notVisible, problems);
    }

    private static void DeleteIfPresent(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
