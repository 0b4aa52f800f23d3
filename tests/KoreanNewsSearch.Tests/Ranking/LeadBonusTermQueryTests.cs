using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace KoreanNewsSearch.Tests.Ranking;

/// <summary>The lead bonus scores as the term clause plus the span-first clause it replaces, on real Wikinews articles.</summary>
public sealed class LeadBonusTermQueryTests : IDisposable
{
    private const int Lead = 64;

    private readonly NewsIndex _index = NewsIndex.CreateInMemory();

    public LeadBonusTermQueryTests()
    {
        _index.Upsert(JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl")).Select(r => r.Article!).Take(400));
        _index.Commit();
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("정부", 1f, 0.5f, 1f)]
    [InlineData("했다", 0.5f, 0.25f, 1f)]
    [InlineData("대통", 1f, 0.5f, 2.5f)]
    [InlineData("위키", 0.8f, 1f, 0.3f)]
    public void Scores_every_document_as_a_term_clause_plus_a_span_first_clause(string bigram, float termBoost, float leadBoost, float outerBoost)
    {
        using var lease = _index.AcquireSearcher();
        var searcher = new IndexSearcher(lease.Searcher.IndexReader) { Similarity = new ExactLengthBm25Similarity() };
        var term = new Term(NewsFields.Body, bigram);
        var termOnly = Scores(searcher, Outer(outerBoost, new TermQuery(term) { Boost = termBoost }));
        var twoClauses = Scores(searcher, Outer(
            outerBoost,
            new TermQuery(term) { Boost = termBoost },
            new SpanFirstQuery(new SpanTermQuery(term), Lead) { Boost = leadBoost }));

        var merged = Scores(searcher, Outer(outerBoost, new LeadBonusTermQuery(term, leadBoost / termBoost, Lead) { Boost = termBoost }));

        // Real articles hold the word both in their first 64 terms and only further down.
        var withBonus = twoClauses.Count(d => d.Value > termOnly[d.Key] + 1e-6f);
        Assert.InRange(withBonus, 1, twoClauses.Count - 1);
        Assert.Equal(twoClauses.Keys.Order(), merged.Keys.Order());
        Assert.All(twoClauses, d => Assert.Equal(d.Value, merged[d.Key], 4));
    }

    [Fact]
    public void Ranks_any_word_questions_as_the_two_clauses_did()
    {
        using var lease = _index.AcquireSearcher();
        var searcher = new IndexSearcher(lease.Searcher.IndexReader) { Similarity = new ExactLengthBm25Similarity() };
        var terms = new[] { "대통", "통령", "선거", "정부" }.Select(t => new Term(NewsFields.Body, t)).ToList();
        var twoClauses = new BooleanQuery();
        var merged = new BooleanQuery();
        foreach (var term in terms)
        {
            twoClauses.Add(new TermQuery(term), Occur.SHOULD);
            twoClauses.Add(new SpanFirstQuery(new SpanTermQuery(term), Lead) { Boost = 0.5f }, Occur.SHOULD);
            merged.Add(new LeadBonusTermQuery(term, 0.5f, Lead), Occur.SHOULD);
        }

        var expected = searcher.Search(twoClauses, 20).ScoreDocs;
        var actual = searcher.Search(merged, 20).ScoreDocs;

        Assert.Equal(20, expected.Length);
        Assert.Equal(expected.Select(d => d.Score), actual.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
        Assert.Equal(searcher.Explain(merged, actual[0].Doc).Value, actual[0].Score, 4);
    }

    private static BooleanQuery Outer(float boost, params Query[] clauses)
    {
        var query = new BooleanQuery { Boost = boost };
        foreach (var clause in clauses)
        {
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
}
