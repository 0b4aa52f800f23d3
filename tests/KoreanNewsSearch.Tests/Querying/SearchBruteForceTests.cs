using System.Text;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary>The set of ids a query finds equals a plain scan of the articles: substring containment on normalised text, exact keyword values.</summary>
public partial class SearchBruteForceTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private static readonly Dictionary<string, (SearchRequest Request, Func<NewsArticle, bool> Expected)> Cases = new()
    {
        ["one word"] = (Q("대통령"), a => Has(a, "대통령")),
        ["two words are ANDed"] = (Q("대통령 선거"), a => Has(a, "대통령") && Has(a, "선거")),
        ["AND keyword is optional"] = (Q("대통령 AND 선거"), a => Has(a, "대통령") && Has(a, "선거")),
        ["phrase"] = (Q("\"미국 대통령\""), a => Has(a, "미국 대통령")),
        ["OR between words"] = (Q("월드컵 OR 올림픽"), a => Has(a, "월드컵") || Has(a, "올림픽")),
        ["AND binds tighter than OR"] = (Q("대한민국 정부 OR 북한"), a => (Has(a, "대한민국") && Has(a, "정부")) || Has(a, "북한")),
        ["group"] = (Q("(태풍 OR 지진) 피해"), a => (Has(a, "태풍") || Has(a, "지진")) && Has(a, "피해")),
        ["exclusion"] = (Q("대통령 -오바마"), a => Has(a, "대통령") && !Has(a, "오바마")),
        ["excluded phrase"] = (Q("대통령 -\"미국 대통령\""), a => Has(a, "대통령") && !Has(a, "미국 대통령")),
        ["excluded group"] = (Q("정부 -(북한 OR 일본)"), a => Has(a, "정부") && !Has(a, "북한") && !Has(a, "일본")),
        ["only an exclusion"] = (Q("-대한민국"), a => !Has(a, "대한민국")),
        ["title field"] = (Q("title:태풍"), a => Has(a.Title, "태풍")),
        ["title field on a group"] = (Q("title:(태풍 OR 지진)"), a => Has(a.Title, "태풍") || Has(a.Title, "지진")),
        ["body without title"] = (Q("body:태풍 -title:태풍"), a => Has(a.Body, "태풍") && !Has(a.Title, "태풍")),
        ["reporter field"] = (Q("reporter:이지은 대통령"), a => a.Reporters.Contains("이지은") && Has(a, "대통령")),
        ["source field"] = (Q("source:테스트일보 정부"), a => a.Source == "테스트일보" && Has(a, "정부")),
        ["section fields ORed"] = (Q("section:경제 OR section:국제"), a => a.Section is "경제" or "국제"),
        ["date range in the query"] = (Q("date:2012-01-01..2012-12-31 대통령"), a => InKoreaDays(a, new(2012, 1, 1), new(2012, 12, 31)) && Has(a, "대통령")),
        ["open date range"] = (Q("date:..2010-12-31"), a => InKoreaDays(a, null, new(2010, 12, 31))),
        ["blank query with a source filter"] = (Q("") with { Sources = ["테스트일보"] }, a => a.Source == "테스트일보"),
        ["filters combined"] = (
            Q("정부 OR 대통령") with { From = new(2012, 1, 1), To = new(2016, 12, 31), Reporters = ["김민수", "박서준"], Sections = ["정치", "사회", "국제"] },
            a => (Has(a, "정부") || Has(a, "대통령")) && InKoreaDays(a, new(2012, 1, 1), new(2016, 12, 31))
                 && a.Reporters.Any(r => r is "김민수" or "박서준") && a.Section is "정치" or "사회" or "국제"),
        ["Any mode needs one of the words"] = (Q("태풍 지진 백신") with { Mode = QueryMode.Any }, a => Has(a, "태풍") || Has(a, "지진") || Has(a, "백신")),
        ["Any mode keeps exclusions and fields required"] = (
            Q("태풍 지진 -일본 source:위키뉴스") with { Mode = QueryMode.Any },
            a => (Has(a, "태풍") || Has(a, "지진")) && !Has(a, "일본") && a.Source == "위키뉴스"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Search_finds_exactly_what_a_scan_of_the_articles_finds(string caseName)
    {
        var (request, expected) = Cases[caseName];
        var expectedIds = corpus.Articles.Where(expected).Select(a => a.WithComputedId().Id).ToHashSet();
        Assert.NotEmpty(expectedIds);

        var foundIds = corpus.AllIds(request);

        Assert.Equal(foundIds.Count, foundIds.Distinct().Count());
        Assert.Empty(expectedIds.Except(foundIds).Select(TitleOf));
        Assert.Empty(foundIds.Except(expectedIds).Select(TitleOf));
    }

    private string TitleOf(string id) => corpus.Articles.Single(a => a.WithComputedId().Id == id).Title;

    private static SearchRequest Q(string query) => new() { Query = query };

    private static bool Has(NewsArticle article, string text) =>
        Has(article.Title + " " + string.Join(" ", article.Subtitle) + " " + article.Body, text);

    private static bool Has(string haystack, string text) => Normalize(haystack).Contains(Normalize(text), StringComparison.Ordinal);

    // NFKC and lower case; punctuation and whitespace runs become one space, as the analyzer splits words there.
    private static string Normalize(string text) =>
        NonWordRun().Replace(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant(), " ");

    private static bool InKoreaDays(NewsArticle article, DateOnly? from, DateOnly? to)
    {
        if (article.Published is not { } published)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(published.ToOffset(NewsArticle.KoreaOffset).DateTime);
        return (from is null || day >= from) && (to is null || day <= to);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWordRun();
}
