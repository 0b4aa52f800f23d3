using System.Text;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Tests.Cli;

namespace KoreanNewsSearch.Tests.Ingestion;

public class HugeInputTests
{
    [Theory]
    [InlineData("huge.html")]
    [InlineData("huge.txt")]
    public void A_50_MB_single_article_file_is_rejected_with_its_size_and_the_limit_and_the_other_inputs_are_indexed(string name)
    {
        using var temp = new TempDirectory();
        var huge = temp.File(name);
        using (var writer = new StreamWriter(huge, append: false, new UTF8Encoding(false)))
        {
            writer.Write("<html><head><title>거대한 페이지</title></head><body><article>");
            var paragraph = "<p>" + string.Concat(Enumerable.Repeat("삼성전자와 SK하이닉스의 반도체 수출이 크게 늘었다. ", 20)) + "</p>\n";
            for (var written = 0L; written < 50L * 1024 * 1024; written += Encoding.UTF8.GetByteCount(paragraph))
            {
                writer.Write(paragraph);
            }

            writer.Write("</article></body></html>");
        }

        var small = temp.File("small.jsonl");
        File.WriteAllText(small, "{\"url\": \"https://news.example.kr/1\", \"title\": \"작은 기사\", \"body\": \"본문.\"}\n");

        var result = Assert.Single(ArticleFileReader.ReadFile(huge));
        var ingest = KnewsProcess.Run(temp.Path, "ingest", huge, small, "--index", temp.File("index"));

        Assert.Null(result.Article);
        Assert.Contains("file is 50.0 MB, more than the 16 MB an article page can be", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains($"failed: {huge}", ingest.StdErr, StringComparison.Ordinal);
        Assert.Contains("added 1,", ingest.StdOut, StringComparison.Ordinal);
    }
}
