using System.Diagnostics;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Indexing;

/// <summary>A read-only index with a refresh interval sees what a writer commits, as a server sees a running ingest.</summary>
public sealed class ReadOnlyRefreshTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "knews-refresh-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Commits_of_a_writer_become_searchable_within_the_interval()
    {
        using var writer = NewsIndex.Open(_path);
        writer.Upsert([SearchCorpusFixture.SeedArticle]);
        writer.Commit();
        using var reader = NewsIndex.OpenReadOnly(_path, TimeSpan.FromMilliseconds(200));
        using var unrefreshed = NewsIndex.OpenReadOnly(_path);
        var query = new SearchRequest { Query = "자정" };
        Assert.Equal(0, reader.Search(query).Total);

        writer.Upsert(SearchCorpusFixture.MidnightArticles);
        writer.Commit();
        var clock = Stopwatch.StartNew();
        while (reader.Search(query).Total == 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(20);
        }

        Assert.Equal(2, reader.Search(query).Total);
        // 200 ms interval; the bound leaves room for a shared CI machine (the load test measures the real delay).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"seen after {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(0, unrefreshed.Search(query).Total);
    }

    public void Dispose() => Directory.Delete(_path, recursive: true);
}
