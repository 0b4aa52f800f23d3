using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary><c>NewsIndex.Trend</c> on the data/ corpus, checked against the library's own search totals per period.</summary>
public sealed class TrendTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    public static TheoryData<string, string?, QueryMode, TrendInterval> Requests => new()
    {
        { "대통령", null, QueryMode.All, TrendInterval.Month },
        { "대통령", null, QueryMode.All, TrendInterval.Year },
        { "", "테스트일보", QueryMode.All, TrendInterval.Week },
        { "한국 정부 발표", null, QueryMode.Any, TrendInterval.Year },
        { "서울", "위키뉴스", QueryMode.All, TrendInterval.Month },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_period_counts_what_a_search_limited_to_it_finds_and_the_counts_add_up_to_the_total(
        string query, string? source, QueryMode mode, TrendInterval interval)
    {
        var request = new SearchRequest { Query = query, Mode = mode, Sources = source is null ? [] : [source] };

        var trend = corpus.Index.Trend(request, interval);

        var total = corpus.Index.Search(request).Total;
        Assert.True(total > 10, $"'{query}' should find enough to chart, found {total}");
        Assert.Equal(total, trend.Total);
        Assert.Equal(total, trend.Buckets.Sum(b => b.Count) + trend.Undated);
        Assert.NotEqual(0, trend.Buckets[0].Count);
        Assert.NotEqual(0, trend.Buckets[^1].Count);
        Assert.Contains(trend.Buckets, b => b.Count == 0);
        for (var i = 1; i < trend.Buckets.Count; i++)
        {
            Assert.Equal(trend.Buckets[i - 1].To.AddDays(1), trend.Buckets[i].From);
        }

        Assert.All(trend.Buckets, bucket =>
            Assert.Equal(corpus.Index.Search(request with { From = bucket.From, To = bucket.To }).Total, bucket.Count));
    }

    [Theory]
    [InlineData(TrendInterval.Day, "2024-06-06", "2024-06-07")]
    [InlineData(TrendInterval.Week, "2024-W23", "2024-W23")]
    [InlineData(TrendInterval.Month, "2024-06", "2024-06")]
    [InlineData(TrendInterval.Year, "2024", "2024")]
    public void Periods_are_korea_time_and_labelled_by_interval(TrendInterval interval, string first, string last)
    {
        // 23:59 and 00:30 Korea time on either side of midnight: one of them is still 2024-06-06 in UTC.
        var trend = corpus.Index.Trend(new SearchRequest { Query = "자정 송고" }, interval);

        Assert.Equal(first, trend.Buckets[0].Period);
        Assert.Equal(last, trend.Buckets[^1].Period);
        Assert.Equal(2, trend.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void Week_runs_monday_to_sunday_and_iso_week_years_cross_new_year()
    {
        Assert.Equal(new DateOnly(2024, 6, 3), TrendPeriods.Start(new DateOnly(2024, 6, 9), TrendInterval.Week));
        Assert.Equal(new DateOnly(2024, 6, 10), TrendPeriods.Start(new DateOnly(2024, 6, 10), TrendInterval.Week));
        Assert.Equal("2025-W01", TrendPeriods.Label(TrendPeriods.Start(new DateOnly(2024, 12, 31), TrendInterval.Week), TrendInterval.Week));
    }

    [Fact]
    public void Undated_matches_count_in_the_total_but_in_no_period()
    {
        var trend = corpus.Index.Trend(new SearchRequest { Query = "날짜 없는 대통령 기사" });

        Assert.Equal(1, trend.Total);
        Assert.Equal(1, trend.Undated);
        Assert.Empty(trend.Buckets);
    }

    [Fact]
    public void Nothing_found_is_an_empty_trend_and_a_bad_query_is_a_syntax_error()
    {
        var none = corpus.Index.Trend(new SearchRequest { Query = "존재하지않는낱말쀍" }, TrendInterval.Day);
        Assert.Equal((0, 0), (none.Total, none.Buckets.Count));

        Assert.Throws<QuerySyntaxException>(() => corpus.Index.Trend(new SearchRequest { Query = "\"대통령" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Index.Trend(new SearchRequest(), (TrendInterval)9));
    }
}
