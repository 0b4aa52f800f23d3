using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Related;

/// <summary><see cref="Indexing.NewsIndex.Related"/> on the shipped Wikinews articles.</summary>
public sealed class RelatedArticlesTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    [Fact]
    public void The_daily_reports_of_one_outbreak_are_related_to_each_other()
    {
        var report = IdOf("대한민국에서 신규 코로나 확진자 1241명 발생");

        var related = corpus.Index.Related(report, 5);

        Assert.NotEmpty(related);
        Assert.Contains(related, h => h.Title == "대한민국에서 신규 확진자 1104명 발생");
        Assert.Contains(related, h => h.Title == "대한민국 신규확진 다시 천명대 돌파");
        Assert.DoesNotContain(related, h => h.Id == report);
    }

    [Fact]
    public void The_articles_own_copies_are_left_out()
    {
        var copies = corpus.Articles.Where(a => a.Title == "대한민국, 더 이상 '마약 청정국' 아니다").Select(a => a.WithComputedId().Id).ToList();
        Assert.Equal(2, copies.Count);

        var related = corpus.Index.Related(copies[0], 10);

        Assert.DoesNotContain(related, h => copies.Contains(h.Id));
        Assert.Equal(related.Count, related.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Hits_come_with_the_opening_of_the_body_and_no_marks()
    {
        var related = corpus.Index.Related(IdOf("대한민국 신규확진 다시 천명대 돌파"), 3);

        Assert.InRange(related.Count, 1, 3);
        Assert.All(related, h => Assert.DoesNotContain("<mark>", h.Snippet + h.HighlightedTitle, StringComparison.Ordinal));
        Assert.All(related, h => Assert.NotEqual("", h.Snippet));
    }

    [Fact]
    public void An_unknown_id_or_a_limit_out_of_range_is_an_error_naming_it()
    {
        var unknown = Assert.Throws<KeyNotFoundException>(() => corpus.Index.Related("https://nowhere.example/1", 5));
        Assert.Contains("https://nowhere.example/1", unknown.Message, StringComparison.Ordinal);
        var id = IdOf("대한민국 신규확진 다시 천명대 돌파");
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Index.Related(id, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Index.Related(id, SearchRequest.MaxLimit + 1));
    }

    private string IdOf(string title) => corpus.Articles.Single(a => a.Title == title).WithComputedId().Id;
}
