using System.Text.Json;
using KoreanNewsSearch.Cli.Commands;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Cli;

/// <summary><c>knews suggest</c> end to end on a small on-disk index of real articles.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class SuggestCommandTests : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "knews-suggest-" + Guid.NewGuid().ToString("N"));

    public SuggestCommandTests()
    {
        using var index = NewsIndex.Open(_indexPath);
        index.Upsert([SearchCorpusFixture.SeedArticle, .. SearchCorpusFixture.MidnightArticles]);
        index.Commit();
    }

    [Fact]
    public void Json_output_has_the_documented_shape()
    {
        var (exitCode, stdout, stderr) = InProcessCli.Run<SuggestCommand>("suggest", "suggest", "ㅅㅅㅈㅈ", "--index", _indexPath, "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(["prefix", "suggestions"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ㅅㅅㅈㅈ", root.GetProperty("prefix").GetString());
        var first = root.GetProperty("suggestions")[0];
        Assert.Equal(["text", "count"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("삼성전자", first.GetProperty("text").GetString());
        Assert.Equal(1, first.GetProperty("count").GetInt32());
    }

    [Fact]
    public void Human_output_is_one_line_a_suggestion_count_first()
    {
        var (exitCode, stdout, _) = InProcessCli.Run<SuggestCommand>("suggest", "suggest", "자정", "--index", _indexPath);

        Assert.Equal(0, exitCode);
        // Both midnight headlines start with 자정; their word pairs (자정 직후, 자정 직전) are seen once each, too few for a phrase.
        Assert.Equal(["2  자정"], stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_bad_limit_is_a_usage_error()
    {
        var (exitCode, stdout, stderr) = InProcessCli.Run<SuggestCommand>("suggest", "suggest", "삼성", "--index", _indexPath, "--limit", "0", "--json");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("--limit must be between 1 and 100, got 0", JsonDocument.Parse(stderr).RootElement.GetProperty("error").GetString());
    }

    public void Dispose() => Directory.Delete(_indexPath, recursive: true);
}
