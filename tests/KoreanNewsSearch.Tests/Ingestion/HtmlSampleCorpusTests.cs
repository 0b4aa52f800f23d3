using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>The HTML pages shipped in <c>data/html</c> as the product's sample corpus.</summary>
public class HtmlSampleCorpusTests
{
    [Fact]
    public void Every_shipped_page_reads_as_one_article_from_each_press()
    {
        var results = ArticleFileReader.ReadPaths([Path.Combine(TestPaths.Data, "html")]).ToList();

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["MBC 뉴스", "SBS 뉴스", "YTN"], results.Select(r => r.Article!.Source).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.StartsWith("https://", r.Article!.Id, StringComparison.Ordinal));
    }
}
