using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Tests.Analysis;
using KoreanNewsSearch.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace KoreanNewsSearch.Tests.Ranking;

/// <summary>A phrase with a partial one-syllable end: matched as its spans, weighted as its words, on real Wikinews articles.</summary>
public sealed class PartialEndPhraseQueryTests : IDisposable
{
    private readonly NewsIndex _index = NewsIndex.CreateInMemory();
    private readonly IReadOnlyList<NewsArticle> _articles = WikinewsSample.Read();

    public PartialEndPhraseQueryTests()
    {
        _index.Upsert(_articles);
        _index.Commit();
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("A씨")]
    [InlineData("PC방")]
    [InlineData("원 이상")]
    public void Weighs_a_match_by_the_words_not_by_every_bigram_the_end_expands_to(string text)
    {
        using var lease = _index.AcquireSearcher();
        var searcher = new IndexSearcher(lease.Searcher.IndexReader) { Similarity = new ExactLengthBm25Similarity() };
        var query = Assert.IsType<PartialEndPhraseQuery>(TextFieldLayout.BuildQuery(NewsFields.Body, text));
        var expandedSpans = (SpanQuery)searcher.Rewrite(PartialWordSpanQueryTests.AsLuceneExpansion(query.Spans));
        var expandedTerms = new HashSet<Term>();
        expandedSpans.ExtractTerms(expandedTerms);

        var weighted = Scores(searcher, query);
        var spansAlone = Scores(searcher, expandedSpans);

        // The same articles: those whose body holds the text, as the substring rule has it.
        var expectedUrls = _articles.Where(a => MatchSemantics.Matches(a.Body, text)).Select(a => a.Url).Order().ToList();
        Assert.NotEmpty(expectedUrls);
        Assert.Equal(expectedUrls, weighted.Keys.Select(doc => searcher.Doc(doc).Get(NewsFields.Id)).Select(id => _index.Get(id)!.Url).Order().ToList());
        Assert.Equal(spansAlone.Keys.Order(), weighted.Keys.Order());

        // Same frequencies and lengths, other idf: every score scaled by the ratio of the idf sums.
        var reader = searcher.IndexReader;
        double Idf(Term term) => Math.Log(1 + (reader.GetDocCount(NewsFields.Body) - reader.DocFreq(term) + 0.5) / (reader.DocFreq(term) + 0.5));
        var ratio = query.ScoringTerms.Sum(Idf) / expandedTerms.Sum(Idf);
        Assert.True(expandedTerms.Count > query.ScoringTerms.Count);
        Assert.All(weighted, d => Assert.Equal(spansAlone[d.Key] * ratio, d.Value, 3));
    }

    [Theory]
    [InlineData("A씨")]
    [InlineData("PC방")]
    [InlineData("원 이상")]
    [InlineData("대통령 선거 후")]
    public void Finds_the_live_articles_holding_the_text_in_every_segment(string text)
    {
        // Matching starts from the documents that hold the phrase's whole terms: segments with deletions, and
        // segments without those terms, must neither lose a match nor bring back a deleted article.
        using var index = SegmentedSample.Create(deleteEvery: 4);
        using var lease = index.AcquireSearcher();
        var searcher = new IndexSearcher(lease.Searcher.IndexReader) { Similarity = new ExactLengthBm25Similarity() };
        var query = Assert.IsType<PartialEndPhraseQuery>(TextFieldLayout.BuildQuery(NewsFields.Body, text));
        var expandedSpans = (SpanQuery)searcher.Rewrite(PartialWordSpanQueryTests.AsLuceneExpansion(query.Spans));

        var scores = Scores(searcher, query);
        var found = scores.Keys.Select(doc => searcher.Doc(doc).Get(NewsFields.Id)).Order().ToList();

        var expected = _articles
            .Where((_, i) => i % 4 != 3)
            .Where(a => MatchSemantics.Matches(a.Body, text))
            .Select(a => a.Id)
            .Order()
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
        Assert.Equal(Scores(searcher, expandedSpans).Count, found.Count);
        Assert.True(searcher.IndexReader.Leaves.Count >= 3);
        var firstMatch = searcher.Search(query, 1).ScoreDocs[0].Doc;
        Assert.True(searcher.Explain(query, firstMatch).IsMatch);
        var noMatch = Enumerable.Range(0, searcher.IndexReader.MaxDoc).First(doc => !scores.ContainsKey(doc));
        Assert.False(searcher.Explain(query, noMatch).IsMatch);
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
}
