using KoreanNewsSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// Counts every matching document per Korea-time day from the publish-time doc values (no stored fields, no paging),
/// then folds the days into periods.
/// </summary>
internal sealed class TrendCollector : ICollector
{
    private const long MillisPerDay = 86_400_000L;
    private static readonly long KoreaOffsetMillis = (long)NewsArticle.KoreaOffset.TotalMilliseconds;
    private static readonly int UnixEpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly Dictionary<int, int> _perDay = [];
    private long[] _published = [];
    private int _total;

    public bool AcceptsDocsOutOfOrder => PositionalReadDirectory.CollectorsAcceptDocsOutOfOrder;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _published = SegmentPublishTimes.For(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        _total++;
        if (_published[doc] is var published && published == SegmentPublishTimes.Missing)
        {
            return;
        }

        var koreaDay = (int)Math.Floor((published + KoreaOffsetMillis) / (double)MillisPerDay);
        _perDay[koreaDay] = _perDay.GetValueOrDefault(koreaDay) + 1;
    }

    /// <summary>Runs the request's query and filters over every match (its sort and page do not matter) and returns the trend.</summary>
    public static KeywordTrend Collect(IndexSearcher searcher, SearchRequest request, TrendInterval interval)
    {
        request.Validate();
        if (!Enum.IsDefined(interval))
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "unknown trend interval");
        }

        var query = NewsQueryBuilder.Build(NewsQueryParser.Parse(request.Query), request);
        var collector = new TrendCollector();
        searcher.Search(query, collector);
        return collector.ToTrend(interval);
    }

    private KeywordTrend ToTrend(TrendInterval interval)
    {
        var perPeriod = new Dictionary<DateOnly, int>();
        foreach (var (unixDay, count) in _perDay)
        {
            var start = TrendPeriods.Start(DateOnly.FromDayNumber(UnixEpochDayNumber + unixDay), interval);
            perPeriod[start] = perPeriod.GetValueOrDefault(start) + count;
        }

        var buckets = new List<TrendBucket>();
        if (perPeriod.Count > 0)
        {
            var last = perPeriod.Keys.Max();
            for (var start = perPeriod.Keys.Min(); start <= last; start = TrendPeriods.Next(start, interval))
            {
                var next = TrendPeriods.Next(start, interval);
                buckets.Add(new TrendBucket(TrendPeriods.Label(start, interval), start, next.AddDays(-1), perPeriod.GetValueOrDefault(start)));
            }
        }

        var dated = buckets.Sum(b => b.Count);
        return new KeywordTrend { Interval = interval, Buckets = buckets, Total = _total, Undated = _total - dated };
    }

}
