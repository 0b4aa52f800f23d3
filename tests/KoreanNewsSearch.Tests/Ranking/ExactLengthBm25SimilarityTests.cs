using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Ranking;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Tests.Ranking;

public class ExactLengthBm25SimilarityTests
{
    private const string FieldName = "text";

    // Lengths 12 and 15 share one byte norm in Lucene.Net 4.8 (both read as 16); the third document lacks the field.
    private static readonly string?[] Texts = ["x " + Words(11), "x " + Words(14), null];

    [Fact]
    public void Norms_hold_the_exact_token_count()
    {
        using var directory = Write(new ExactLengthBm25Similarity(), Texts);
        using var reader = DirectoryReader.Open(directory);
        var norms = MultiDocValues.GetNormValues(reader, FieldName);

        Assert.Equal([12L, 15L, 0L], Enumerable.Range(0, 3).Select(norms.Get));
    }

    [Fact]
    public void Score_is_bm25_with_the_exact_length_and_the_documents_that_have_the_field()
    {
        using var directory = Write(new ExactLengthBm25Similarity(), Texts);
        var scores = Scores(directory, new ExactLengthBm25Similarity());

        // N = 2 documents with the field (not maxDoc 3), both contain x; average length (12 + 15) / 2.
        var idf = Math.Log(1 + (2 - 2 + 0.5) / (2 + 0.5));
        double Expected(int length) => idf * 2.2 / (1 + (1.2 * (0.25 + (0.75 * length / 13.5))));
        Assert.Equal(Expected(12), scores[0], 5);
        Assert.Equal(Expected(15), scores[1], 5);
        Assert.True(scores[0] > scores[1]);
    }

    [Fact]
    public void Quantized_lengths_with_maxDoc_stats_reproduce_Lucene_4_8_BM25()
    {
        using var ours = Write(new ExactLengthBm25Similarity(), Texts);
        using var lucene = Write(new BM25Similarity(), Texts);

        var emulated = Scores(ours, new ExactLengthBm25Similarity(new Bm25Parameters(CountFieldDocuments: false, QuantizeLengths: true)));
        var stock = Scores(lucene, new BM25Similarity());

        Assert.Equal(stock[0], stock[1]);
        Assert.Equal(stock.Select(s => Math.Round(s, 5)), emulated.Select(s => Math.Round(s, 5)));
    }

    [Fact]
    public void The_shorter_of_two_headlines_that_4_8_norms_cannot_tell_apart_ranks_first()
    {
        var day = new DateTimeOffset(2024, 6, 7, 9, 0, 0, NewsArticle.KoreaOffset);
        var shorter = new NewsArticle { Url = "shorter", Title = "반도체 수출 회복세 뚜렷 정부 기대감 커져 업계 환영", Body = "본문", Published = day };
        // Newer: with lengths read alike, the tie would put it first.
        var longer = new NewsArticle { Url = "longer", Title = "반도체 수출 회복세 뚜렷 정부 기대감 커져 업계 환영 분위기 확산", Body = "본문", Published = day.AddHours(1) };
        Assert.Equal([12, 15], new[] { shorter, longer }.Select(a => TextFieldLayout.Analyze(a.Title).Count));
        Assert.Equal(
            ExactLengthBm25Similarity.QuantizedLength(TextFieldLayout.Analyze(shorter.Title).Count),
            ExactLengthBm25Similarity.QuantizedLength(TextFieldLayout.Analyze(longer.Title).Count));
        using var index = NewsIndex.CreateInMemory();
        index.Upsert([shorter, longer]);
        index.Commit();

        var exact = index.Search(new SearchRequest { Query = "반도체" });
        var quantized = index.Search(new SearchRequest { Query = "반도체", Ranking = RankingOptions.Default with { Bm25 = new(QuantizeLengths: true) } });

        Assert.Equal(["shorter", "longer"], exact.Hits.Select(h => h.Url));
        Assert.Equal(["longer", "shorter"], quantized.Hits.Select(h => h.Url));
    }

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => "w" + i));

    private static RAMDirectory Write(Similarity similarity, IEnumerable<string?> texts)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = similarity,
        });
        foreach (var text in texts)
        {
            var doc = new Document { new StringField("other", "y", Field.Store.NO) };
            if (text is not null)
            {
                doc.Add(new TextField(FieldName, text, Field.Store.NO));
            }

            writer.AddDocument(doc);
        }

        writer.Commit();
        return directory;
    }

    /// <summary>The score of term x in each document that has it, in document order.</summary>
    private static double[] Scores(Lucene.Net.Store.Directory directory, Similarity similarity)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = similarity };
        return [.. searcher.Search(new TermQuery(new Term(FieldName, "x")), 10).ScoreDocs.OrderBy(d => d.Doc).Select(d => (double)d.Score)];
    }
}
