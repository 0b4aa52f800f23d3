using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Server;

/// <summary>The server-rendered page: a shared URL's first response already holds the library's results, escaped.</summary>
public sealed class PageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData("/?q=대통령&sort=newest&page=2", "대통령", SearchSort.Newest, 10)]
    [InlineData("/?q=정부&source=위키뉴스&sort=oldest", "정부", SearchSort.Oldest, 0)]
    public async Task First_render_of_a_url_shows_the_library_results_for_it(string url, string query, SearchSort sort, int offset)
    {
        var sources = url.Contains("source=", StringComparison.Ordinal) ? new[] { "위키뉴스" } : [];
        var expected = server.Index.Search(new SearchRequest { Query = query, Sort = sort, Offset = offset, Sources = sources });

        var response = await _client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"검색 결과 <strong>{expected.Total:N0}</strong>건", html, StringComparison.Ordinal);
        var positions = expected.Hits.Select(h => html.IndexOf(h.HighlightedTitle, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"value=\"{query}\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_articles_are_shown_as_text_in_results_and_article_view()
    {
        var results = await _client.GetStringAsync("/?q=" + Uri.EscapeDataString("해킹"));
        var article = await _client.GetStringAsync("/articles/hostile-script?q=" + Uri.EscapeDataString("해킹"));
        var styled = await _client.GetStringAsync("/articles/hostile-css");

        foreach (var html in new[] { results, article, styled })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(" onerror=", html.Replace("&lt;img src=x onerror=", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", results, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", article, StringComparison.Ordinal);
        Assert.Contains(Encoder.Encode("<img src=x onerror=alert(7)> 사진 설명"), article, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"original\"", article, StringComparison.Ordinal);
        Assert.Contains("id=\"original\" href=\"https://example.com/hostile/css\"", styled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_words_finding_nothing_offers_the_any_word_results()
    {
        var html = await _client.GetStringAsync("/?q=" + Uri.EscapeDataString("대통령 쀍쀍없는말"));
        var relaxed = server.Index.Search(new SearchRequest { Query = "대통령 쀍쀍없는말", Mode = QueryMode.Any }).Total;

        Assert.True(relaxed > 0);
        Assert.Contains("id=\"relaxed\"", html, StringComparison.Ordinal);
        Assert.Contains($"any=true\">단어 일부만 들어간 기사 {relaxed:N0}건 보기", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_typed_on_the_wrong_layout_says_what_was_searched_and_offers_the_query_as_typed()
    {
        var corrected = server.Index.Search(new SearchRequest { Query = "tkatjdwjswk" });
        var html = await _client.GetStringAsync("/?q=tkatjdwjswk");
        var asTyped = await _client.GetStringAsync("/?q=tkatjdwjswk&correct=false");

        Assert.Equal("삼성전자", corrected.CorrectedQuery);
        Assert.Contains("'<strong>삼성전자</strong>'(으)로 검색한 결과입니다. <a href=\"/?q=tkatjdwjswk&amp;correct=false\">", html, StringComparison.Ordinal);
        Assert.Contains($"검색 결과 <strong>{corrected.Total:N0}</strong>건", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"corrected\"", asTyped, StringComparison.Ordinal);
        Assert.Contains("검색 결과 <strong>0</strong>건", asTyped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"대통령 선거", "\"대통령 선거\"", "따옴표(\")가 닫히지 않았습니다")]
    [InlineData("(대통령 OR 총리", "(대통령 OR 총리)", "여는 괄호 '('가 닫히지 않았습니다")]
    [InlineData("대통령 - 선거", "대통령 선거", "빼고 찾을 단어는 '-' 바로 뒤에 붙여 써야 합니다 (예: -광고)")]
    public async Task A_query_with_a_slip_is_searched_as_repaired_saying_how(string typed, string repaired, string problem)
    {
        var expected = server.Index.Search(new SearchRequest { Query = repaired });
        var response = await _client.GetAsync("/?q=" + Uri.EscapeDataString(typed));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(expected.Total > 0);
        Assert.Contains($"입력하신 '{typed}'에서 {problem}. '<strong>{repaired}</strong>'(으)로 검색한 결과입니다.", html, StringComparison.Ordinal);
        Assert.Contains($"검색 결과 <strong>{expected.Total:N0}</strong>건", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{repaired}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?q=대통령&page=0", "검색할 수 없습니다: 페이지는 1부터 1,001까지입니다")]
    [InlineData("/?q=대통령&page=다음", "검색할 수 없습니다: 페이지는 1부터 1,001까지입니다")]
    [InlineData("/?q=대통령&from=2024-06-07&to=2024-06-01", "검색할 수 없습니다: 시작일(2024-06-07)이 종료일(2024-06-01)보다 늦습니다")]
    [InlineData("/?q=대통령&to=2024.06.01", "검색할 수 없습니다: 종료일은 2024-06-01처럼 연-월-일로 써야 합니다 (입력: '2024.06.01')")]
    [InlineData("/?q=date:2024-13-01", "검색할 수 없습니다: date: 뒤에는 날짜나 기간을 써야 합니다 (예: date:2024-06-01..2024-06-30) (6번째 글자)")]
    [InlineData("/?q=)", "검색할 수 없습니다: 닫는 괄호 ')'와 짝이 되는 여는 괄호가 없습니다 (1번째 글자)")]
    public async Task A_bad_page_url_is_400_with_the_reason_on_the_page(string url, string reason)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
