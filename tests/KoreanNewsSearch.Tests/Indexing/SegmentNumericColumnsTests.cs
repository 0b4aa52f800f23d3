using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using Lucene.Net.Index;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Indexing;

/// <summary>The in-memory copies of a segment's numeric doc values that sorting, date ranges and folding read, over the shipped Wikinews sample.</summary>
public sealed class SegmentNumericColumnsTests
{
    [Fact]
    public void Every_value_is_the_doc_value_and_documents_without_one_read_missing()
    {
        var articles = JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!).Take(300).ToList();
        // Every third article loses its publish time: the column must tell "none" from any real time.
        var undated = articles.Where((_, i) => i % 3 == 0).Select(a => a with { Published = null }).ToList();
        using var index = NewsIndex.CreateInMemory();
        index.Upsert(articles.Where((_, i) => i % 3 != 0).Concat(undated));
        index.Commit();

        using var lease = index.AcquireSearcher();
        var checkedValues = 0;
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            foreach (var field in new[] { NewsFields.PublishedSort, NewsFields.DuplicateGroupKey })
            {
                var column = SegmentNumericColumns.For(segment, field);
                var values = segment.GetNumericDocValues(field);
                var present = segment.GetDocsWithField(field);
                Assert.Equal(segment.MaxDoc, column.Length);
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    Assert.Equal(present.Get(doc) ? values.Get(doc) : SegmentNumericColumns.Missing, column[doc]);
                    checkedValues++;
                }

                Assert.Same(column, SegmentNumericColumns.For(segment, field));
            }
        }

        Assert.Equal(2 * articles.Count, checkedValues);
        var undatedIds = undated.Select(a => a.WithComputedId().Id).ToHashSet(StringComparer.Ordinal);
        var missing = 0;
        foreach (var leaf in lease.Searcher.IndexReader.Leaves)
        {
            var times = SegmentPublishTimes.For(leaf.AtomicReader);
            for (var doc = 0; doc < times.Length; doc++)
            {
                var id = leaf.AtomicReader.Document(doc).Get(NewsFields.Id);
                Assert.Equal(undatedIds.Contains(id), times[doc] == SegmentPublishTimes.Missing);
                missing += times[doc] == SegmentPublishTimes.Missing ? 1 : 0;
            }
        }

        Assert.Equal(undated.Count, missing);
    }

    [Fact]
    public void A_reopened_reader_shares_the_columns_of_its_unchanged_segments()
    {
        var articles = JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!).Take(40).ToList();
        using var index = NewsIndex.CreateInMemory();
        index.Upsert(articles.Take(20));
        index.Commit();
        List<long[]> before;
        using (var lease = index.AcquireSearcher())
        {
            before = [.. lease.Searcher.IndexReader.Leaves.Select(leaf => SegmentPublishTimes.For(leaf.AtomicReader))];
        }

        index.Upsert(articles.Skip(20));
        index.Commit();
        using var after = index.AcquireSearcher();
        var leaves = after.Searcher.IndexReader.Leaves;
        Assert.True(leaves.Count > before.Count, $"{leaves.Count} segments after the second commit");
        var afterColumns = leaves.Select(leaf => SegmentPublishTimes.For(leaf.AtomicReader)).ToList();
        Assert.All(before, column => Assert.Contains(afterColumns, other => ReferenceEquals(column, other)));
        Assert.Equal(40, afterColumns.Sum(column => column.Length));
    }
}
