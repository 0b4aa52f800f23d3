using System.Text.Json;
using KoreanNewsSearch.Cli.Commands;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Tests.Cli;

namespace KoreanNewsSearch.Tests.Querying;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary><c>knews search</c> end to end on a small on-disk index, with stdout and stderr captured.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class SearchCommandTests : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "knews-search-" + Guid.NewGuid().ToString("N"));

    public SearchCommandTests()
    {
        using var index = NewsIndex.Open(_indexPath);
        index.Upsert([SearchCorpusFixture.SeedArticle, .. SearchCorpusFixture.MidnightArticles]);
        index.Commit();
    }

    [Fact]
    public void Json_output_has_exactly_the_documented_shape()
    {
        var (exitCode, stdout, stderr) = Run("search", "삼성전자 갤럭시", "--index", _indexPath, "--json", "--facets");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["query", "total", "foldedTotal", "offset", "limit", "tookMs", "hits", "facets", "correctedQuery", "relaxed", "matchedWords", "unmatchedWords"], Names(root));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("correctedQuery").ValueKind);
        Assert.False(root.GetProperty("relaxed").GetBoolean());
        Assert.Equal("삼성전자 갤럭시", root.GetProperty("query").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal(10, root.GetProperty("limit").GetInt32());
        var hit = Assert.Single(root.GetProperty("hits").EnumerateArray());
        Assert.Equal(["id", "url", "title", "published", "source", "section", "reporters", "score", "snippet", "duplicateCount"], Names(hit));
        Assert.Equal(0, hit.GetProperty("duplicateCount").GetInt32());
        Assert.Equal("2024-06-07T08:55:00+09:00", hit.GetProperty("published").GetString());
        Assert.Equal(["홍윤기"], hit.GetProperty("reporters").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("<mark>갤럭시</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        var facets = root.GetProperty("facets");
        Assert.Equal(["source", "reporter", "month", "section"], Names(facets));
        Assert.Equal(["value", "count"], Names(facets.GetProperty("month")[0]));
        Assert.Equal("2024-06", facets.GetProperty("month")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Human_output_lists_date_source_reporter_title_and_snippet_without_markup_when_redirected()
    {
        var (exitCode, stdout, _) = Run("search", "자정 송고", "--index", _indexPath, "--sort", "oldest", "--from", "2024-06-06");

        Assert.Equal(0, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2 articles, showing 1-2 (", lines[0], StringComparison.Ordinal);
        Assert.Equal(["1. 2024-06-06 · 테스트일보 · 김민수", "자정 직전 송고된 기사"], lines[1..3]);
        Assert.Equal("2. 2024-06-07 · 테스트일보 · 김민수", lines[4]);
        Assert.DoesNotContain("<mark>", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", stdout, StringComparison.Ordinal);
        Assert.All(stdout.Split('\n'), line => Assert.Equal(line.TrimEnd(), line.TrimEnd('\r')));
    }

    [Fact]
    public void A_search_no_article_fully_matches_shows_the_relaxed_results_with_a_line_and_a_json_flag()
    {
        var json = Run("search", "삼성전자 쀍뷁", "--index", _indexPath, "--json");
        var human = Run("search", "삼성전자 쀍뷁", "--index", _indexPath);
        var strict = Run("search", "삼성전자 쀍뷁", "--index", _indexPath, "--json", "--no-relax");

        using var relaxed = JsonDocument.Parse(json.Stdout);
        Assert.True(relaxed.RootElement.GetProperty("relaxed").GetBoolean());
        Assert.Equal(["삼성전자"], relaxed.RootElement.GetProperty("matchedWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(["쀍뷁"], relaxed.RootElement.GetProperty("unmatchedWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(1, relaxed.RootElement.GetProperty("total").GetInt32());
        var lines = human.Stdout.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("1 articles, showing 1-1 (", lines[0], StringComparison.Ordinal);
        // Spectre wraps the line at the terminal width (80 columns when redirected).
        Assert.Equal(
            "No article has all the words, showing articles with some of them; found: 삼성전자; in no article: 쀍뷁",
            string.Join(' ', lines[1..3]));
        using var none = JsonDocument.Parse(strict.Stdout);
        Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
        Assert.False(none.RootElement.GetProperty("relaxed").GetBoolean());
    }

    [Theory]
    [InlineData("\"삼성전자", "quote '\"' is never closed (at column 1); did you mean: \"삼성전자\"")]
    [InlineData("date:2024-13-01", "'2024-13-01' is not a date: expected YYYY-MM-DD, e.g. date:2024-06-01..2024-06-30 (at column 6)")]
    [InlineData("삼성전자", "limit must be between 1 and 100, got 0", "--limit", "0")]
    [InlineData("삼성전자", "--sort must be relevance, newest or oldest, got 'best'", "--sort", "best")]
    [InlineData("삼성전자", "--from must be a day as YYYY-MM-DD, got '2024-6-1'", "--from", "2024-6-1")]
    public void Errors_exit_2_with_the_message_as_json_on_stderr(string query, string message, params string[] options)
    {
        var (exitCode, stdout, stderr) = Run(["search", query, "--index", _indexPath, "--json", .. options]);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", stdout);
        using var json = JsonDocument.Parse(stderr);
        Assert.Equal(["error"], Names(json.RootElement));
        Assert.Equal(message, json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void Errors_without_json_are_one_plain_line()
    {
        var (exitCode, stdout, stderr) = Run("search", "title:", "--index", _indexPath);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("error: 'title:' needs a value right after the colon, e.g. title:삼성전자 (at column 1)", stderr.Trim());
    }

    [Fact]
    public void Synonyms_file_makes_a_word_find_its_group_and_a_bad_file_is_a_usage_error_naming_the_line()
    {
        var synonyms = Path.Combine(_indexPath, "synonyms.txt");
        File.WriteAllText(synonyms, "# groups\n갤럭시, 휴대폰신제품\n");
        var plain = Run("search", "휴대폰신제품", "--index", _indexPath, "--json", "--no-relax");
        var expanded = Run("search", "휴대폰신제품", "--index", _indexPath, "--json", "--synonyms", synonyms);
        var direct = Run("search", "갤럭시", "--index", _indexPath, "--json");

        Assert.Equal(0, JsonDocument.Parse(plain.Stdout).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(
            JsonDocument.Parse(direct.Stdout).RootElement.GetProperty("total").GetInt32(),
            JsonDocument.Parse(expanded.Stdout).RootElement.GetProperty("total").GetInt32());

        File.WriteAllText(synonyms, "갤럭시, 휴대폰신제품\n외톨이\n");
        var bad = Run("search", "갤럭시", "--index", _indexPath, "--synonyms", synonyms);
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
        Assert.Contains("synonyms.txt:2", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_typed_on_the_wrong_layout_says_what_was_searched_and_no_correct_searches_it_as_typed()
    {
        var (exitCode, stdout, _) = Run("search", "tkatjdwjswk", "--index", _indexPath);
        var json = JsonDocument.Parse(Run("search", "tkatjdwjswk", "--index", _indexPath, "--json").Stdout).RootElement;
        var asTyped = JsonDocument.Parse(Run("search", "tkatjdwjswk", "--index", _indexPath, "--json", "--no-correct").Stdout).RootElement;

        Assert.Equal(0, exitCode);
        Assert.StartsWith("'삼성전자'(으)로 검색한 결과입니다. 'tkatjdwjswk' 검색 결과 보기: --no-correct\n1 articles", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("삼성전자", json.GetProperty("correctedQuery").GetString());
        Assert.Equal("tkatjdwjswk", json.GetProperty("query").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, asTyped.GetProperty("correctedQuery").ValueKind);
        Assert.Equal(0, asTyped.GetProperty("total").GetInt32());
    }

    public void Dispose() => Directory.Delete(_indexPath, recursive: true);

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) =>
        InProcessCli.Run<SearchCommand>(args[0], args);
}
