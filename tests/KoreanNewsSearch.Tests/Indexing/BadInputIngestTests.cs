using System.Text;
using System.Text.Json;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Indexing;

/// <summary>
/// Bad inputs through the whole ingest: each is reported with its path (and line) and a reason, nothing else is lost,
/// and the index keeps working.
/// </summary>
public class BadInputIngestTests
{
    private static readonly string MbcPage = Path.Combine(TestPaths.Data, "html", "MBC-News_00b8da9cf3.html");

    public static TheoryData<string> Cases() =>
    [
        "empty file", "binary file", "truncated HTML", "navigation only", "invalid JSON on line 3 of 5",
        "EUC-KR page", "20 MB file", "missing path", "unsupported extension",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_reported_and_the_rest_is_indexed(string name)
    {
        using var temp = new TempDirectory();
        var (inputs, added, errorFragments) = Arrange(name, temp);
        using var index = NewsIndex.CreateInMemory();
        // A good article ingested alongside, so that "nothing already indexed is lost" is checked too.
        var good = temp.File("good.jsonl");
        File.WriteAllText(good, JsonLine(100) + "\n");

        var report = ArticleIngester.Ingest(index, [good, .. inputs]);

        Assert.Equal(added + 1, report.Counts.Added);
        Assert.Equal(added + 1, index.GetStats().Articles);
        Assert.Equal(errorFragments.Length == 0 ? 0 : 1, report.Failed);
        var message = report.Errors.SingleOrDefault()?.ToString() ?? "";
        Assert.All(errorFragments, fragment => Assert.Contains(fragment, message, StringComparison.Ordinal));
    }

    private static (string[] Inputs, int Added, string[] ErrorFragments) Arrange(string name, TempDirectory temp)
    {
        switch (name)
        {
            case "empty file":
                return ([Write(temp.File("empty.html"), [])], 0, ["empty.html", "empty"]);
            case "binary file":
                var noise = new byte[64 * 1024];
                new Random(7).NextBytes(noise);
                return ([Write(temp.File("photo.txt"), noise)], 0, ["photo.txt", "binary"]);
            case "truncated HTML":
                var page = File.ReadAllBytes(MbcPage);
                return ([Write(temp.File("cut.html"), page[..(page.Length * 2 / 3)])], 1, []);
            case "navigation only":
                var nav = "<!DOCTYPE html><html><head><meta charset=utf-8><title>뉴스 홈</title></head><body><nav><ul>"
                    + string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/news/{i}\">정치 뉴스 목록 {i}번째 기사 제목</a></li>"))
                    + "</ul></nav><footer>Copyright © 뉴스. All rights reserved.</footer></body></html>";
                return ([Write(temp.File("nav.html"), Encoding.UTF8.GetBytes(nav))], 0, ["nav.html", "field 'body'"]);
            case "invalid JSON on line 3 of 5":
                var lines = new[] { JsonLine(1), JsonLine(2), "{\"title\": \"잘린 줄", JsonLine(4), JsonLine(5) };
                return ([Write(temp.File("five.jsonl"), Encoding.UTF8.GetBytes(string.Join('\n', lines)))], 4, ["five.jsonl:3"]);
            case "EUC-KR page":
                var utf8 = File.ReadAllText(MbcPage);
                var declared = utf8.Replace("charset=\"utf-8\"", "charset=\"euc-kr\"", StringComparison.OrdinalIgnoreCase)
                    .Replace("charset=utf-8", "charset=euc-kr", StringComparison.OrdinalIgnoreCase);
                return ([Write(temp.File("euckr.html"), TextDecoding.Korean.GetBytes(declared))], 1, []);
            case "20 MB file":
                var path = temp.File("big.jsonl");
                using (var writer = new StreamWriter(path))
                {
                    for (var n = 0; new FileInfo(path).Length < 20_000_000 || n == 0; n++)
                    {
                        writer.WriteLine(JsonLine(1000 + n, paragraphs: 40));
                        if (n % 500 == 0)
                        {
                            writer.Flush();
                        }
                    }
                }

                var count = File.ReadLines(path).Count();
                return ([path], count, []);
            case "missing path":
                return ([temp.File("no-such-folder")], 0, ["no-such-folder", "no such file or directory"]);
            case "unsupported extension":
                return ([Write(temp.File("scan.pdf"), Encoding.UTF8.GetBytes("%PDF-1.4"))], 0, ["scan.pdf", "unsupported file type"]);
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "no such case");
        }
    }

    private static string Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string JsonLine(int n, int paragraphs = 1) => JsonSerializer.Serialize(new
    {
        url = $"https://news.example.kr/{n}",
        title = $"반도체 수출 동향 {n}",
        published = "2024-06-07T08:55:00+09:00",
        body = string.Join("\n\n", Enumerable.Repeat($"삼성전자와 SK하이닉스의 반도체 수출이 늘었다. 기사 {n}.", paragraphs)),
    });
}
