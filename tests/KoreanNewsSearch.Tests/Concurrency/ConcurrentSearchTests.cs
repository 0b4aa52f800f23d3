using System.Collections.Concurrent;
using System.Diagnostics;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Tests.Cli;

namespace KoreanNewsSearch.Tests.Concurrency;

/// <summary>
/// The short version of the benchmark harness's <c>stress</c> command, over the shipped Wikinews sample: 8 searching
/// threads while this process upserts and commits, and while <c>knews ingest</c> writes from another process.
/// </summary>
public class ConcurrentSearchTests
{
    private const int SearchThreads = 8;
    private const int BatchSize = 40;
    private const int Articles = 240; // six commits: enough to interleave, short on a loaded 2-core machine
    private static readonly string Sample = Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl");
    private static readonly string[] Queries = ["대통령", "\"국회 의원\"", "서울 OR 부산", "title:선거", "경제 -미국", "한", "date:2010-01-01..2015-12-31 정부"];

    [Fact]
    public void Searches_from_8_threads_while_upserts_commit_all_succeed_see_only_committed_states_and_see_each_commit()
    {
        var articles = ArticleFileReader.ReadFile(Sample).Select(r => r.Article!.WithComputedId()).Take(Articles).ToList();
        using var temp = new TempDirectory();
        using var index = NewsIndex.Open(temp.File("index"));
        index.Upsert(articles.Take(BatchSize));
        index.Commit();
        var committed = new ConcurrentDictionary<int, bool> { [BatchSize] = true };
        var problems = new ConcurrentQueue<string>();

        var stress = new SearchStress(index, Queries, committed.ContainsKey, refreshes: false);
        stress.Start(SearchThreads);
        var (commits, notVisible) = StressWriters.UpsertAndCommit(index, articles.Skip(BatchSize).ToList(), BatchSize, committed, DateTime.MaxValue, problems);
        var report = stress.Stop();

        Assert.True(report.Clean, string.Join("\n", report.ErrorSamples));
        Assert.Equal(0, notVisible);
        Assert.Empty(problems);
        Assert.Equal((Articles / BatchSize) - 1, commits);
        Assert.Equal(articles.Count, SearchStress.CurrentTotal(index));
        Assert.True(report.Searches > SearchThreads, $"only {report.Searches} searches ran");
    }

    [Fact]
    public async Task Searches_from_8_threads_while_knews_ingest_writes_from_another_process_all_succeed_and_totals_never_go_down()
    {
        const int expected = Articles;
        using var temp = new TempDirectory();
        var input = temp.File("sample.jsonl");
        File.WriteAllLines(input, File.ReadLines(Sample).Take(Articles));
        var path = temp.File("index");
        NewsIndex.Open(path).Dispose(); // an empty committed index for the readers to open
        using var index = NewsIndex.OpenReadOnly(path);

        var stress = new SearchStress(index, Queries, total => total % BatchSize == 0, refreshes: true);
        stress.Start(SearchThreads);
        using var ingest = Process.Start(KnewsProcess.StartInfo(temp.Path, "ingest", input, "--index", path, "--batch", $"{BatchSize}"))!;
        var stderr = ingest.StandardError.ReadToEndAsync();
        _ = ingest.StandardOutput.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await ingest.WaitForExitAsync(timeout.Token);
        }

        index.Refresh();
        var report = stress.Stop();

        Assert.True(ingest.ExitCode == 0, await stderr);
        Assert.True(report.Clean, string.Join("\n", report.ErrorSamples));
        Assert.Equal(expected, SearchStress.CurrentTotal(index));
        Assert.True(report.LastTotal > report.FirstTotal, "the searches saw no commit of the ingest");
    }
}
