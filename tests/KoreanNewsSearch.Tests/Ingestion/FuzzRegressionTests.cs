using System.Text;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>Inputs that crashed a fuzz target (tests/KoreanNewsSearch.Fuzz), reduced by hand; each must now be a reported error.</summary>
public class FuzzRegressionTests
{
    [Fact]
    public void A_json_line_whose_property_name_is_invalid_utf8_is_a_failed_line_not_an_exception()
    {
        // AFL's jsonl crash id:000000: a byte 0x93 inside the name "title" (InvalidOperationException from JsonProperty.Name).
        byte[] line = [.. "{\"url\":\"https://news.example.kr/1\",\"ti"u8, 0x93, .. "le\":\"제목\",\"body\":\"본문\"}\n"u8];
        var good = Encoding.UTF8.GetBytes("{\"url\":\"https://news.example.kr/2\",\"title\":\"제목\",\"body\":\"본문\"}\n");

        var results = JsonLinesArticleReader.ReadLines(new MemoryStream([.. line, .. good]), "fuzz.jsonl").ToList();

        Assert.Equal(2, results.Count);
        Assert.Equal(1, results[0].Error!.Line);
        Assert.Contains("a property name is not valid UTF-8", results[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("https://news.example.kr/2", results[1].Article!.Url);
    }

    [Theory]
    [InlineData("2046-01-20. 20:8-4511")] // AFL's jsonl crash id:000000 (round 3): DateTimeOffset threw for a 45-hour offset
    [InlineData("2006-01-20.(20:8-4211")] // id:000002
    [InlineData("2024-05-17 09:05+1460")]
    public void A_time_whose_utc_offset_is_out_of_range_is_a_failed_line_naming_the_field(string published)
    {
        var line = $"{{\"url\":\"https://news.example.kr/1\",\"title\":\"제목\",\"body\":\"본문\",\"published\":\"{published}\"}}\n";

        var result = Assert.Single(JsonLinesArticleReader.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(line)), "fuzz.jsonl"));

        Assert.Equal(1, result.Error!.Line);
        Assert.Contains("published", result.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("not a date/time", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-05-17 09:05+1400", 14)]
    [InlineData("2024-05-17 09:05-1200", -12)]
    public void A_time_with_the_widest_real_utc_offsets_still_parses(string published, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), PublishTimeParser.Parse(published)!.Value.Offset);
    }
}

/// <summary>Snippet inputs that crashed the analyzer fuzz target.</summary>
public class SnippetFuzzRegressionTests
{
    [Theory]
    [InlineData("㈀가나다 라마바 사아자", "㈀가나다", "㈀")] // AFL's analyzer crash id:000000, reduced: ㈀ matched with zero width inside the first match
    [InlineData("라마바 ㈀ 사아자", "라마바", "㈀")]
    public void A_term_that_matches_with_no_width_is_not_marked_and_does_not_break_the_snippet(string body, string first, string second)
    {
        var builder = new KoreanNewsSearch.Querying.SnippetBuilder([first, second]);

        var snippet = builder.Snippet(body, 5);
        var highlight = builder.Highlight(body);

        Assert.DoesNotContain("<mark></mark>", highlight, StringComparison.Ordinal);
        Assert.Contains("<mark>", highlight, StringComparison.Ordinal);
        Properties.PropertyTests.AssertSnippetIsSafe(body, [first, second], 5);
        Assert.NotEmpty(snippet);
    }
}

/// <summary>HTML inputs that crashed the html fuzz target.</summary>
public class HtmlFuzzRegressionTests
{
    [Theory]
    [InlineData("utf-7")] // AFL's html crash id:000000: Encoding.GetEncoding throws NotSupportedException for UTF-7
    [InlineData("no-such-charset")]
    public void A_page_declaring_a_charset_dotnet_refuses_is_decoded_by_detection(string charset)
    {
        var page = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{charset}\"><title>삼성전자 갤럭시 신제품</title></head>" +
            "<body><article><h1>삼성전자 갤럭시 신제품</h1><p>삼성전자가 갤럭시 신제품을 공개했다. 판매는 다음 달부터 시작된다.</p></article></body></html>");

        var article = HtmlArticleParser.Parse(page, "page.html");

        Assert.Equal("삼성전자 갤럭시 신제품", article.Title);
    }
}
