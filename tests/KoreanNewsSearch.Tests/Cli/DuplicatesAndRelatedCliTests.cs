using System.Text.Json;
using KoreanNewsSearch.Cli.Commands;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Tests.Querying;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Tests.Cli;

/// <summary><c>knews search</c> folding options and <c>knews related</c> end to end on an on-disk index of real Wikinews articles.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class DuplicatesAndRelatedCliTests : IDisposable
{
    private const string DrugsTitle = "대한민국, 더 이상 '마약 청정국' 아니다";

    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "knews-dupes-" + Guid.NewGuid().ToString("N"));
    private readonly List<NewsArticle> _articles;

    public DuplicatesAndRelatedCliTests()
    {
        _articles = [.. JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl"))
            .Select(r => r.Article!)
            .Where(a => a.Published is { Year: 2020 or 2022 })];
        using var index = NewsIndex.Open(_indexPath);
        index.Upsert(_articles);
        index.Commit();
    }

    [Fact]
    public void Search_folds_copies_into_one_line_that_says_how_many_more_and_all_duplicates_lists_them()
    {
        var (exitCode, stdout, _) = Run("search", "\"마약 청정국\"", "--index", _indexPath);
        var (allExitCode, allStdout, _) = Run("search", "\"마약 청정국\"", "--index", _indexPath, "--all-duplicates");

        Assert.Equal(0, exitCode);
        Assert.Equal(0, allExitCode);
        Assert.Contains("(같은 기사 1건 더)", stdout, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(stdout, DrugsTitle));
        Assert.Equal(2, Occurrences(allStdout, DrugsTitle));
        Assert.DoesNotContain("같은 기사", allStdout, StringComparison.Ordinal);
        Assert.Contains("with copies of a story folded", stdout.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_json_gives_both_totals_and_a_duplicate_count_per_hit()
    {
        using var folded = JsonDocument.Parse(Run("search", "\"마약 청정국\"", "--index", _indexPath, "--json").Stdout);
        using var all = JsonDocument.Parse(Run("search", "\"마약 청정국\"", "--index", _indexPath, "--json", "--all-duplicates").Stdout);

        var total = all.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(total, folded.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(total - 1, folded.RootElement.GetProperty("foldedTotal").GetInt32());
        Assert.Equal(total, all.RootElement.GetProperty("foldedTotal").GetInt32());
        var hit = Assert.Single(folded.RootElement.GetProperty("hits").EnumerateArray(), h => h.GetProperty("title").GetString() == DrugsTitle);
        Assert.Equal(1, hit.GetProperty("duplicateCount").GetInt32());
    }

    [Fact]
    public void Related_json_has_the_id_and_the_hits_as_search_gives_them()
    {
        var id = _articles.Single(a => a.Title == "대한민국에서 신규 코로나 확진자 1241명 발생").Id;

        var (exitCode, stdout, stderr) = Run("related", id, "--index", _indexPath, "--json", "--limit", "3");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["id", "hits"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        Assert.InRange(hits.Count, 1, 3);
        Assert.Equal(
            ["id", "url", "title", "published", "source", "section", "reporters", "score", "snippet", "duplicateCount"],
            hits[0].EnumerateObject().Select(p => p.Name));
        Assert.Contains(hits, h => h.GetProperty("title").GetString() == "대한민국에서 신규 확진자 1104명 발생");
    }

    [Fact]
    public void Related_lists_hits_under_the_articles_headline_and_names_an_unknown_id()
    {
        var id = _articles.Single(a => a.Title == "대한민국에서 신규 확진자 1104명 발생").Id;

        var (exitCode, stdout, _) = Run("related", id, "--index", _indexPath);
        var (unknownExitCode, _, unknownStderr) = Run("related", "https://nowhere.example/1", "--index", _indexPath, "--json");
        var (limitExitCode, _, limitStderr) = Run("related", id, "--index", _indexPath, "--limit", "0");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("related to '대한민국에서 신규 확진자 1104명 발생':", stdout, StringComparison.Ordinal);
        Assert.Contains("  1. 2020-12-", stdout, StringComparison.Ordinal);
        Assert.Equal(2, unknownExitCode);
        Assert.Equal("{\"error\":\"no article with id 'https://nowhere.example/1' in '" + _indexPath.Replace("\\", "\\\\", StringComparison.Ordinal) + "'\"}", unknownStderr.Trim());
        Assert.Equal(2, limitExitCode);
        Assert.Equal("error: --limit must be between 1 and 100, got 0", limitStderr.Trim());
    }

    public void Dispose() => Directory.Delete(_indexPath, recursive: true);

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) =>
        InProcessCli.Run(
            config =>
            {
                config.AddCommand<SearchCommand>("search");
                config.AddCommand<RelatedCommand>("related");
            },
            args);
}
