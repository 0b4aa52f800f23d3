using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Tests.Querying;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Tests.Duplicates;

/// <summary>
/// Wire-story folding on real articles: the shipped Wikinews export holds the same article under two or three URLs
/// (real copies) and day-by-day COVID-19 reports that share their wording (real follow-ups, which must not fold);
/// republished copies are made from a real article the way outlets change wire text.
/// </summary>
public sealed class DuplicateFoldingTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private const string DrugsTitle = "대한민국, 더 이상 '마약 청정국' 아니다";
    private const string FukushimaTitle = "한국인 10명 중 9명 \"후쿠시마산 식품 위험하다\" 생각... 세계시민들의 의견은?";

    private static readonly Lazy<List<NewsArticle>> Wikinews = new(() =>
        [.. JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!)]);

    [Theory]
    [InlineData("\"마약 청정국\"", DrugsTitle, 2)]
    [InlineData("후쿠시마산 식품 세계시민", FukushimaTitle, 3)]
    public void Copies_of_one_article_fold_into_one_hit_that_says_how_many_more(string query, string title, int copies)
    {
        var folded = corpus.Index.Search(new SearchRequest { Query = query, Limit = 100 });
        var all = corpus.Index.Search(new SearchRequest { Query = query, Limit = 100, FoldDuplicates = false });

        Assert.Equal(copies, all.Hits.Count(h => h.Title == title));
        Assert.All(all.Hits, h => Assert.Equal(0, h.DuplicateCount));
        var hit = Assert.Single(folded.Hits, h => h.Title == title);
        Assert.Equal(copies - 1, hit.DuplicateCount);
        Assert.Equal(all.Total, folded.Total);
        Assert.Equal(all.Total - (copies - 1), folded.FoldedTotal);
        Assert.Equal(all.Total, all.FoldedTotal);
    }

    [Fact]
    public void Follow_up_reports_on_the_same_event_are_not_folded()
    {
        // Three daily COVID-19 reports (23, 25 and 26 December 2020) written from one template with new figures.
        var results = corpus.Index.Search(new SearchRequest { Query = "신규 확진자 date:2020-12-23..2020-12-26", Limit = 100 });

        Assert.Contains(results.Hits, h => h.Title == "대한민국 신규확진 다시 천명대 돌파");
        Assert.Contains(results.Hits, h => h.Title == "대한민국에서 신규 코로나 확진자 1241명 발생");
        Assert.Contains(results.Hits, h => h.Title == "대한민국에서 신규 확진자 1104명 발생");
        Assert.All(results.Hits, h => Assert.Equal(0, h.DuplicateCount));
        Assert.Equal(results.Total, results.FoldedTotal);
    }

    [Theory]
    [InlineData(SearchSort.Relevance)]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Oldest)]
    public void Paging_through_folded_results_lists_every_group_once_in_one_order(SearchSort sort)
    {
        var request = new SearchRequest { Query = "대한민국", Sort = sort, Highlight = false };
        var onePage = corpus.Index.Search(request with { Limit = 100 });
        var pages = Enumerable.Range(0, 10).SelectMany(page => corpus.Index.Search(request with { Offset = page * 7, Limit = 7 }).Hits).ToList();

        Assert.True(onePage.FoldedTotal < onePage.Total, "the query should match some copies");
        Assert.Equal(onePage.Hits.Take(70).Select(h => h.Id), pages.Select(h => h.Id));
        Assert.Equal(pages.Count, pages.Select(h => h.Id).Distinct().Count());
        Assert.Equal(onePage.FoldedTotal, corpus.AllIds(request, foldDuplicates: true).Distinct().Count());
    }

    [Fact]
    public void Wire_copies_with_another_headline_byline_and_added_sentences_fold_and_a_follow_up_does_not()
    {
        var original = Wikinews.Value.First(a => a.Title == "서울 상공에 5년만에 나타난 북한 무인기");
        var published = new DateTimeOffset(2022, 12, 26, 10, 0, 0, NewsArticle.KoreaOffset);
        NewsArticle Version(string url, string title, string body, int hours) =>
            original with { Id = "", Url = url, Source = url.Split('/')[2], Title = title, Body = body, Published = published.AddHours(hours) };
        var wire = Version("https://wire.example/1", original.Title, original.Body, 0);
        var sentences = original.Body.Split(". ");
        var republished = new[]
        {
            Version("https://a.example/1", "北 무인기 5대 서울 상공 침범… 軍 격추 실패", original.Body, 1),
            Version("https://b.example/1", original.Title, "(서울=가상뉴스) 홍길동 기자 = " + original.Body + "\n\n홍길동 기자 gildong@example.com", 2),
            Version("https://c.example/1", original.Title, original.Body + "\n\n군은 이날 오후 긴급 회의를 열고 대응 방안을 논의했다. 합참은 추가 도발 가능성에 대비해 경계 태세를 강화했다고 밝혔다.", 3),
        };
        // A follow-up keeps the background but leads with new news.
        var followUp = Version("https://wire.example/2", "군, 북한 무인기 대응 실패 인정… 작전 검열 착수",
            "합동참모본부는 27일 북한 무인기에 대한 대응이 미흡했다고 인정하고 작전 검열에 착수했다. " + string.Join(". ", sentences.Skip(1)), 24);

        using var index = NewsIndex.CreateInMemory();
        index.Upsert([wire, .. republished, followUp]);
        index.Commit();
        var results = index.Search(new SearchRequest { Query = "무인기", Sort = SearchSort.Oldest });

        Assert.Equal(5, results.Total);
        Assert.Equal(2, results.FoldedTotal);
        Assert.Equal([wire.Url, followUp.Url], results.Hits.Select(h => h.Url));
        Assert.Equal([3, 0], results.Hits.Select(h => h.DuplicateCount));
    }

    [Fact]
    public void The_earliest_copy_names_the_group_and_the_name_survives_later_copies_and_deletes()
    {
        var original = Wikinews.Value.First(a => a.Title == "10·29 참사 분향소, 추모행사 방해받다");
        NewsArticle Copy(string url, int day) => original with { Id = "", Url = url, Published = new DateTimeOffset(2022, 12, day, 9, 0, 0, NewsArticle.KoreaOffset) };

        using var index = NewsIndex.CreateInMemory();
        index.Upsert([Copy("https://later.example", 27), Copy("https://earliest.example", 26)]);
        Assert.Equal("https://earliest.example", GroupOf(index, "https://later.example"));

        // A copy upserted before the last one was committed is still matched; one upserted after a commit too.
        index.Upsert([Copy("https://uncommitted.example", 28)]);
        index.Commit();
        index.Upsert([Copy("https://committed.example", 25)]);
        index.Commit();
        Assert.All(
            new[] { "https://uncommitted.example", "https://committed.example" },
            id => Assert.Equal("https://earliest.example", GroupOf(index, id)));

        index.Delete("https://earliest.example");
        index.Commit();
        var hit = Assert.Single(index.Search(new SearchRequest { Query = "분향소" }).Hits);
        Assert.Equal(2, hit.DuplicateCount);
    }

    [Fact]
    public void A_copy_ingested_now_joins_the_group_of_an_article_indexed_with_the_older_band_keys()
    {
        var original = Wikinews.Value.First(a => a.Title == "10·29 참사 분향소, 추모행사 방해받다") with { Id = "", Url = "https://older.example" };
        using var folder = new TempDirectory();
        using (var directory = FSDirectory.Open(folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer())))
        {
            var article = original.WithComputedId();
            var document = NewsDocumentMapper.ToDocument(article);
            var fingerprint = BodyFingerprint.Of(article.Body)!;
            DuplicateFields.AddTo(document, new DuplicateAssignment(fingerprint, article.Id));
            document.RemoveFields(NewsFields.DuplicateBand);
            document.Add(TermListField.Create(NewsFields.LegacyDuplicateBand, [.. fingerprint.LegacyBandKeys()]));
            writer.AddDocument(document);
        }

        using var index = NewsIndex.Open(folder.Path);
        index.Upsert([original with { Url = "https://newer.example", Published = original.Published!.Value.AddHours(2) }]);
        index.Commit();

        Assert.Equal("https://older.example", GroupOf(index, "https://newer.example"));
    }

    [Fact]
    public void An_article_rewritten_so_that_it_no_longer_matches_its_copies_leaves_their_group()
    {
        var drugs = Wikinews.Value.First(a => a.Title == DrugsTitle);
        var other = Wikinews.Value.First(a => a.Title == "빈 살만, 도시 건설에 샤오미와 협상 후 \"위안화로 석유 거래\"");
        using var index = NewsIndex.CreateInMemory();
        index.Upsert([drugs with { Id = "", Url = "https://first.example" }]);
        index.Upsert([drugs with { Id = "", Url = "https://second.example", Published = drugs.Published!.Value.AddHours(1) }]);
        index.Commit();
        index.Upsert([other with { Id = "", Url = "https://first.example" }]);
        index.Commit();

        Assert.Equal("https://first.example", GroupOf(index, "https://second.example"));
        Assert.NotEqual(GroupOf(index, "https://second.example"), GroupOf(index, "https://first.example"));
        Assert.All(index.Search(new SearchRequest { Query = "" }).Hits, h => Assert.Equal(0, h.DuplicateCount));
    }

    [Theory]
    [InlineData("")]
    [InlineData("사진=연합뉴스")]
    [InlineData("편집자주: 이 기사는 이혼 소송 과정에서 필요한 법률 지식을 제공할 목적으로 제작됐습니다. 기사 내용은 실제 사례를 각색했습니다. 매주 토요일·일요일 연재.")]
    public void Bodies_too_short_to_tell_copies_apart_get_no_fingerprint(string body) => Assert.Null(BodyFingerprint.Of(body));

    [Fact]
    public void Fingerprints_survive_the_round_trip_through_bytes()
    {
        var article = Wikinews.Value.First(a => a.Body.Length > 1000);
        var fingerprint = BodyFingerprint.Of(article.Body)!;
        var read = BodyFingerprint.FromBytes(fingerprint.ToBytes());

        Assert.Equal(1.0, fingerprint.Similarity(read));
        Assert.Equal(fingerprint.Lead, read.Lead);
        Assert.Equal(BodyFingerprint.BandCount, fingerprint.BandKeys.Count);
        Assert.Throws<FormatException>(() => BodyFingerprint.FromBytes(new byte[10]));
    }

    private static string? GroupOf(NewsIndex index, string id)
    {
        index.Refresh();
        using var lease = index.AcquireSearcher();
        return lease.Searcher.FindDocId(id) is { } doc ? lease.Searcher.Doc(doc).Get(NewsFields.DuplicateGroup) : null;
    }
}
