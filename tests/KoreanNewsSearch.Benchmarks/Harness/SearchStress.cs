using System.Collections.Concurrent;
using System.Diagnostics;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>What the searching threads of a <see cref="SearchStress"/> run saw.</summary>
/// <param name="Searches">Searches completed.</param>
/// <param name="Errors">Searches that threw, with the first few messages in <paramref name="ErrorSamples"/>.</param>
/// <param name="ErrorSamples">Up to ten error messages.</param>
/// <param name="TotalsDown">Times a thread saw fewer articles than it had seen before (an add-only ingest runs).</param>
/// <param name="UncommittedTotals">Article totals that are no committed state of the writer.</param>
/// <param name="FirstTotal">The article total the first search saw.</param>
/// <param name="LastTotal">The largest article total seen.</param>
/// <param name="DistinctTotals">How many different article totals the searches saw: the commits they saw happen, plus one.</param>
internal sealed record StressReport(long Searches, int Errors, IReadOnlyList<string> ErrorSamples, int TotalsDown, int UncommittedTotals, int FirstTotal, int LastTotal, int DistinctTotals)
{
    public bool Clean => Errors == 0 && TotalsDown == 0 && UncommittedTotals == 0;
}

/// <summary>
/// Searches an index from several threads until stopped, while something else writes to it: every search must succeed,
/// and the article total (a match-all search) must never go down and must always be a committed state.
/// </summary>
internal sealed class SearchStress
{
    private readonly NewsIndex _index;
    private readonly IReadOnlyList<string> _queries;
    private readonly Func<int, bool> _isCommittedTotal;
    private readonly bool _refreshes;
    private readonly List<Thread> _threads = [];
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentDictionary<int, bool> _totalsSeen = new();
    private volatile bool _stop;
    private long _searches;
    private int _errorCount;
    private int _totalsDown;
    private int _uncommitted;
    private int _firstTotal = -1;
    private int _lastTotal;

    /// <param name="index">The index searched.</param>
    /// <param name="queries">Queries the threads take in turn (each thread starts at its own place).</param>
    /// <param name="isCommittedTotal">Whether an article total is one the writer committed.</param>
    /// <param name="refreshes">Read-only index written by another process: the threads call <see cref="NewsIndex.Refresh"/> to see commits.</param>
    public SearchStress(NewsIndex index, IReadOnlyList<string> queries, Func<int, bool> isCommittedTotal, bool refreshes)
    {
        _index = index;
        _queries = queries;
        _isCommittedTotal = isCommittedTotal;
        _refreshes = refreshes;
    }

    public void Start(int threads)
    {
        for (var n = 0; n < threads; n++)
        {
            var thread = new Thread(Search) { IsBackground = true, Name = $"stress-search-{n}" };
            _threads.Add(thread);
            thread.Start(n);
        }
    }

    public StressReport Stop()
    {
        _stop = true;
        foreach (var thread in _threads)
        {
            if (!thread.Join(TimeSpan.FromMinutes(1)))
            {
                Record($"{thread.Name} did not stop within a minute: a search hangs");
            }
        }

        return new StressReport(Interlocked.Read(ref _searches), _errorCount, [.. _errors], _totalsDown, _uncommitted, Math.Max(_firstTotal, 0), _lastTotal, _totalsSeen.Count);
    }

    /// <summary>The article total the index shows now (after a refresh when it is written by another process).</summary>
    public static int CurrentTotal(NewsIndex index) => (int)index.Search(new SearchRequest { Query = "", Limit = 1 }).Total;

    private void Search(object? state)
    {
        var n = (int)state!;
        var seen = 0;
        for (var i = n * 37; !_stop; i++)
        {
            try
            {
                if (_refreshes && i % 8 == 0)
                {
                    _index.Refresh();
                }

                var total = CurrentTotal(_index);
                Interlocked.CompareExchange(ref _firstTotal, total, -1);
                if (total < seen)
                {
                    Interlocked.Increment(ref _totalsDown);
                    Record($"{Thread.CurrentThread.Name}: total went down from {seen} to {total}");
                }

                if (!_isCommittedTotal(total))
                {
                    Interlocked.Increment(ref _uncommitted);
                    Record($"{Thread.CurrentThread.Name}: total {total} is no committed state");
                }

                seen = Math.Max(seen, total);
                _totalsSeen.TryAdd(total, true);
                InterlockedMax(ref _lastTotal, total);
                _index.Search(new SearchRequest
                {
                    Query = _queries[i % _queries.Count],
                    Facets = i % 5 == 0,
                    Sort = (i % 3) switch { 0 => SearchSort.Relevance, 1 => SearchSort.Newest, _ => SearchSort.Oldest },
                });
                Interlocked.Add(ref _searches, 2);
            }
            catch (Exception error)
            {
                Interlocked.Increment(ref _errorCount);
                Record($"{Thread.CurrentThread.Name}: {error.GetType().Name}: {error.Message}");
            }
        }
    }

    private void Record(string message)
    {
        if (_errors.Count < 10)
        {
            _errors.Enqueue(message);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var current = Volatile.Read(ref target); value > current; current = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}

/// <summary>The two writers of the concurrency stress: Upsert + Commit in this process, and <c>knews ingest</c> in another.</summary>
internal static class StressWriters
{
    /// <summary>
    /// Upserts <paramref name="articles"/> (none of them indexed yet) in batches, committing each, until done or
    /// <paramref name="deadline"/>; after each commit the new total must be visible at once. Registers each total it is
    /// about to commit in <paramref name="committedTotals"/> before committing, so searchers can tell committed states.
    /// </summary>
    /// <returns>Commits done, and the commits after which the new articles were not visible.</returns>
    public static (int Commits, int NotVisible) UpsertAndCommit(NewsIndex index, IReadOnlyList<NewsArticle> articles, int batchSize,
        ConcurrentDictionary<int, bool> committedTotals, DateTime deadline, ConcurrentQueue<string>? problems = null)
    {
        int commits = 0, notVisible = 0;
        var total = SearchStress.CurrentTotal(index);
        foreach (var batch in articles.Chunk(batchSize))
        {
            if (DateTime.UtcNow >= deadline)
            {
                break;
            }

            total += index.Upsert(batch).Added;
            committedTotals[total] = true;
            index.Commit();
            commits++;
            var visible = SearchStress.CurrentTotal(index);
            if (visible != total)
            {
                notVisible++;
                problems?.Enqueue($"after commit {commits} the index shows {visible} articles, not {total}");
            }
        }

        return (commits, notVisible);
    }

    /// <summary>
    /// Starts <c>knews ingest</c> (<paramref name="knews"/> is its .dll) of <paramref name="inputs"/> into
    /// <paramref name="indexPath"/>; <paramref name="onErrorLine"/> gets each line it writes to stderr (its progress
    /// line after each commit among them).
    /// </summary>
    public static Process StartIngest(string knews, string indexPath, IEnumerable<string> inputs, int batchSize, Action<string>? onErrorLine = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { knews, "ingest" }.Concat(inputs).Concat(["--index", indexPath, "--batch", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start knews");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                onErrorLine?.Invoke(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
