using System.Text.Json;
using KoreanNewsSearch.Cli.Commands;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Tests.Cli;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary><c>knews trend</c> end to end on a small on-disk index, with stdout and stderr captured.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class TrendCommandTests : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "knews-trend-" + Guid.NewGuid().ToString("N"));

    public TrendCommandTests()
    {
        using var index = NewsIndex.Open(_indexPath);
        index.Upsert([SearchCorpusFixture.SeedArticle, .. SearchCorpusFixture.MidnightArticles, SearchCorpusFixture.UndatedArticle]);
        index.Commit();
    }

    [Fact]
    public void Json_has_the_documented_shape_and_the_library_answer()
    {
        var (exitCode, stdout, stderr) = Run("trend", "기사", "--index", _indexPath, "--interval", "day", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["interval", "buckets", "total", "undated"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("day", root.GetProperty("interval").GetString());
        using var index = NewsIndex.OpenReadOnly(_indexPath);
        var expected = index.Trend(new SearchRequest { Query = "기사" }, TrendInterval.Day);
        Assert.Equal(
            expected.Buckets.Select(b => (b.Period, b.Count)),
            root.GetProperty("buckets").EnumerateArray().Select(b => (b.GetProperty("period").GetString()!, b.GetProperty("count").GetInt32())));
        Assert.Equal(["period", "count", "from", "to"], root.GetProperty("buckets")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("undated").GetInt32());
    }

    [Fact]
    public void Redirected_output_is_a_summary_and_one_tab_separated_line_a_period()
    {
        var (exitCode, stdout, _) = Run("trend", "자정", "--index", _indexPath, "--interval", "day", "--source", "테스트일보");

        Assert.Equal(0, exitCode);
        Assert.Equal(["2 articles in 2 days", "2024-06-06\t1", "2024-06-07\t1"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--interval must be day, week, month or year, got 'decade'", "--interval", "decade")]
    [InlineData("from date 2024-06-07 is after to date 2024-06-01", "--from", "2024-06-07", "--to", "2024-06-01")]
    public void Bad_settings_exit_2_with_a_json_error(string message, params string[] options)
    {
        var (exitCode, stdout, stderr) = Run(["trend", "기사", "--index", _indexPath, "--json", .. options]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal(message, JsonDocument.Parse(stderr).RootElement.GetProperty("error").GetString());
    }

    public void Dispose() => Directory.Delete(_indexPath, recursive: true);

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) =>
        InProcessCli.Run<TrendCommand>(args[0], args);
}
