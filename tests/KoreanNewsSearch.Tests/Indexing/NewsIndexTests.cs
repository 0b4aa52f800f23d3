using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Tests.Indexing;

public class NewsIndexTests
{
    private static NewsArticle Article(string url, string title, string body) => new()
    {
        Url = url,
        Source = "테스트일보",
        Title = title,
        Body = body,
        Reporters = ["홍길동"],
        Published = new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset),
    };

    [Fact]
    public void Upsert_by_id_never_duplicates_and_tells_added_updated_unchanged()
    {
        using var index = NewsIndex.CreateInMemory();
        var first = Article("https://example.com/a", "반도체 수출 증가", "본문");

        Assert.Equal(new UpsertCounts(1, 0, 0), index.Upsert([first]));
        index.Commit();
        Assert.Equal(new UpsertCounts(0, 0, 1), index.Upsert([first]));
        Assert.Equal(new UpsertCounts(0, 1, 0), index.Upsert([first with { Body = "고친 본문" }]));
        index.Commit();

        Assert.Equal(1, index.GetStats().Articles);
        Assert.Equal("고친 본문", index.Get("https://example.com/a")?.Body);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_id_upserted_again_before_any_commit_or_refresh_replaces_the_first_version(bool refreshBetween)
    {
        using var index = NewsIndex.CreateInMemory();
        var first = Article("https://example.com/a", "반도체 수출 증가", "첫 판");

        Assert.Equal(new UpsertCounts(2, 0, 0), index.Upsert([first, Article("https://example.com/b", "자동차", "y")]));
        if (refreshBetween)
        {
            index.Refresh();
        }

        Assert.Equal(new UpsertCounts(0, 1, 0), index.Upsert([first with { Body = "둘째 판" }]));
        index.Delete("https://example.com/b");
        index.Upsert([Article("https://example.com/b", "자동차", "다시")]);
        index.Commit();

        Assert.Equal(2, index.GetStats().Articles);
        Assert.Equal("둘째 판", index.Get("https://example.com/a")?.Body);
        Assert.Equal("다시", index.Get("https://example.com/b")?.Body);
    }

    [Fact]
    public void Within_one_batch_the_last_version_of_an_id_wins_as_if_applied_in_order()
    {
        using var index = NewsIndex.CreateInMemory();
        var first = Article("https://example.com/a", "반도체 수출 증가", "첫 판");
        var articles = Enumerable.Range(0, 200).Select(n => Article($"https://example.com/{n}", "기사", $"본문 {n}")).ToList();

        var counts = index.Upsert([first, .. articles, first, first with { Body = "둘째 판" }]);
        index.Commit();

        Assert.Equal(new UpsertCounts(Added: 201, Updated: 2, Unchanged: 0), counts);
        Assert.Equal("둘째 판", index.Get("https://example.com/a")?.Body);
        Assert.Equal(201, index.GetStats().Articles);
    }

    [Fact]
    public void Commits_are_visible_to_the_next_search_and_deletes_remove_articles()
    {
        using var index = NewsIndex.CreateInMemory();
        index.Upsert([Article("https://example.com/a", "반도체", "x"), Article("https://example.com/b", "자동차", "y")]);
        index.Commit();
        Assert.Equal(2, index.GetStats().Articles);

        index.Delete("https://example.com/a");
        index.Commit();

        Assert.Null(index.Get("https://example.com/a"));
        Assert.NotNull(index.Get("https://example.com/b"));
        Assert.Equal(1, index.GetStats().Articles);
    }

    [Fact]
    public void Stats_report_date_range_sources_reporters_and_disk_size()
    {
        var path = Path.Combine(Path.GetTempPath(), "knews-stats-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = NewsIndex.Open(path))
            {
                index.Upsert([
                    Article("https://example.com/a", "가", "x"),
                    Article("https://example.com/b", "나", "y") with { Published = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), Reporters = ["홍길동", "김철수"] },
                ]);
                index.Commit();
            }

            using var readOnly = NewsIndex.OpenReadOnly(path);
            var stats = readOnly.GetStats();
            Assert.Equal(2, stats.Articles);
            Assert.Equal(new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset), stats.Earliest);
            Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), stats.Latest);
            Assert.Equal([new ValueCount("테스트일보", 2)], stats.Sources);
            Assert.Equal([new ValueCount("홍길동", 2), new ValueCount("김철수", 1)], stats.TopReporters);
            Assert.True(stats.SizeOnDiskBytes > 0);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
