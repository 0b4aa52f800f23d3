using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Server.Api;
using MiniExcelLibs;

namespace KoreanNewsSearch.Tests.Server;

/// <summary>Every API endpoint through the real pipeline, each checked against the library's own answer for the same request.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<string, SearchRequest> Searches => new()
    {
        { "q=대통령", new SearchRequest { Query = "대통령" } },
        { "q=대통령&sort=newest&limit=5&offset=5", new SearchRequest { Query = "대통령", Sort = SearchSort.Newest, Limit = 5, Offset = 5 } },
        { "q=&source=테스트일보&source=공격일보&from=2010-01-01&to=2024-12-31&sort=oldest", new SearchRequest { Sources = ["테스트일보", "공격일보"], From = new(2010, 1, 1), To = new(2024, 12, 31), Sort = SearchSort.Oldest } },
        { "q=정부&reporter=김민수&reporter=이지은&section=경제&facets=true", new SearchRequest { Query = "정부", Reporters = ["김민수", "이지은"], Sections = ["경제"], Facets = true } },
        { "q=한국 정부가 발표한 경제 정책은&any=true&limit=20", new SearchRequest { Query = "한국 정부가 발표한 경제 정책은", Mode = QueryMode.Any, Limit = 20 } },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_answers_the_cli_json_object_with_the_library_results(string query, SearchRequest request)
    {
        var expected = server.Index.Search(request);
        using var expectedJson = new StringWriter();
        SearchJsonOutput.Write(expectedJson, request, expected);

        var response = await _client.GetAsync("/api/search?" + Encode(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var actual = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var wanted = JsonDocument.Parse(expectedJson.ToString()).RootElement;
        Assert.True(expected.Total > 0, $"{query} should find something");
        Assert.Equal(Names(wanted), Names(actual));
        Assert.Equal(expected.Total, actual.GetProperty("total").GetInt32());
        Assert.Equal(expected.Hits.Select(h => h.Id), actual.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(wanted.GetProperty("hits").GetRawText(), actual.GetProperty("hits").GetRawText());
        Assert.Equal(wanted.GetProperty("facets").GetRawText(), actual.GetProperty("facets").GetRawText());
    }

    public static TheoryData<string, string, int?, string?> BadRequests => new()
    {
        { "/api/search?q=\"삼성", "quote '\"' is never closed (at column 1)", 1, "\"삼성\"" },
        { "/api/search?q=삼성 title:", "'title:' needs a value right after the colon, e.g. title:삼성전자 (at column 4)", 4, "삼성" },
        { "/api/search?q=date:2024-13-01", "'2024-13-01' is not a date: expected YYYY-MM-DD, e.g. date:2024-06-01..2024-06-30 (at column 6)", 6, null },
        { "/api/search?q=" + new string('가', 1001), "query is too long: 1,001 characters, at most 1,000 allowed", null, null },
        { "/api/search?q=a&limit=0", "limit must be between 1 and 100, got 0", null, null },
        { "/api/search?q=a&limit=101", "limit must be between 1 and 100, got 101", null, null },
        { "/api/search?q=a&limit=ten", "limit must be a whole number, got 'ten'", null, null },
        { "/api/search?q=a&offset=10001", "offset must be between 0 and 10000, got 10001", null, null },
        { "/api/search?q=a&from=2024-06-07&to=2024-06-01", "from date 2024-06-07 is after to date 2024-06-01", null, null },
        { "/api/search?q=a&from=2024-6-7", "from must be a day as YYYY-MM-DD, got '2024-6-7'", null, null },
        { "/api/search?q=a&sort=best", "sort must be relevance, newest or oldest, got 'best'", null, null },
        { "/api/search?q=a&facets=maybe", "facets must be true or false, got 'maybe'", null, null },
        { "/api/trend?q=a&interval=decade", "interval must be day, week, month or year, got 'decade'", null, null },
        { "/api/trend?q=(a", "'(' is never closed (at column 1)", 1, "(a)" },
        { "/api/export?q=a&format=pdf", "format must be csv or xlsx, got 'pdf'", null, null },
        { "/api/export?q=a&to=2024-13-01", "to must be a day as YYYY-MM-DD, got '2024-13-01'", null, null },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_requests_are_400_with_the_library_message_column_and_repair(string url, string error, int? column, string? repaired)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["error", "column", "repaired"], Names(json));
        Assert.StartsWith(error.Split(" (at column")[0], json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(column, json.GetProperty("column").ValueKind == JsonValueKind.Null ? null : json.GetProperty("column").GetInt32());
        Assert.Equal(repaired, json.GetProperty("repaired").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("GET", "/..%2f..%2fetc/passwd", HttpStatusCode.NotFound)]
    [InlineData("GET", "/static/..%2f..%2f..%2fetc%2fpasswd", HttpStatusCode.NotFound)]
    [InlineData("GET", "/static/site.css.bak", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/articles/no-such-id", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/search?q=a", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/api/articles/hostile-script", HttpStatusCode.MethodNotAllowed)]
    public async Task Unknown_routes_and_methods_answer_json_never_html_or_a_stack_trace(string method, string url, HttpStatusCode status)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_is_the_parse_json_of_one_article_and_q_adds_escaped_highlights()
    {
        var article = server.Index.Search(new SearchRequest { Query = "대통령 선거", Limit = 1 }).Hits[0].Article;
        var url = "/api/articles/" + Uri.EscapeDataString(article.Id);

        var plain = await _client.GetStringAsync(url);
        var marked = JsonDocument.Parse(await _client.GetStringAsync(url + "?q=" + Uri.EscapeDataString("대통령"))).RootElement;

        Assert.Equal(ArticleJson.Serialize(article), plain);
        Assert.Equal(ArticleJson.Serialize(article), JsonSerializer.Serialize(ArticleJson.Deserialize(marked.GetRawText()), ArticleJson.Options));
        Assert.Contains("<mark>대통령</mark>", marked.GetProperty("highlightedBody").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_ids_with_slashes_and_percent_signs_round_trip()
    {
        var article = server.Index.Search(new SearchRequest { Query = "source:위키뉴스 대통령", Limit = 1 }).Hits[0].Article;
        Assert.Contains("%", article.Id, StringComparison.Ordinal);

        var json = JsonDocument.Parse(await _client.GetStringAsync(ArticleIds.ToPath("/api/articles/", article.Id))).RootElement;

        Assert.Equal(article.Id, json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Hostile_text_stays_escaped_in_highlights()
    {
        var hostile = server.HostileArticles[0];
        var search = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("해킹 시도"))).RootElement;
        var article = JsonDocument.Parse(await _client.GetStringAsync("/api/articles/" + Uri.EscapeDataString(hostile.Id) + "?q=" + Uri.EscapeDataString("해킹 alert"))).RootElement;

        var hit = search.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == hostile.Id);
        var html = hit.GetProperty("snippet").GetString() + article.GetProperty("highlightedTitle").GetString() + article.GetProperty("highlightedBody").GetString();
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain('<', html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("q=대통령", "month")]
    [InlineData("q=&source=테스트일보&interval=year", "year")]
    [InlineData("q=정부&section=경제&interval=week", "week")]
    public async Task Trend_is_the_cli_json_and_its_counts_add_up_to_the_search_total(string query, string interval)
    {
        var trend = JsonDocument.Parse(await _client.GetStringAsync("/api/trend?" + Encode(query))).RootElement;
        var search = JsonDocument.Parse(await _client.GetStringAsync("/api/search?" + Encode(query))).RootElement;

        Assert.Equal(interval, trend.GetProperty("interval").GetString());
        var counted = trend.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()) + trend.GetProperty("undated").GetInt32();
        Assert.Equal(search.GetProperty("total").GetInt32(), counted);
        Assert.True(counted > 0);
    }

    [Theory]
    [InlineData("q=대통령&sort=newest")]
    [InlineData("q=해킹")]
    [InlineData("q=&section=사회&source=테스트일보")]
    public async Task Csv_export_has_a_bom_and_parses_back_to_every_matching_article_in_order(string query)
    {
        var response = await _client.GetAsync("/api/export?format=csv&" + Encode(query));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var expected = ExpectedCsvRows(query);
        Assert.InRange(expected.Count, 1, ServerFixture.ExportCap);
        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.False(response.Headers.Contains("X-Export-Capped"));
        var (headers, rows) = ParseCsv(bytes);
        Assert.Equal(ExportEndpoints.Columns, headers);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public async Task Csv_export_turns_formula_like_fields_into_text()
    {
        var response = await _client.GetAsync("/api/export?format=csv&q=" + Uri.EscapeDataString("수식 주입"));
        var (_, rows) = ParseCsv(await response.Content.ReadAsByteArrayAsync());

        var row = Assert.Single(rows);
        Assert.Equal("'=HYPERLINK(\"https://example.com/x\",\"열기\") 수식 주입 기사", row[Array.IndexOf(ExportEndpoints.Columns, "title")]);
        Assert.StartsWith("'-2+3 으로 시작하는", row[Array.IndexOf(ExportEndpoints.Columns, "body")], StringComparison.Ordinal);
        Assert.Equal("김민수", row[Array.IndexOf(ExportEndpoints.Columns, "reporters")]);
    }

    [Fact]
    public async Task Export_beyond_the_cap_is_cut_and_says_so()
    {
        var response = await _client.GetAsync("/api/export?q=&format=csv");
        var total = server.Index.Search(new SearchRequest()).Total;

        Assert.True(total > ServerFixture.ExportCap);
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(ServerFixture.ExportCap.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Export-Capped").Single());
        var (_, rows) = ParseCsv(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(ServerFixture.ExportCap, rows.Count);
    }

    [Fact]
    public async Task Xlsx_export_opens_with_a_spreadsheet_library_and_has_the_same_rows()
    {
        const string query = "q=대통령&sort=oldest";
        var response = await _client.GetAsync("/api/export?format=xlsx&" + Encode(query));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(row => ExportEndpoints.Columns.Select(c => row[c]?.ToString() ?? "").ToArray()).ToList();
        Assert.Equal(ExpectedRows(query), rows);
    }

    [Fact]
    public async Task Stats_is_the_stats_json_and_health_is_ok()
    {
        var stats = await _client.GetStringAsync("/api/stats");
        var health = await _client.GetAsync("/healthz");

        Assert.Equal(JsonSerializer.Serialize(server.Index.GetStats(), ArticleJson.IndentedOptions), stats);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Openapi_document_lists_the_api()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "/api/search", "/api/trend", "/api/export", "/api/stats", "/healthz" }, paths.ToHashSet());
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters");
        Assert.Contains("q", search.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("/api/search?q=a")]
    [InlineData("/?q=대통령")]
    [InlineData("/api/nothing")]
    [InlineData("/static/site.js")]
    public async Task Every_response_has_the_security_headers(string url)
    {
        var response = await _client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private static (string[] Headers, List<string[]> Rows) ParseCsv(byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',', HasHeader = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        }

        return ([.. csv.Headers], rows);
    }

    private List<string[]> ExpectedRows(string query)
    {
        var request = ParseQuery(query).ToRequest();
        using var export = server.Index.Export(request, ServerFixture.ExportCap);
        return [.. export.Articles.Select(ExportEndpoints.Row)];
    }

    private List<string[]> ExpectedCsvRows(string query) =>
        [.. ExpectedRows(query).Select(row => row.Select(ExportEndpoints.AsSpreadsheetText).ToArray())];

    private static SearchParameters ParseQuery(string query)
    {
        var pairs = query.Split('&').Select(p => p.Split('=', 2)).ToLookup(p => p[0], p => p[1]);
        string? One(string name) => pairs[name].FirstOrDefault();
        return new SearchParameters
        {
            Q = One("q"), From = One("from"), To = One("to"), Sort = One("sort"), Any = One("any"),
            Source = [.. pairs["source"]], Reporter = [.. pairs["reporter"]], Section = [.. pairs["section"]],
        };
    }

    private static string Encode(string query) =>
        string.Join('&', query.Split('&').Select(p => p.Split('=', 2)).Select(p => p[0] + "=" + Uri.EscapeDataString(p[1])));

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
