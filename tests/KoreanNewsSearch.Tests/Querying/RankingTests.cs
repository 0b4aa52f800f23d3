using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

public class RankingTests
{
    private const string Filler = "지역 경제 동향과 관련한 여러 의견이 나왔다. 전문가들은 하반기 시장 전망을 두고 엇갈린 평가를 내놓았다.";
    private static readonly DateTimeOffset Day = new(2024, 6, 7, 9, 0, 0, NewsArticle.KoreaOffset);

    [Fact]
    public void A_match_in_the_title_outranks_the_same_match_in_the_body()
    {
        var ids = Ranked("반도체",
            Article("body", "지역 경제 소식", $"{Filler} 반도체 업황도 언급됐다."),
            Article("title", "반도체 업황 소식", $"{Filler} 업황도 언급됐다."));

        Assert.Equal(["title", "body"], ids);
    }

    [Fact]
    public void Query_words_side_by_side_outrank_the_same_words_scattered()
    {
        var ids = Ranked("갤럭시 신제품",
            Article("scattered", "소식", $"갤럭시 판매가 늘었다. {Filler} 신제품 출시도 예정됐다."),
            Article("adjacent", "소식", $"갤럭시 신제품 판매가 늘었다. {Filler} 출시도 예정됐다."));

        Assert.Equal(["adjacent", "scattered"], ids);
    }

    [Fact]
    public void Equal_scores_rank_newer_first_and_the_order_is_stable()
    {
        var articles = Enumerable.Range(0, 12)
            .Select(i => Article($"a{i:00}", "같은 제목", $"{Filler} 반도체") with { Published = Day.AddHours(i * 5 % 12) })
            .ToArray();

        var first = Ranked("반도체", articles);

        Assert.Equal(articles.OrderByDescending(a => a.Published).Select(a => a.Url), first);
    }

    [Fact]
    public void Any_mode_finds_partial_matches_and_ranks_articles_matching_more_words_higher()
    {
        using var index = Index(
            Article("one", "소식", $"{Filler} 바그다드 이야기."),
            Article("three", "소식", $"{Filler} 바그다드 조약 가입 이야기."),
            Article("none", "소식", Filler));

        var all = index.Search(new SearchRequest { Query = "바그다드 조약 가입 국가", RelaxWhenFewerThan = 0 });
        var any = index.Search(new SearchRequest { Query = "바그다드 조약 가입 국가", Mode = QueryMode.Any });

        Assert.Equal(0, all.Total);
        Assert.Equal(["three", "one"], any.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Any_mode_matches_a_word_whose_particle_differs_and_ranks_more_matched_words_first()
    {
        using var index = Index(
            Article("one-word", "소식", $"{Filler} 헤이그는 조용했다."),
            Article("two-words", "소식", $"{Filler} 헤이그는 특사 파견지였다."),
            Article("none", "소식", Filler));

        var all = index.Search(new SearchRequest { Query = "헤이그가 특사를", RelaxWhenFewerThan = 0 });
        var any = index.Search(new SearchRequest { Query = "헤이그가 특사를", Mode = QueryMode.Any });

        Assert.Equal(0, all.Total);
        Assert.Equal(["two-words", "one-word"], any.Hits.Select(h => h.Url));
    }

    [Fact]
    public void Any_mode_ranks_the_whole_word_above_a_part_of_it()
    {
        var request = new SearchRequest { Query = "반도체", Mode = QueryMode.Any };
        using var index = Index(
            Article("part", "소식", $"{Filler} 반도 지역."),
            Article("whole", "소식", $"{Filler} 반도체 지역."));

        Assert.Equal(["whole", "part"], index.Search(request).Hits.Select(h => h.Url));
    }

    [Fact]
    public void Ranking_knobs_change_the_order()
    {
        using var index = Index(
            Article("title", "반도체", Filler),
            Article("body", "소식", $"반도체 반도체 반도체 {Filler}"));
        var request = new SearchRequest { Query = "반도체" };

        var titleHeavy = index.Search(request with { Ranking = new RankingOptions { TitleBoost = 10f } });
        var bodyOnly = index.Search(request with { Ranking = new RankingOptions { TitleBoost = 0.01f } });

        Assert.Equal(["title", "body"], titleHeavy.Hits.Select(h => h.Url));
        Assert.Equal(["body", "title"], bodyOnly.Hits.Select(h => h.Url));
    }

    [Fact]
    public async Task Searches_running_during_commits_see_each_commit_and_never_fail()
    {
        using var index = NewsIndex.CreateInMemory();
        const int batches = 8;
        var searchersDone = false;
        var seen = new List<int>[4];
        var searchers = Enumerable.Range(0, seen.Length).Select(s => Task.Run(() =>
        {
            seen[s] = [];
            while (!Volatile.Read(ref searchersDone))
            {
                seen[s].Add(index.Search(new SearchRequest { Query = "반도체", Facets = true }).Total);
            }
        })).ToArray();

        for (var batch = 0; batch < batches; batch++)
        {
            index.Upsert(Enumerable.Range(0, 5).Select(i => Article($"b{batch}-{i}", "반도체 소식", Filler)));
            index.Commit();
            Assert.Equal((batch + 1) * 5, index.Search(new SearchRequest { Query = "반도체" }).Total);
        }

        Volatile.Write(ref searchersDone, true);
        await Task.WhenAll(searchers);
        foreach (var totals in seen)
        {
            Assert.Equal(totals.Order(), totals);
            Assert.All(totals, t => Assert.Equal(0, t % 5));
        }
    }

    private static NewsArticle Article(string url, string title, string body) => new()
    {
        Url = url,
        Source = "테스트일보",
        Title = title,
        Body = body,
        Published = Day,
    };

    private static NewsIndex Index(params NewsArticle[] articles)
    {
        var index = NewsIndex.CreateInMemory();
        index.Upsert(articles);
        index.Commit();
        return index;
    }

    private static List<string?> Ranked(string query, params NewsArticle[] articles)
    {
        using var index = Index(articles);
        var request = new SearchRequest { Query = query, Limit = 100 };
        var first = index.Search(request).Hits.Select(h => h.Url).ToList();
        Assert.Equal(first, index.Search(request).Hits.Select(h => h.Url));
        return first;
    }
}
