using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

public partial class JsonLinesArticleReaderTests
{
    private const string CanonicalLine =
        """{"id":"a1","url":"https://example.com/a1","source":"한국금융신문","section":"산업","title":"제목 하나","subtitle":["부제 1","부제 2"],"published":"2024-06-07T08:55:00+09:00","updated":"2024-06-07T10:00:00+09:00","reporters":["홍윤기"],"reporterEmails":["ahyk815@fntimes.com"],"body":"첫 문단.\n\n둘째 문단.","captions":["사진 설명"],"tags":["삼성","AI"]}""";

    private const string ChosunLikeLine =
        """{"url":"https://www.chosun.com/national/2026/01/30/X/","title":"충북 공장 화재","author":"권오은 기자(조선비즈)","pubDate":"Fri, 30 Jan 2026 11:11:24 +0000","category":["사회","사건"],"description":"첫 줄 요약","content_html":"<figure><img src=\"a.gif\"><figcaption><small>로봇이 불을 끄고 있다. /소방청 제공</small></figcaption></figure><br><br>불이 3시간여 만에 잡혔다.<br><br>소방청이 밝혔다."}""";

    private const string OtherAliasesLine =
        """{"link":"https://news.example.org/2","headline":"다른 이름들","press":"어느신문","datetime":"2023.05.01. 오후 3:20","byline":"(서울=연합뉴스) 김철수·이영희 기자 = kim@yna.co.kr","text":"평문 본문 첫 줄\n\n\n   둘째 줄  ","keywords":"경제, 금리","category":"경제"}""";

    private static List<ArticleReadResult> ReadLines(string path, params string[] lines)
    {
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return ArticleFileReader.ReadFile(path).ToList();
    }

    [Fact]
    public void Reads_canonical_fields()
    {
        using var dir = new TempDirectory();
        var article = Assert.Single(ReadLines(dir.File("a.jsonl"), CanonicalLine)).Article!;

        Assert.Equal("a1", article.Id);
        Assert.Equal("https://example.com/a1", article.Url);
        Assert.Equal("한국금융신문", article.Source);
        Assert.Equal("산업", article.Section);
        Assert.Equal("제목 하나", article.Title);
        Assert.Equal(["부제 1", "부제 2"], article.Subtitle);
        Assert.Equal(new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset), article.Published);
        Assert.Equal(new DateTimeOffset(2024, 6, 7, 10, 0, 0, NewsArticle.KoreaOffset), article.Updated);
        Assert.Equal(["홍윤기"], article.Reporters);
        Assert.Equal(["ahyk815@fntimes.com"], article.ReporterEmails);
        Assert.Equal("첫 문단.\n\n둘째 문단.", article.Body);
        Assert.Equal(["사진 설명"], article.Captions);
        Assert.Equal(["삼성", "AI"], article.Tags);
    }

    [Fact]
    public void Reads_chosun_style_aliases()
    {
        using var dir = new TempDirectory();
        var article = Assert.Single(ReadLines(dir.File("c.jsonl"), ChosunLikeLine)).Article!;

        Assert.Equal("https://www.chosun.com/national/2026/01/30/X/", article.Id);
        Assert.Equal("조선일보", article.Source);
        Assert.Equal("사회", article.Section);
        Assert.Equal(["첫 줄 요약"], article.Subtitle);
        Assert.Equal(new DateTimeOffset(2026, 1, 30, 11, 11, 24, TimeSpan.Zero), article.Published);
        Assert.Equal(["권오은"], article.Reporters);
        Assert.Equal("불이 3시간여 만에 잡혔다.\n\n소방청이 밝혔다.", article.Body);
        Assert.Equal(["로봇이 불을 끄고 있다. /소방청 제공"], article.Captions);
    }

    [Fact]
    public void Reads_other_aliases_and_plain_text_bodies()
    {
        using var dir = new TempDirectory();
        var article = Assert.Single(ReadLines(dir.File("o.jsonl"), OtherAliasesLine)).Article!;

        Assert.Equal("https://news.example.org/2", article.Url);
        Assert.Equal("다른 이름들", article.Title);
        Assert.Equal("어느신문", article.Source);
        Assert.Equal("경제", article.Section);
        Assert.Equal(new DateTimeOffset(2023, 5, 1, 15, 20, 0, NewsArticle.KoreaOffset), article.Published);
        Assert.Equal(["김철수", "이영희"], article.Reporters);
        Assert.Equal(["kim@yna.co.kr"], article.ReporterEmails);
        Assert.Equal("평문 본문 첫 줄\n\n둘째 줄", article.Body);
        Assert.Equal(["경제", "금리"], article.Tags);
    }

    [Theory]
    [InlineData("""{"title":"t","author":"조선일보"}""", null, "조선일보")]
    [InlineData("""{"title":"t","author":"이주현"}""", "이주현", null)]
    [InlineData("""{"title":"t","author":"이윤선 배화여대 아동보육과 교수"}""", null, null)]
    [InlineData("""{"title":"t","url":"https://unknown.example/x","author":"[한국금융신문 홍윤기 기자]"}""", "홍윤기", "한국금융신문")]
    public void Authors_that_are_a_press_or_a_bare_name(string line, string? reporter, string? source)
    {
        using var dir = new TempDirectory();
        var article = Assert.Single(ReadLines(dir.File("a.jsonl"), line)).Article!;

        Assert.Equal(reporter is null ? [] : [reporter], article.Reporters);
        Assert.Equal(source, article.Source);
    }

    [Fact]
    public void Invalid_json_on_line_3_of_5_fails_that_line_only()
    {
        using var dir = new TempDirectory();
        var path = dir.File("five.jsonl");
        var results = ReadLines(path,
            """{"title":"하나","body":"1"}""",
            """{"title":"둘","body":"2"}""",
            """{"title":"셋","body":"3""",
            """{"title":"넷","body":"4"}""",
            """{"title":"다섯","body":"5"}""");

        Assert.Equal(["하나", "둘", "넷", "다섯"], results.Where(r => r.Article is not null).Select(r => r.Article!.Title));
        var error = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.Equal(path, error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("invalid JSON", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:3: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"body":"제목 없음"}""", "title", "missing")]
    [InlineData("""{"title":"  ","body":"x"}""", "title", "missing")]
    [InlineData("""{"title":42}""", "title", "got a number")]
    [InlineData("""{"headline":["a"]}""", "title", "read from \"headline\"")]
    [InlineData("""{"title":"t","tags":7}""", "tags", "got a number")]
    [InlineData("""{"title":"t","reporters":["홍길동",3]}""", "reporters", "an element that is a number")]
    [InlineData("""{"title":"t","published":"어제 오후"}""", "published", "not a date/time")]
    [InlineData("""{"title":"t","pubDate":"2024-13-45"}""", "published", "not a date/time")]
    [InlineData("""["title"]""", null, "expected a JSON object")]
    public void Bad_lines_name_the_field_and_reading_goes_on(string badLine, string? field, string message)
    {
        using var dir = new TempDirectory();
        var results = ReadLines(dir.File("bad.jsonl"), """{"title":"앞"}""", "", "   ", badLine, """{"title":"뒤"}""");

        Assert.Equal(3, results.Count);
        var error = results[1].Error!;
        Assert.Equal(4, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("뒤", results[2].Article!.Title);
    }

    [Fact]
    public void Bom_crlf_and_invalid_utf8_are_handled_line_by_line()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bytes.jsonl");
        var utf8 = new UTF8Encoding(false);
        byte[] bytes =
        [
            0xEF, 0xBB, 0xBF, .. utf8.GetBytes("{\"title\":\"첫째\"}\r\n"),
            .. utf8.GetBytes("{\"title\":\""), 0xC3, 0x28, .. utf8.GetBytes("\"}\r\n"),
            .. utf8.GetBytes("{\"title\":\"셋째\"}"),
        ];
        File.WriteAllBytes(path, bytes);

        var results = ArticleFileReader.ReadFile(path).ToList();

        Assert.Equal("첫째", results[0].Article!.Title);
        Assert.Equal(2, results[1].Error!.Line);
        Assert.Equal("title", results[1].Error!.Field);
        Assert.Contains("UTF-8", results[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("셋째", results[2].Article!.Title);
    }

    [Fact]
    public void Reads_gzip_files()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.jsonl.gz");
        WriteGzip(path, string.Join("\n", CanonicalLine, ChosunLikeLine, OtherAliasesLine));

        var titles = ArticleFileReader.ReadFile(path).Select(r => r.Article!.Title);

        Assert.Equal(["제목 하나", "충북 공장 화재", "다른 이름들"], titles);
    }

    [Fact]
    public void A_truncated_gzip_keeps_earlier_lines_and_names_the_broken_line()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cut.jsonl.gz");
        var lines = Enumerable.Range(1, 2000).Select(i => $$"""{"title":"기사 {{i}}","body":"{{new string('가', i % 97)}} {{i * 7919}}"}""");
        WriteGzip(path, string.Join("\n", lines) + "\n");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var results = ArticleFileReader.ReadFile(path).ToList();

        var articles = results.TakeWhile(r => r.Article is not null).ToList();
        Assert.True(articles.Count > 100, $"only {articles.Count} lines survived");
        Assert.Equal(Enumerable.Range(1, articles.Count).Select(i => $"기사 {i}"), articles.Select(a => a.Article!.Title));
        var error = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.Same(error, results[^1].Error);
        Assert.Equal(path, error.Path);
        Assert.Equal(articles.Count + 1, error.Line);
    }

    [Fact]
    public void A_missing_file_is_one_failure()
    {
        var error = Assert.Single(JsonLinesArticleReader.ReadFile("/nonexistent/x.jsonl")).Error!;
        Assert.Equal("/nonexistent/x.jsonl", error.Path);
    }

    [GeneratedRegex("<[A-Za-z/!]")]
    private static partial Regex HtmlTag();

    [Fact]
    public void First_200_real_chosun_articles_parse_clean()
    {
        var path = TestPaths.SharedFile("corpus", "chosun", "chosun-national-000.jsonl.gz");
        var results = ArticleFileReader.ReadFile(path).Take(200).ToList();

        Assert.Equal(200, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        var articles = results.Select(r => r.Article!).ToList();

        var first = articles[0];
        Assert.Equal(["권오은"], first.Reporters);
        Assert.Equal(new DateTimeOffset(2026, 1, 30, 11, 11, 24, TimeSpan.Zero), first.Published);
        Assert.StartsWith("충북 음성군의 한 공장에서 난 불이 3시간여 만에 잡혔다.", first.Body, StringComparison.Ordinal);
        Assert.Equal(["충북 음성군의 한 공장에서 30일 불이 난 가운데 무인 소방로봇이 불을 끄고 있다. /소방청 제공"], first.Captions);

        Assert.All(articles, a =>
        {
            Assert.NotNull(a.Published);
            Assert.Equal("조선일보", a.Source);
            Assert.False(string.IsNullOrWhiteSpace(a.Body), a.Url);
            Assert.DoesNotMatch(HtmlTag(), a.Body);
            Assert.DoesNotContain("\n\n\n", a.Body, StringComparison.Ordinal);
            Assert.All(a.Captions, c => Assert.DoesNotContain(c, a.Body, StringComparison.Ordinal));
            Assert.All(a.Reporters, r => Assert.Matches("^[가-힣]{2,4}$", r));
        });
        // 92 of these authors carry a 기자 title, 115 bodies a non-empty figcaption.
        Assert.InRange(articles.Count(a => a.Reporters.Count > 0), 92, 200);
        Assert.InRange(articles.Count(a => a.Captions.Count > 0), 115, 200);
    }

    private static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(new UTF8Encoding(false).GetBytes(text));
    }
}
