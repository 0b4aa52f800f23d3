using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

public class NewsSearchTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private static readonly DateOnly June6 = new(2024, 6, 6);
    private static readonly DateOnly June7 = new(2024, 6, 7);

    [Theory]
    [InlineData("2024-06-07", null, "https://example.com/midnight/after")]
    [InlineData(null, "2024-06-06", "https://example.com/midnight/before")]
    [InlineData("2024-06-06", "2024-06-06", "https://example.com/midnight/before")]
    [InlineData("2024-06-07", "2024-06-07", "https://example.com/midnight/after")]
    public void Date_filters_are_whole_days_in_Korea_time(string? from, string? to, string expectedId)
    {
        var request = new SearchRequest
        {
            Query = "자정 송고",
            From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal([expectedId], corpus.AllIds(request));
    }

    [Fact]
    public void Date_range_in_the_query_uses_the_same_Korea_time_days()
    {
        Assert.Equal(["https://example.com/midnight/after"], corpus.AllIds(new SearchRequest { Query = "자정 송고 date:2024-06-07" }));
        Assert.Equal(["https://example.com/midnight/before"], corpus.AllIds(new SearchRequest { Query = "자정 송고 date:..2024-06-06" }));
        Assert.Equal(2, corpus.Index.Search(new SearchRequest { Query = "자정 송고", From = June6, To = June7 }).Total);
    }

    [Theory]
    [InlineData("대통령", QueryMode.All)]
    [InlineData("정부 OR 대통령 -선거", QueryMode.All)]
    [InlineData("태풍 피해 지진 대통령", QueryMode.Any)]
    public void A_date_filter_ranks_and_scores_as_the_unfiltered_search_keeping_its_days(string query, QueryMode mode)
    {
        var request = new SearchRequest { Query = query, Mode = mode, FoldDuplicates = false, Highlight = false, Limit = SearchRequest.MaxLimit };
        var (from, to) = (new DateOnly(2012, 1, 1), new DateOnly(2016, 12, 31));
        var everyHit = new List<SearchHit>();
        for (var page = corpus.Index.Search(request); page.Hits.Count > 0; page = corpus.Index.Search(request with { Offset = everyHit.Count }))
        {
            everyHit.AddRange(page.Hits);
        }

        var inDays = everyHit.Where(h => h.Published is { } p && DateOnly.FromDateTime(p.ToOffset(NewsArticle.KoreaOffset).DateTime) is var day && day >= from && day <= to).ToList();

        var filtered = corpus.Index.Search(request with { From = from, To = to });

        Assert.NotEmpty(filtered.Hits);
        Assert.Equal(inDays.Count, filtered.Total);
        Assert.Equal(inDays.Take(SearchRequest.MaxLimit).Select(h => (h.Id, h.Score)), filtered.Hits.Select(h => (h.Id, h.Score)));
    }

    [Fact]
    public void A_date_filter_leaves_out_deleted_articles_and_segments_with_none_in_its_days()
    {
        using var index = NewsIndex.CreateInMemory();
        var articles = corpus.Articles.Where(a => a.Published is not null).OrderBy(a => a.Published).Take(90).ToList();
        foreach (var chunk in articles.Chunk(30))
        {
            index.Upsert(chunk);
            index.Commit();
        }

        var day = (DateTimeOffset p) => DateOnly.FromDateTime(p.ToOffset(NewsArticle.KoreaOffset).DateTime);
        var (from, to) = (day(articles[35].Published!.Value), day(articles[55].Published!.Value));
        var inDays = articles.Where(a => day(a.Published!.Value) >= from && day(a.Published!.Value) <= to).Select(a => a.WithComputedId().Id).ToList();
        index.Delete(inDays[1]);
        index.Commit();

        var found = index.Search(new SearchRequest { From = from, To = to, FoldDuplicates = false, Limit = SearchRequest.MaxLimit });

        Assert.Equal(inDays.Count - 1, found.Total);
        Assert.Equal(inDays.Where(id => id != inDays[1]).Order(), found.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Reporter_filter_finds_the_seed_article_by_홍윤기()
    {
        var seedId = SearchCorpusFixture.SeedArticle.WithComputedId().Id;

        Assert.Equal([seedId], corpus.AllIds(new SearchRequest { Reporters = ["홍윤기"] }));
        Assert.Equal([seedId], corpus.AllIds(new SearchRequest { Query = "reporter:홍윤기 삼성전자" }));
        Assert.Equal([seedId], corpus.AllIds(new SearchRequest { Query = "갤럭시", Reporters = [" 홍윤기 ", "없는기자"], Sources = ["한국금융신문"] }));
        Assert.Empty(corpus.AllIds(new SearchRequest { Query = "갤럭시", Reporters = ["홍윤"] }));
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Oldest)]
    public void Pages_concatenate_to_the_full_ordered_list_without_duplicates(SearchSort sort)
    {
        var request = new SearchRequest { Query = "대통령 OR 정부", Sort = sort, Highlight = false };
        var full = new List<SearchHit>();
        for (var offset = 0; ; offset += 100)
        {
            var page = corpus.Index.Search(request with { Offset = offset, Limit = 100 });
            full.AddRange(page.Hits);
            if (page.Hits.Count < 100)
            {
                break;
            }
        }

        var paged = new List<string>();
        for (var offset = 0; offset < full.Count; offset += 7)
        {
            paged.AddRange(corpus.Index.Search(request with { Offset = offset, Limit = 7 }).Hits.Select(h => h.Id));
        }

        Assert.True(full.Count > 200);
        Assert.Equal(full.Select(h => h.Id), paged);
        Assert.Equal(full.Count, full.Select(h => h.Id).Distinct().Count());
        Assert.Empty(corpus.Index.Search(request with { Offset = full.Count }).Hits);

        var times = full.Select(h => h.Published).ToList();
        switch (sort)
        {
            case SearchSort.Newest:
                Assert.Equal(times.OrderByDescending(t => t.HasValue).ThenByDescending(t => t), times);
                Assert.Equal(SearchCorpusFixture.UndatedArticle.WithComputedId().Id, full[^1].Id);
                break;
            case SearchSort.Oldest:
                Assert.Equal(times.OrderByDescending(t => t.HasValue).ThenBy(t => t), times);
                Assert.Equal(SearchCorpusFixture.UndatedArticle.WithComputedId().Id, full[^1].Id);
                break;
            default:
                for (var i = 1; i < full.Count; i++)
                {
                    Assert.True(full[i - 1].Score >= full[i].Score);
                    if (full[i - 1].Score == full[i].Score && full[i].Published is { } later)
                    {
                        Assert.True(full[i - 1].Published >= later);
                    }
                }

                break;
        }
    }

    [Fact]
    public void Facets_count_the_whole_result_set_and_match_a_scan()
    {
        var request = new SearchRequest { Query = "정부", Sections = ["정치", "경제"], Facets = true, Limit = 3, Offset = 5 };
        var matching = corpus.AllIds(request).ToHashSet();
        var articles = corpus.Articles.Where(a => matching.Contains(a.WithComputedId().Id)).ToList();

        var facets = corpus.Index.Search(request).Facets;

        Assert.NotNull(facets);
        Assert.Equal(Count(articles.Select(a => a.Source!)), facets.Sources);
        Assert.Equal(Count(articles.SelectMany(a => a.Reporters)), facets.Reporters);
        Assert.Equal(
            articles.GroupBy(a => NewsDocumentMapper.MonthOf(a.Published!.Value)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ValueCount(g.Key, g.Count())),
            facets.Months);
        Assert.Equal(matching.Count, facets.Sources.Sum(s => s.Count));
        Assert.Equal(matching.Count, facets.Months.Sum(s => s.Count));
        Assert.Null(corpus.Index.Search(request with { Facets = false }).Facets);
    }

    [Fact]
    public void Blank_query_facets_cover_every_article()
    {
        var results = corpus.Index.Search(new SearchRequest { Facets = true });

        Assert.Equal(corpus.Articles.Count, results.Total);
        Assert.All(results.Hits, h => Assert.Equal(0f, h.Score));
        Assert.Equal(results.Hits.Select(h => h.Published).OrderDescending(), results.Hits.Select(h => h.Published));
        Assert.Equal(corpus.Articles.Count, results.Facets!.Sources.Sum(s => s.Count));
        Assert.Equal(corpus.Articles.Count(a => a.Published is not null), results.Facets.Months.Sum(s => s.Count));
        Assert.Contains(new ValueCount("홍윤기", 1), results.Facets.Reporters);
    }

    [Fact]
    public void Facets_stay_right_across_segments_updates_and_deletes()
    {
        using var index = NewsIndex.CreateInMemory();
        var articles = corpus.Articles.Take(60).ToList();
        foreach (var chunk in articles.Chunk(20))
        {
            index.Upsert(chunk);
            index.Commit();
        }

        var facets = index.Search(new SearchRequest { Facets = true }).Facets!;
        index.Delete(articles[0].WithComputedId().Id);
        index.Upsert([articles[25] with { Reporters = ["새기자"], Source = "새일보" }]);
        index.Commit();
        var live = articles.Skip(1).Select(a => a.WithComputedId().Id == articles[25].WithComputedId().Id ? a with { Reporters = ["새기자"], Source = "새일보" } : a).ToList();

        var after = index.Search(new SearchRequest { Facets = true }).Facets!;

        Assert.Equal(Count(articles.Select(a => a.Source!)), facets.Sources);
        Assert.Equal(Count(live.Select(a => a.Source!)), after.Sources);
        Assert.Equal(Count(live.SelectMany(a => a.Reporters)), after.Reporters);
        Assert.Equal(live.Count, after.Months.Sum(m => m.Count));
    }

    [Theory]
    [InlineData(0, 0, "limit must be between 1 and 100, got 0")]
    [InlineData(101, 0, "limit must be between 1 and 100, got 101")]
    [InlineData(10, -1, "offset must be between 0 and 10000, got -1")]
    [InlineData(10, 10_001, "offset must be between 0 and 10000, got 10001")]
    public void Paging_outside_the_bounds_is_refused_with_a_clear_message(int limit, int offset, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Index.Search(new SearchRequest { Query = "정부", Limit = limit, Offset = offset }));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reversed_dates_and_malformed_queries_are_refused()
    {
        var reversed = Assert.Throws<ArgumentException>(() => corpus.Index.Search(new SearchRequest { From = June7, To = June6 }));
        Assert.StartsWith("from date 2024-06-07 is after to date 2024-06-06", reversed.Message, StringComparison.Ordinal);
        Assert.Throws<QuerySyntaxException>(() => corpus.Index.Search(new SearchRequest { Query = "(정부" }));
    }

    [Fact]
    public void A_query_with_nothing_searchable_finds_nothing()
    {
        Assert.Equal(0, corpus.Index.Search(new SearchRequest { Query = "!!! ···" }).Total);
        Assert.Equal(corpus.AllIds(new SearchRequest { Query = "태풍" }).Order(), corpus.AllIds(new SearchRequest { Query = "태풍 !!!" }).Order());
    }

    [Fact]
    public void Hits_carry_the_article_fields_and_highlighted_text()
    {
        var hit = Assert.Single(corpus.Index.Search(new SearchRequest { Query = "삼성전자 버라이즌", Reporters = ["홍윤기"] }).Hits);

        Assert.Equal(SearchCorpusFixture.SeedArticle.Title, hit.Title);
        Assert.Equal(SearchCorpusFixture.SeedArticle.Published, hit.Published);
        Assert.Equal("한국금융신문", hit.Source);
        Assert.Equal(SearchCorpusFixture.SeedArticle.Section, hit.Section);
        Assert.Equal(["홍윤기"], hit.Reporters);
        Assert.True(hit.Score > 0);
        Assert.StartsWith("이재용 <mark>삼성전자</mark> 회장, 美 IT·AI·반도체·통신업계 협력 본격화...&quot;30여", hit.HighlightedTitle, StringComparison.Ordinal);
        Assert.Contains("<mark>버라이즌</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>삼성전자</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    private static List<ValueCount> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ValueCount(g.Key, g.Count())).Take(20).ToList();
}
