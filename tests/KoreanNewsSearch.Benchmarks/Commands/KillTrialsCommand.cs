using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Integrity;
using Lucene.Net.Index;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>kill-trials [--trials N] [--seed S] [--max-seconds T] [--batch B] [--knews PATH]</c>: runs <c>knews ingest</c> of the
/// corpus and kills it with SIGKILL at a random moment (seeded; each trial's seed printed), then checks the index: it
/// opens, <see cref="IndexChecker"/> finds it clean, it holds every article of the last commit the ingest reported, and
/// re-running the same ingest ends with every corpus article exactly once.
/// </summary>
internal sealed class KillTrialsCommand : IBenchmarkCommand
{
    // Smaller than the ingest's default so that, on a loaded machine too, most kills come after some reported commits
    // (at 2,000 a batch and load 50, none did within 40 s): the check "holds the last reported commit" needs some.
    private const int DefaultBatch = 500;

    public string Name => "kill-trials";

    public string Description => "Crash safety: SIGKILL knews ingest at random moments (seeded), then check, count and re-ingest (--trials 20)";

    public int Run(BenchmarkOptions options)
    {
        var trials = Option(options, "trials", 20);
        var seed = Option(options, "seed", Environment.TickCount & 0xFFFF);
        var maxSeconds = Option(options, "max-seconds", 60);
        var batch = Option(options, "batch", DefaultBatch);
        var knews = options.Extra.TryGetValue("knews", out var k) ? k : Path.Combine(BenchPaths.RepoRoot, "src", "KoreanNewsSearch.Cli", "bin", "Release", "net10.0", "knews.dll");
        var inputs = Directory.GetFiles(options.CorpusPath, "*.jsonl.gz").Order(StringComparer.Ordinal).ToList();
        var expected = ChosunCorpus.Load(options.CorpusPath, null).Select(a => a.WithComputedId().Id).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"kill-trials --seed {seed}: {trials} trials, kill within {maxSeconds} s, --batch {batch}, {expected:N0} distinct articles; load {File.ReadAllText("/proc/loadavg").Trim()}");

        var random = new Random(seed);
        var survived = 0;
        var afterACommit = 0;
        var table = new MarkdownTable("trial", "seed", "killed after", "last reported commit", "after kill", "check", "re-run total", "duplicate ids", "trial time", "survived");
        for (var trial = 1; trial <= trials; trial++)
        {
            var trialSeed = random.Next();
            var clock = Stopwatch.StartNew();
            var outcome = RunTrial(Path.Combine(Path.GetFullPath(options.OutputPath), "kill-trial"), knews, inputs, batch, expected, new Random(trialSeed), maxSeconds);
            survived += outcome.Survived ? 1 : 0;
            afterACommit += outcome.LastReported > 0 ? 1 : 0;
            var took = string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:0} s");
            table.Row($"{trial}", $"{trialSeed}", outcome.KilledAfter, Fmt.N(outcome.LastReported), Fmt.N(outcome.AfterKill), outcome.Check, Fmt.N(outcome.RerunTotal), $"{outcome.Duplicates}", took, outcome.Survived ? "yes" : "NO: " + outcome.Problem);
            Console.WriteLine($"trial {trial} (seed {trialSeed}): killed after {outcome.KilledAfter}, reported {outcome.LastReported:N0}, held {outcome.AfterKill:N0}, {outcome.Check}, re-run {outcome.RerunTotal:N0}, {outcome.Duplicates} duplicates, {took}: {(outcome.Survived ? "survived" : "FAILED " + outcome.Problem)}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        }

        Console.WriteLine(table);
        Console.WriteLine($"{survived} of {trials} trials survived (seed {seed}); {afterACommit} of them killed after at least one reported commit; load {File.ReadAllText("/proc/loadavg").Trim()}");
        return survived == trials ? 0 : 1;
    }

    private static TrialOutcome RunTrial(string index, string knews, IReadOnlyList<string> inputs, int batch, int expected, Random random, int maxSeconds)
    {
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }

        var killAfter = TimeSpan.FromMilliseconds(random.Next(500, maxSeconds * 1000));
        var commitsReported = 0;
        using (var ingest = StressWriters.StartIngest(knews, index, inputs, batch, line =>
        {
            if (line.Contains(" articles read, ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref commitsReported);
            }
        }))
        {
            if (!ingest.WaitForExit(killAfter))
            {
                ingest.Kill(entireProcessTree: true); // SIGKILL
            }

            ingest.WaitForExit();
        }

        var lastReported = Math.Min(Volatile.Read(ref commitsReported) * batch, expected);
        var killedAfter = string.Create(CultureInfo.InvariantCulture, $"{killAfter.TotalSeconds:0.0} s");
        int afterKill;
        string check;
        if (lastReported == 0 && !NewsIndex.Exists(index))
        {
            afterKill = 0; // killed before its first commit: nothing was promised, and there is nothing to check
            check = "no commit yet";
        }
        else
        {
            try
            {
                using (var opened = NewsIndex.OpenReadOnly(index))
                {
                    afterKill = opened.GetStats(0).Articles;
                }

                var report = IndexChecker.Check(index);
                check = report.IsClean ? "clean" : $"DAMAGED: {report.Problem ?? report.Damaged[0].Error}";
            }
            catch (Exception error) when (error is IOException or DirectoryNotFoundException)
            {
                return new TrialOutcome(killedAfter, lastReported, 0, "does not open: " + error.Message, 0, 0, false, "index does not open");
            }
        }

        int rerunExit;
        using (var rerun = StressWriters.StartIngest(knews, index, inputs, batch))
        {
            rerun.WaitForExit();
            rerunExit = rerun.ExitCode;
        }

        var (total, duplicates) = CountIds(index);
        var problem = afterKill < lastReported ? $"holds {afterKill} < reported {lastReported}"
            : check is not ("clean" or "no commit yet") ? check
            : rerunExit != 0 ? $"re-run exit code {rerunExit}"
            : total != expected ? $"re-run ends with {total}, not {expected}"
            : duplicates > 0 ? $"{duplicates} duplicate ids" : null;
        return new TrialOutcome(killedAfter, lastReported, afterKill, check, total, duplicates, problem is null, problem ?? "");
    }

    private static (int Total, int Duplicates) CountIds(string index)
    {
        using var opened = NewsIndex.OpenReadOnly(index);
        using var lease = opened.AcquireSearcher();
        var duplicates = 0;
        var terms = MultiFields.GetTerms(lease.Searcher.IndexReader, NewsFields.Id).GetEnumerator();
        while (terms.MoveNext())
        {
            var live = 0;
            var docs = terms.Docs(MultiFields.GetLiveDocs(lease.Searcher.IndexReader), null);
            while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                live++;
            }

            duplicates += Math.Max(0, live - 1);
        }

        return (lease.Searcher.IndexReader.NumDocs, duplicates);
    }

    private static int Option(BenchmarkOptions options, string name, int fallback) =>
        options.Extra.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private sealed record TrialOutcome(string KilledAfter, int LastReported, int AfterKill, string Check, int RerunTotal, int Duplicates, bool Survived, string Problem);
}
