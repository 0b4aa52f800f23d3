using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

public class SynonymSearchTests
{
    private static readonly SynonymDictionary AiGroup = SynonymDictionary.Parse("# 사용자 사전\nAI, 인공지능\n", "synonyms.txt");

    private static NewsIndex IndexWith(params (string Url, string Title, string Body)[] articles)
    {
        var index = NewsIndex.CreateInMemory();
        index.Upsert(articles.Select(a => new NewsArticle { Url = a.Url, Title = a.Title, Body = a.Body }));
        index.Commit();
        return index;
    }

    [Theory]
    [InlineData("AI 반도체", QueryMode.All)]
    [InlineData("인공지능 반도체", QueryMode.All)]
    [InlineData("\"AI 반도체\"", QueryMode.All)]
    [InlineData("AI 반도체", QueryMode.Any)]
    public void A_synonym_group_makes_each_member_find_the_others(string query, QueryMode mode)
    {
        using var index = IndexWith(
            ("https://example.kr/1", "AI 반도체 수요 급증", "엔비디아가 AI 반도체를 내놓았다."),
            ("https://example.kr/2", "인공지능 반도체 경쟁", "국내 기업도 인공지능 반도체 개발에 나섰다."),
            ("https://example.kr/3", "메모리 반도체 가격", "D램 가격이 올랐다."));

        var without = index.Search(new SearchRequest { Query = query, Mode = mode });
        var with = index.Search(new SearchRequest { Query = query, Mode = mode, Synonyms = AiGroup });

        Assert.Equal(
            ["https://example.kr/1", "https://example.kr/2"],
            with.Hits.Select(h => h.Id).Where(id => id != "https://example.kr/3").Order(StringComparer.Ordinal));
        Assert.True(with.Total > without.Total || mode == QueryMode.Any);
        Assert.All(with.Hits.Where(h => h.Id != "https://example.kr/3"), hit => Assert.Contains("<mark>", hit.HighlightedTitle, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_synonyms_a_word_finds_only_itself()
    {
        using var index = IndexWith(
            ("https://example.kr/1", "AI 반도체", "AI"),
            ("https://example.kr/2", "인공지능 반도체", "인공지능"));

        var results = index.Search(new SearchRequest { Query = "AI" });

        Assert.Equal(["https://example.kr/1"], results.Hits.Select(h => h.Id));
    }
}
