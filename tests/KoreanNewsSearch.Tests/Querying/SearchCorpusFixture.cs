using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary>
/// An in-memory index of the articles in data/ as the ingestion reads them: the seed article and the 644 Korean
/// Wikinews articles (real text; source, section, reporters and publish hours assigned by a fixed rule so that
/// filters and facets have something to work on), plus two articles on either side of a Korea-time midnight and
/// one without a publish time. Built once per test class.
/// </summary>
public sealed class SearchCorpusFixture : IDisposable
{
    public static readonly string[] ReporterPool = ["김민수", "이지은", "박서준", "최유리"];
    public static readonly string[] SectionPool = ["정치", "경제", "사회", "국제", "문화"];

    public SearchCorpusFixture()
    {
        Articles = [.. ReadWikinews(), SeedArticle, .. MidnightArticles, UndatedArticle];
        Index = NewsIndex.CreateInMemory();
        Index.Upsert(Articles);
        Index.Commit();
    }

    public IReadOnlyList<NewsArticle> Articles { get; }

    public NewsIndex Index { get; }

    /// <summary>The seed article (fntimes.com page dump in data/seed) as the ingestion parses it.</summary>
    public static NewsArticle SeedArticle { get; } = ReadData().Single(a => a.Source == "한국금융신문");

    /// <summary>Published 00:30 Korea time on 2024-06-07 (still 2024-06-06 in UTC) and 23:59 Korea time the day before.</summary>
    public static IReadOnlyList<NewsArticle> MidnightArticles { get; } =
    [
        new()
        {
            Url = "https://example.com/midnight/after",
            Source = "테스트일보",
            Section = "사회",
            Title = "자정 직후 송고된 기사",
            Body = "자정이 지난 뒤 송고된 기사 본문입니다.",
            Published = new DateTimeOffset(2024, 6, 7, 0, 30, 0, NewsArticle.KoreaOffset),
            Reporters = ["김민수"],
        },
        new()
        {
            Url = "https://example.com/midnight/before",
            Source = "테스트일보",
            Section = "사회",
            Title = "자정 직전 송고된 기사",
            Body = "자정이 되기 직전에 송고된 기사 본문입니다.",
            Published = new DateTimeOffset(2024, 6, 6, 23, 59, 0, NewsArticle.KoreaOffset),
            Reporters = ["김민수"],
        },
    ];

    public static NewsArticle UndatedArticle { get; } = new()
    {
        Url = "https://example.com/undated",
        Source = "테스트일보",
        Title = "날짜 없는 대통령 기사",
        Body = "발행 시각이 알려지지 않은 대통령 관련 기사입니다.",
    };

    /// <summary>All ids the request finds, walking every page.</summary>
    /// <summary>Every matching id, page by page; copies of one story are listed too unless the request folds them.</summary>
    public List<string> AllIds(SearchRequest request, bool foldDuplicates = false)
    {
        var ids = new List<string>();
        for (var offset = 0; ; offset += SearchRequest.MaxLimit)
        {
            var page = Index.Search(request with { Offset = offset, Limit = SearchRequest.MaxLimit, Highlight = false, FoldDuplicates = foldDuplicates });
            ids.AddRange(page.Hits.Select(h => h.Id));
            if (page.Hits.Count < SearchRequest.MaxLimit)
            {
                Assert.Equal(page.FoldedTotal, ids.Count);
                return ids;
            }
        }
    }

    public void Dispose() => Index.Dispose();

    /// <summary>Every article in data/, as the ingestion reads it.</summary>
    private static List<NewsArticle> ReadData()
    {
        var results = ArticleFileReader.ReadPaths([TestPaths.Data]).ToList();
        Assert.All(results, r => Assert.Null(r.Error));
        return [.. results.Select(r => r.Article!.WithComputedId())];
    }

    // Wikinews has no reporters or sections and only publish days: give them fixed, varied ones.
    private static IEnumerable<NewsArticle> ReadWikinews() =>
        ReadData().Where(a => a.Source == "위키뉴스").Select((article, i) => article with
        {
            Source = i % 10 == 3 ? "테스트일보" : article.Source,
            Section = SectionPool[i % 5],
            Reporters = i % 7 == 0 ? [ReporterPool[i % 4], ReporterPool[(i + 1) % 4]] : [ReporterPool[i % 4]],
            Published = new DateTimeOffset(article.Published!.Value.ToOffset(NewsArticle.KoreaOffset).Date.AddHours(i % 24).AddMinutes(i * 7 % 60), NewsArticle.KoreaOffset),
        });
}
