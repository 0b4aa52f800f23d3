using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Tests.Indexing;

/// <summary>The per-segment Bloom filter that spares ingest its term seeks, over the headline words of the shipped Wikinews sample.</summary>
public sealed class SegmentTermFilterTests
{
    private const string Field = "words";

    [Fact]
    public void Every_term_of_the_segment_may_be_there_and_few_absent_terms_seem_to_be()
    {
        var titles = JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!.Title).ToList();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var title in titles)
            {
                writer.AddDocument([TermListField.Create(Field, title.Split(' ', StringSplitOptions.RemoveEmptyEntries))]);
            }

            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        var segment = Assert.Single(reader.Leaves).AtomicReader;
        var filter = SegmentTermFilter.For(segment, Field);
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        var terms = segment.GetTerms(Field)!.GetEnumerator();
        while (terms.MoveNext())
        {
            indexed.Add(terms.Term.Utf8ToString());
            Assert.True(filter.MayContain(terms.Term), terms.Term.Utf8ToString());
        }

        Assert.Contains(titles[0].Split(' ')[0], indexed);
        var absent = titles.SelectMany(t => t.Split(' ')).Select(word => word + "없는말").Where(word => !indexed.Contains(word)).Distinct().ToList();
        var seemPresent = absent.Count(word => filter.MayContain(new BytesRef(word)));
        Assert.True(absent.Count > 1000, $"{absent.Count} absent words");
        Assert.True(seemPresent < absent.Count * 0.03, $"{seemPresent} of {absent.Count} absent words seem present");
        Assert.False(SegmentTermFilter.For(segment, "no-such-field").MayContain(new BytesRef(titles[0])));
    }
}
