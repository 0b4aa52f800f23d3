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
}
