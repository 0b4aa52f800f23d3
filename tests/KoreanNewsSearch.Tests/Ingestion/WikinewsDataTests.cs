using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>
/// data/wikinews/wikinews.jsonl is the conversion of ../shared/corpus/wikinews/wikinews.csv made here; these tests fail
/// when the two drift apart. Regenerate with <c>KNEWS_WRITE_DATA=1 dotnet test --filter WikinewsDataTests</c>.
/// </summary>
public class WikinewsDataTests
{
    private static readonly string CsvPath = TestPaths.SharedFile("corpus", "wikinews", "wikinews.csv");
    private static readonly string JsonlPath = Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl");

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>One JSON object a CSV row: url, source, title, published (the date as given), body (one paragraph a line).</summary>
    internal static string Convert(string csvText)
    {
        var rows = Rfc4180Csv.Parse(csvText);
        Assert.Equal(["작성일", "출처", "제목", "내용"], rows[0]);
        var output = new StringBuilder();
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(4, row.Length);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("url", row[1].Trim());
                writer.WriteString("source", "위키뉴스");
                writer.WriteString("title", row[2].Trim());
                writer.WriteString("published", row[0].Trim());
                writer.WriteString("body", HtmlFragmentText.JoinParagraphs(row[3]));
                writer.WriteEndObject();
            }

            output.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }

        return output.ToString();
    }

    [Fact]
    public void Committed_jsonl_is_the_conversion_of_the_csv()
    {
        var expected = Convert(File.ReadAllText(CsvPath, Encoding.UTF8));
        if (Environment.GetEnvironmentVariable("KNEWS_WRITE_DATA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(JsonlPath)!);
            File.WriteAllText(JsonlPath, expected, new UTF8Encoding(false));
        }

        Assert.True(File.ReadAllText(JsonlPath, Encoding.UTF8) == expected,
            $"{JsonlPath} differs from the conversion of {CsvPath}; regenerate with KNEWS_WRITE_DATA=1");
    }

    [Fact]
    public void Committed_jsonl_ingests_as_644_articles()
    {
        var results = ArticleFileReader.ReadFile(JsonlPath).ToList();

        Assert.Equal(644, results.Count);
        Assert.All(results, r => Assert.Null(r.Error));
        var articles = results.Select(r => r.Article!).ToList();
        Assert.Equal(644, articles.Select(a => a.Id).Distinct().Count());
        Assert.All(articles, a =>
        {
            Assert.Equal("위키뉴스", a.Source);
            Assert.StartsWith("https://ko.wikinews.org/wiki/", a.Url, StringComparison.Ordinal);
            Assert.NotNull(a.Published);
            Assert.Equal(NewsArticle.KoreaOffset, a.Published!.Value.Offset);
            Assert.NotEmpty(a.Body);
            Assert.DoesNotContain("\n\n\n", a.Body, StringComparison.Ordinal);
        });
        var obama = articles[0];
        Assert.Equal("버락 오바마 미국 대통령 공식 취임", obama.Title);
        Assert.Equal(new DateTimeOffset(2009, 1, 20, 0, 0, 0, NewsArticle.KoreaOffset), obama.Published);
        Assert.Equal(2, obama.Body.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("a,b\n1,2\n", "a|b;1|2")]
    [InlineData("a,\"b,c\"\r\n\"x\ny\",\"say \"\"hi\"\"\"\r\n", "a|b,c;x\ny|say \"hi\"")]
    [InlineData("a,,\n", "a||")]
    [InlineData("\"\",z", "|z")]
    public void Csv_handles_quotes_newlines_and_empty_fields(string csv, string expected)
    {
        var rows = Rfc4180Csv.Parse(csv).Select(r => string.Join('|', r));
        Assert.Equal(expected.Split(';'), rows);
    }
}
