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

    [Fact]
    public void Every_article_reads_back_whole_wherever_it_sits_in_its_compressed_block()
    {
        using var index = NewsIndex.CreateInMemory();
        index.Upsert(Articles);
        index.Commit();

        // A block holds several articles: the first, middle and last of each are read from a partly inflated block.
        foreach (var article in Articles)
        {
            Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(index.Get(article.Id)!));
        }
    }

    [Fact]
    public void Blocks_written_by_lucenes_own_deflate_mode_read_with_the_prefix_inflater()
    {
        NewsCodec.Register();
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer()) { Codec = new StockDeflateCodec(), UseCompoundFile = false };
        using (var writer = new IndexWriter(directory, config))
        {
            writer.AddDocuments(Articles.Select(NewsDocumentMapper.ToDocument));
        }

        // The segment names our codec, so reading resolves to it and its decompressor.
        using var reader = DirectoryReader.Open(directory);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            Assert.Equal(ArticleJson.Serialize(Articles[doc]), ArticleJson.Serialize(NewsDocumentMapper.FromDocument(reader.Document(doc))));
        }
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

    /// <summary>Our codec's name and layout, but Lucene's own Deflate mode for stored fields: blocks as that mode writes them.</summary>
    [Lucene.Net.Codecs.CodecName(NewsCodec.RegisteredName)]
    private sealed class StockDeflateCodec() : Lucene.Net.Codecs.FilterCodec(new Lucene46Codec())
    {
        private readonly Lucene.Net.Codecs.StoredFieldsFormat _storedFields = new Lucene.Net.Codecs.Compressing.CompressingStoredFieldsFormat(
            "KoreanNewsStoredFields", Lucene.Net.Codecs.Compressing.CompressionMode.HIGH_COMPRESSION, 1 << 14);

        public override Lucene.Net.Codecs.StoredFieldsFormat StoredFieldsFormat => _storedFields;
    }
}
