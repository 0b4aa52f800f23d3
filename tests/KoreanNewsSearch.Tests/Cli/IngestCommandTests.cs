using System.Text.Json;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Tests.Cli;

public class IngestCommandTests
{
    private static string JsonLine(int n, string trend = "늘었다") => JsonSerializer.Serialize(new
    {
        url = $"https://news.example.kr/{n}",
        source = "예시일보",
        title = $"반도체 수출 {n}번째 기사",
        published = "2024-06-07T08:55:00+09:00",
        reporters = new[] { "홍길동" },
        body = $"삼성전자 반도체 수출이 {trend}. 기사 번호 {n}.",
    });

    [Fact]
    public void Ingest_reports_bad_lines_keeps_the_rest_and_never_duplicates_on_reingest()
    {
        using var temp = new TempDirectory();
        var input = temp.File("articles.jsonl");
        File.WriteAllLines(input, [JsonLine(1), JsonLine(2), "{\"title\": \"broken", JsonLine(4), JsonLine(5)]);
        var index = temp.File("index");

        var first = KnewsProcess.Run(temp.Path, "ingest", input, "--index", index);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("added 4, updated 0, unchanged 0, failed 1", first.StdOut, StringComparison.Ordinal);
        Assert.Contains($"{input}:3", first.StdErr, StringComparison.Ordinal);

        File.WriteAllLines(input, [JsonLine(1), JsonLine(2), JsonLine(4), JsonLine(5, trend: "줄었다")]);
        var second = KnewsProcess.Run(temp.Path, "ingest", input, "--index", index);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("added 0, updated 1, unchanged 3, failed 0", second.StdOut, StringComparison.Ordinal);
        using var opened = NewsIndex.OpenReadOnly(index);
        Assert.Equal(4, opened.GetStats().Articles);
    }

    [Fact]
    public void Compact_merges_the_segments_that_committed_batches_left_and_keeps_every_article()
    {
        using var temp = new TempDirectory();
        var input = temp.File("articles.jsonl");
        File.WriteAllLines(input, Enumerable.Range(1, 6).Select(n => JsonLine(n)));
        var index = temp.File("index");

        Assert.Equal(0, KnewsProcess.Run(temp.Path, "ingest", input, "--index", index, "--batch", "1").ExitCode);
        using (var batched = NewsIndex.OpenReadOnly(index))
        {
            Assert.True(batched.GetStats().Segments > 1);
        }

        var compacted = KnewsProcess.Run(temp.Path, "ingest", input, "--index", index, "--compact");

        Assert.Equal(0, compacted.ExitCode);
        Assert.Contains("added 0, updated 0, unchanged 6", compacted.StdOut, StringComparison.Ordinal);
        Assert.Contains("into one segment", compacted.StdOut, StringComparison.Ordinal);
        using var opened = NewsIndex.OpenReadOnly(index);
        var stats = opened.GetStats();
        Assert.Equal((6, 1), (stats.Articles, stats.Segments));
        Assert.Equal(6, opened.Search(new KoreanNewsSearch.Querying.SearchRequest { Query = "반도체 수출" }).Total);
    }

    [Fact]
    public void Missing_path_is_a_failed_input_named_in_the_error_and_the_other_inputs_are_indexed()
    {
        using var temp = new TempDirectory();
        var input = temp.File("ok.jsonl");
        File.WriteAllLines(input, [JsonLine(1)]);
        var missing = temp.File("no-such-folder");

        var result = KnewsProcess.Run(temp.Path, "ingest", missing, input, "--index", temp.File("index"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.StdErr, StringComparison.Ordinal);
        Assert.Contains("no such file or directory", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("added 1,", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "x", "--batch", "0")]
    [InlineData("ingest", "x", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        using var temp = new TempDirectory();
        Assert.Equal(2, KnewsProcess.Run(temp.Path, args).ExitCode);
    }

    [Fact]
    public void Default_index_is_index_under_the_current_folder()
    {
        using var temp = new TempDirectory();
        File.WriteAllLines(temp.File("a.jsonl"), [JsonLine(7)]);

        Assert.Equal(0, KnewsProcess.Run(temp.Path, "ingest", "a.jsonl").ExitCode);

        Assert.True(NewsIndex.Exists(temp.File("index")));
    }
}
