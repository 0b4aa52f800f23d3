using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Analysis;

/// <summary>The shipped sample corpus: 644 Korean Wikinews articles in <c>data/wikinews/wikinews.jsonl</c>.</summary>
internal static class WikinewsSample
{
    public static IReadOnlyList<NewsArticle> Read()
    {
        var path = Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl");
        var results = JsonLinesArticleReader.ReadFile(path).ToList();
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        return [.. results.Select(r => r.Article!.WithComputedId())];
    }
}
