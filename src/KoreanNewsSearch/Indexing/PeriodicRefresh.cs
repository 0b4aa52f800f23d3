using Lucene.Net.Search;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// Checks a read-only index for commits made by another process every interval and, when there is one, opens the
/// new searcher; searches in flight keep their old one until their lease ends.
/// </summary>
internal sealed class PeriodicRefresh : IDisposable
{
    private readonly SearcherManager _searchers;
    private readonly Timer _timer;
    private int _running;

    public PeriodicRefresh(SearcherManager searchers, TimeSpan interval)
    {
        _searchers = searchers;
        _timer = new Timer(_ => Tick(), null, interval, interval);
    }

    /// <summary>Stops the timer and waits for a refresh in progress to end.</summary>
    public void Dispose()
    {
        using var stopped = new ManualResetEvent(false);
        if (_timer.Dispose(stopped))
        {
            stopped.WaitOne();
        }
    }

    private void Tick()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        try
        {
            _searchers.MaybeRefresh();
        }
        catch (IOException)
        {
            // A commit being written or files merged away mid-open: the next tick sees a complete commit.
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
