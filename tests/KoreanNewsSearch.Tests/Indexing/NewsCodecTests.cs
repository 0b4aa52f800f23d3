using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Tests.Indexing;

/// <summary>Stored articles compressed with zstd and the shipped dictionary (<see cref="NewsCodec"/>), and the codecs before it.</summary>
public sealed class NewsCodecTests
{
    private static readonly IReadOnlyList<NewsArticle> Articles =
        [.. JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!.WithComputedId())];

    [Fact]
    public void Stored_articles_the_dictionary_was_not_trained_on_take_no_more_space_than_deflate_blocks_and_far_less_than_lz4()
    {
        // The dictionary comes from the Wikinews articles: measure on the broadcasters' real pages instead.
        var unseen = System.IO.Directory.GetFiles(TestPaths.SharedFile("html"), "*.html")
            .SelectMany(ArticleFileReader.ReadFile).Select(r => r.Article!.WithComputedId()).ToList();
        var lz4 = StoredBytes(new Lucene46Codec(), unseen);
        var deflate = StoredBytes(DeflateNewsCodec.Instance, unseen);
        var zstd = StoredBytes(NewsCodec.Instance, unseen);

        Assert.True(unseen.Count >= 30, $"{unseen.Count} articles");
        Assert.True(zstd < lz4 * 0.8, $"stored fields of {unseen.Count} articles: zstd {zstd:N0} bytes, LZ4 {lz4:N0} bytes");
        Assert.True(zstd <= deflate, $"stored fields of {unseen.Count} articles: zstd {zstd:N0} bytes, Deflate {deflate:N0} bytes");
    }

    [Fact]
    public void An_index_written_with_earlier_codecs_stays_readable_and_takes_new_segments_in_the_new_codec()
    {
        using var folder = new TempDirectory();
        var third = Articles.Count / 3;
        var (stock, deflated, newer) = (Articles.Take(third).ToList(), Articles.Skip(third).Take(third).ToList(), Articles.Skip(2 * third).ToList());
        NewsCodec.Register();
        foreach (var (codec, articles) in new (Lucene.Net.Codecs.Codec, List<NewsArticle>)[] { (new Lucene46Codec(), stock), (DeflateNewsCodec.Instance, deflated) })
        {
            using var directory = FSDirectory.Open(folder.Path);
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer()) { Codec = codec });
            writer.AddDocuments(articles.Select(NewsDocumentMapper.ToDocument));
        }

        using (var index = NewsIndex.Open(folder.Path))
        {
            Assert.Equal(ArticleJson.Serialize(stock[0]), ArticleJson.Serialize(index.Get(stock[0].Id)!));
            Assert.Equal(ArticleJson.Serialize(deflated[0]), ArticleJson.Serialize(index.Get(deflated[0].Id)!));
            index.Upsert(newer);
            index.Commit();
            Assert.Equal(Articles.Count, index.GetStats(topReporters: 0).Articles);
        }

        var segments = new SegmentInfos();
        using (var directory = FSDirectory.Open(folder.Path))
        {
            segments.Read(directory);
        }

        Assert.Equal(["KoreanNews46", "KoreanNews46Zstd", "Lucene46"], segments.Segments.Select(s => s.Info.Codec.Name).Distinct().Order(StringComparer.Ordinal));
        using var reopened = NewsIndex.OpenReadOnly(folder.Path);
        foreach (var article in new[] { stock[^1], deflated[^1], newer[^1] })
        {
            Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(reopened.Get(article.Id)!));
        }
    }

    [Fact]
    public void Articles_stored_as_json_strings_by_earlier_builds_read_back_and_count_as_unchanged_when_ingested_again()
    {
        using var folder = new TempDirectory();
        NewsCodec.Register();
        using (var directory = FSDirectory.Open(folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer()) { Codec = NewsCodec.Instance }))
        {
            writer.AddDocuments(Articles.Select(article =>
            {
                var document = NewsDocumentMapper.ToDocument(article);
                document.RemoveField(NewsFields.Stored);
                document.Add(new Lucene.Net.Documents.StoredField(NewsFields.Stored, ArticleJson.Serialize(article)));
                return document;
            }));
        }

        using var index = NewsIndex.Open(folder.Path);
        foreach (var article in Articles)
        {
            Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(index.Get(article.Id)!));
        }

        // The content hash of the stored bytes is the hash of the string's UTF-8: an unchanged article is not rewritten.
        Assert.Equal(new UpsertCounts(0, 0, Articles.Count), index.Upsert(Articles));
    }

    [Fact]
    public void Every_article_reads_back_whole_wherever_it_sits_in_its_compressed_block()
    {
        using var index = NewsIndex.CreateInMemory();
        index.Upsert(Articles);
        index.Commit();

        // Short articles share a block, long ones are compressed in slices: both are read back whole.
        Assert.Contains(Articles, a => ArticleJson.Serialize(a).Length > 3 * 4096);
        foreach (var article in Articles)
        {
            Assert.Equal(ArticleJson.Serialize(article), ArticleJson.Serialize(index.Get(article.Id)!));
        }
    }

    [Fact]
    public void Blocks_written_by_lucenes_own_deflate_mode_read_with_the_prefix_inflater_of_the_earlier_codec()
    {
        NewsCodec.Register();
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer()) { Codec = new StockDeflateCodec(), UseCompoundFile = false };
        using (var writer = new IndexWriter(directory, config))
        {
            writer.AddDocuments(Articles.Select(NewsDocumentMapper.ToDocument));
        }

        // The segment names our earlier codec, so reading resolves to it and its decompressor.
        using var reader = DirectoryReader.Open(directory);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            Assert.Equal(ArticleJson.Serialize(Articles[doc]), ArticleJson.Serialize(NewsDocumentMapper.FromDocument(reader.Document(doc))));
        }
    }

    private static long StoredBytes(Lucene.Net.Codecs.Codec codec, IReadOnlyList<NewsArticle> articles)
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer()) { Codec = codec, UseCompoundFile = false };
        using (var writer = new IndexWriter(directory, config))
        {
            writer.AddDocuments(articles.Select(NewsDocumentMapper.ToDocument));
        }

        return directory.ListAll().Where(f => f.EndsWith(".fdt", StringComparison.Ordinal)).Sum(directory.FileLength);
    }

    /// <summary>Our earlier codec's name and layout, but Lucene's own Deflate mode for stored fields: blocks as that mode writes them.</summary>
    [Lucene.Net.Codecs.CodecName(DeflateNewsCodec.RegisteredName)]
    private sealed class StockDeflateCodec() : Lucene.Net.Codecs.FilterCodec(new Lucene46Codec())
    {
        private readonly Lucene.Net.Codecs.StoredFieldsFormat _storedFields = new Lucene.Net.Codecs.Compressing.CompressingStoredFieldsFormat(
            "KoreanNewsStoredFields", Lucene.Net.Codecs.Compressing.CompressionMode.HIGH_COMPRESSION, 1 << 14);

        public override Lucene.Net.Codecs.StoredFieldsFormat StoredFieldsFormat => _storedFields;
    }
}
