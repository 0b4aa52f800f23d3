using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Tests.Analysis;

/// <summary>The shipped Wikinews sample, indexed once in memory for all recall rows.</summary>
public sealed class WikinewsIndexFixture : IDisposable
{
    public WikinewsIndexFixture()
    {
        Articles = WikinewsSample.Read();
        Index = NewsIndex.CreateInMemory();
        Index.Upsert(Articles);
        Index.Commit();
    }

    public IReadOnlyList<NewsArticle> Articles { get; }

    public NewsIndex Index { get; }

    public void Dispose() => Index.Dispose();
}

/// <summary>
/// Recall over the 644 Wikinews articles: for each query string the engine returns exactly the articles whose
/// title, subtitle or body contains it in the sense of <see cref="MatchSemantics"/> (normalised text; Hangul
/// substrings inside longer words count; words of letters and digits are not cut; hanja abbreviations are variants).
/// </summary>
public class RecallTests(WikinewsIndexFixture fixture) : IClassFixture<WikinewsIndexFixture>
{
    [Theory]
    // Hangul words of 2 to 7 syllables, found inside longer words (대통령은, 정부가, 대한민국의).
    [InlineData("대통령")]
    [InlineData("정부")]
    [InlineData("선거")]
    [InlineData("올림픽")]
    [InlineData("대한민국")]
    [InlineData("코로나바이러스")]
    [InlineData("위키뉴스")]
    [InlineData("서울시")]
    [InlineData("태풍")]
    [InlineData("유럽연합")]
    [InlineData("삼성전자")]
    // Words with a hanja abbreviation: 美 and 中 headlines count as 미국 and 중국.
    [InlineData("미국")]
    [InlineData("중국")]
    [InlineData("북한")]
    [InlineData("영국")]
    [InlineData("美")]
    // Single syllables, inside any word.
    [InlineData("금")]
    [InlineData("북")]
    [InlineData("물")]
    [InlineData("불")]
    [InlineData("쌀")]
    [InlineData("값")]
    // Mixed script, Latin, digits and units.
    [InlineData("IT")]
    [InlineData("CEO")]
    [InlineData("NASA")]
    [InlineData("G20")]
    [InlineData("코로나19")]
    [InlineData("COVID-19")]
    [InlineData("LG")]
    [InlineData("KBS")]
    [InlineData("30%")]
    [InlineData("2009년")]
    [InlineData("3월")]
    [InlineData("1,000")]
    [InlineData("2.5")]
    [InlineData("제44대")]
    // Phrases across words, with single syllables at either end.
    [InlineData("미국 대통령")]
    [InlineData("버락 오바마")]
    [InlineData("대통령 선거")]
    [InlineData("오바마 미국")]
    [InlineData("일 오후")]
    [InlineData("밝혔다 이")]
    // Phrases whose hanja variant starts or ends with an abbreviation (中 정부, 정부 美), which stands alone.
    [InlineData("중국 정부")]
    [InlineData("정부 미국")]
    [InlineData("일본 정부")]
    public void Engine_returns_exactly_the_articles_that_contain_the_query(string query)
    {
        var expected = fixture.Articles.Where(a => ContainsQuery(a, query)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var found = Search(query);

        Assert.NotEmpty(expected);
        Assert.True(expected.SetEquals(found),
            $"'{query}': {expected.Count} articles contain it, engine returned {found.Count}; " +
            $"missing: {string.Join(", ", expected.Except(found).Take(3))}; extra: {string.Join(", ", found.Except(expected).Take(3))}");
    }

    [Fact]
    public void A_word_split_by_a_line_break_is_two_words_for_the_engine_and_for_the_reference()
    {
        // Intended: a line break separates words, so 반도\n체 does not contain 반도체 (the reference agrees).
        var article = new NewsArticle { Url = "https://example.com/split", Title = "t", Body = "반도\n체 수출" };
        Assert.False(MatchSemantics.Matches(article.Body, "반도체"));
        Assert.True(MatchSemantics.Matches(article.Body, "반도 체"));
    }

    private static bool ContainsQuery(NewsArticle article, string query) =>
        MatchSemantics.Matches(article.Title, query)
        || MatchSemantics.Matches(string.Join('\n', article.Subtitle), query)
        || MatchSemantics.Matches(article.Body, query);

    private HashSet<string> Search(string query)
    {
        var any = new BooleanQuery();
        foreach (var field in NewsFields.DefaultTextFields)
        {
            if (TextFieldLayout.BuildQuery(field, query) is { } perField)
            {
                any.Add(perField, Occur.SHOULD);
            }
        }

        using var lease = fixture.Index.AcquireSearcher();
        var searcher = lease.Searcher;
        return searcher.Search(any, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
            .Select(d => NewsDocumentMapper.FromDocument(searcher.Doc(d.Doc)).Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
