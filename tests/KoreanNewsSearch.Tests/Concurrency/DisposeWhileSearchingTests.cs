using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Concurrency;

public class DisposeWhileSearchingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Searches_running_when_the_index_is_disposed_finish_or_fail_with_ObjectDisposedException(bool readOnly)
    {
        using var temp = new TempDirectory();
        var path = temp.File("index");
        using (var writer = NewsIndex.Open(path))
        {
            writer.Upsert(ArticleFileReader.ReadPaths([Path.Combine(TestPaths.Data, "wikinews")]).Select(r => r.Article!).Take(100));
            writer.Commit();
        }

        for (var round = 0; round < 3; round++)
        {
            var index = readOnly ? NewsIndex.OpenReadOnly(path) : NewsIndex.Open(path);
            var unexpected = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            var completed = 0;
            var refused = 0;
            using var started = new CountdownEvent(8);
            var threads = Enumerable.Range(0, 8).Select(n => new Thread(() =>
            {
                started.Signal();
                for (var i = 0; ; i++)
                {
                    try
                    {
                        var results = index.Search(new SearchRequest { Query = i % 2 == 0 ? "대통령" : "", Facets = n % 2 == 0, Limit = 20 });
                        Assert.True(results.Total > 0);
                        Interlocked.Increment(ref completed);
                    }
                    catch (ObjectDisposedException)
                    {
                        Interlocked.Increment(ref refused);
                        return;
                    }
                    catch (Exception error)
                    {
                        unexpected.Enqueue(error);
                        return;
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            started.Wait();
            Thread.Sleep(50 + (round * 40));
            index.Dispose();

            Assert.All(threads, thread => Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "a search hung after Dispose"));
            Assert.Empty(unexpected);
            Assert.Equal(8, refused);
        }
    }
}
