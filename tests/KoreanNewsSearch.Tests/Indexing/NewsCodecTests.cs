using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Tests.Indexing;

/// <summary>Stored articles compressed with Deflate (<see cref="NewsCodec"/>), over the shipped Wikinews sample.</summary>
public sealed class NewsCodecTests
{
    private static readonly IReadOnlyList<NewsArticle> Articles =
        [.. JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!.WithComputedId())];

    [Fact]
    public void Stored_articles_take_less_space_than_with_lz4()
    {
        var lz4 = StoredBytes(new Lucene46Codec());
        var deflate = StoredBytes(NewsCodec.Instance);

        Assert.True(deflate < lz4 * 0.8, $"stored fields: Deflate {deflate:N0} bytes, LZ4 {lz4:N0} bytes");
    }

    [Fact]
    public void An_index_written_with_the_stock_codec_stays_readable_and_takes_new_segments_in_the_new_codec()
    {
        using var folder = new TempDirectory();
        var (older, newer) = (Articles.Take(Articles.Count / 2).ToList(), Articles.Skip(Articles.Count / 2).ToList());
        using (var directory = FSDirectory.Open(folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer())))
        {
            writer.AddDocuments(older.Select(NewsDocumentMapper.ToDocument));
        }

        using (var index = NewsIndex.Open(folder.Path))
        {
            Assert.Equal(ArticleJson.Serialize(older[0]), ArticleJson.Serialize(index.Get(older[0].Id)!));
            index.Upsert(newer);
            index.Commit();
            Assert.Equal(Articles.Count, index.GetStats(topReporters: 0).Articles);
        }

        var segments = new SegmentInfos();
        using (var directory = FSDirectory.Open(folder.Path))
        {
            segments.Read(directory);
        }

        Assert.Equal(["KoreanNews46", "Lucene46"], segments.Segments.Select(s => s.Info.Codec.Name).Distinct().Order(StringComparer.Ordinal));
        using var reopened = NewsIndex.OpenReadOnly(folder.Path);
        Assert.Equal(ArticleJson.Serialize(older[^1]), ArticleJson.Serialize(reopened.Get(older[^1].Id)!));
        Assert.Equal(ArticleJson.Serialize(newer[^1]), ArticleJson.Serialize(reopened.Get(newer[^1].Id)!));
    }

    private static long StoredBytes(Lucene.Net.Codecs.Codec codec)
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer()) { Codec = codec, UseCompoundFile = false };
        using (var writer = new IndexWriter(directory, config))
        {
            writer.AddDocuments(Articles.Select(NewsDocumentMapper.ToDocument));
        }

        return directory.ListAll().Where(f => f.EndsWith(".fdt", StringComparison.Ordinal)).Sum(directory.FileLength);
    }
}
