using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Ranking;
using KoreanNewsSearch.Tests.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Tests.Ranking;

/// <summary>
/// The phrase and term queries of our own find the documents Lucene's <see cref="PhraseQuery"/> and
/// <see cref="TermQuery"/> find, with the same scores, on real Wikinews articles in several segments with deletions,
/// whether or not their term states are shared.
/// </summary>
public sealed class SharedTermStatesQueryTests : IDisposable
{
    // Deleted documents stay in their segments: the queries must skip them.
    private readonly NewsIndex _index = SegmentedSample.Create(deleteEvery: 7);

    public void Dispose() => _index.Dispose();

    /// <summary>Real phrases: the opening words of titles, runs inside bodies, a repeated term, a gap, a term no article has.</summary>
    public static TheoryData<string, string[], int[]> Phrases()
    {
        var data = new TheoryData<string, string[], int[]>();
        var articles = WikinewsSample.Read();
        foreach (var (article, i) in articles.Select((a, i) => (a, i)).Where(x => x.i % 9 == 0).Take(12))
        {
            var tokens = TextFieldLayout.Analyze(KoreanTextNormalizer.Normalize(article.Title));
            if (tokens.Count >= 3)
            {
                var window = tokens.Skip(i % 3).Take(2 + (i % 4)).ToList();
                if (window.Count >= 2)
                {
                    data.Add(NewsFields.Title, [.. window.Select(t => t.Term)], [.. window.Select(t => t.Position - window[0].Position)]);
                }
            }

            var body = TextFieldLayout.Analyze(KoreanTextNormalizer.Normalize(article.Body));
            if (body.Count >= 40)
            {
                var run = body.Skip(30).Take(3).ToList();
                data.Add(NewsFields.Body, [.. run.Select(t => t.Term)], [.. run.Select(t => t.Position - run[0].Position)]);
            }
        }

        data.Add(NewsFields.Body, ["대한", "한민", "민국"], [0, 1, 2]);
        data.Add(NewsFields.Body, ["기자", "기자"], [0, 1]);
        data.Add(NewsFields.Body, ["대한", "민국"], [0, 2]);
        data.Add(NewsFields.Body, ["대한", "뷁뷁"], [0, 1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Finds_and_scores_what_Lucene_phrase_query_does(string field, string[] terms, int[] positions)
    {
        using var lease = _index.AcquireSearcher();
        var lucene = new PhraseQuery();
        for (var i = 0; i < terms.Length; i++)
        {
            lucene.Add(new Term(field, terms[i]), positions[i]);
        }

        AssertSameAsLucene(lease.Searcher, lucene, new ExactPhraseQuery([.. terms.Select(t => new Term(field, t))], positions));
    }

    [Theory]
    [InlineData(NewsFields.Title, "한국")]
    [InlineData(NewsFields.Body, "대한")]
    [InlineData(NewsFields.Body, "위키")]
    [InlineData("body.uni", "한")]
    [InlineData("title.uni", "국")]
    [InlineData(NewsFields.Body, "뷁뷁")]
    public void A_term_finds_and_scores_what_Lucene_term_query_does(string field, string text)
    {
        using var lease = _index.AcquireSearcher();
        var term = new Term(field, text);
        AssertSameAsLucene(lease.Searcher, new TermQuery(term), new SharedStatesTermQuery(term));
    }

    private static void AssertSameAsLucene(IndexSearcher searcher, Query lucene, Query ours)
    {
        Assert.True(searcher.IndexReader.Leaves.Count >= 3);
        Assert.True(searcher.IndexReader.HasDeletions);
        lucene.Boost = ours.Boost = 1.5f;
        var expected = Ranked(searcher, lucene);
        Assert.Equal(expected, Ranked(searcher, ours));
        Assert.Equal(expected, Ranked(RankingSearcher.For(searcher, RankingOptions.Default), ours));
        Assert.Equal(lucene.ToString(), ours.ToString());
        if (expected.FirstOrDefault() is var (doc, score) && score > 0)
        {
            Assert.Equal(score, searcher.Explain(ours, doc).Value, 5);
        }
    }

    [Fact]
    public void Queries_of_one_request_share_term_states_and_others_do_not()
    {
        using var lease = _index.AcquireSearcher();
        var request = RankingSearcher.For(lease.Searcher, RankingOptions.Default);
        Assert.Same(TermStates.Of(request), TermStates.Of(request));
        Assert.NotSame(TermStates.Of(lease.Searcher), TermStates.Of(lease.Searcher));
        var term = new Term(NewsFields.Body, "기자");
        Assert.Equal(TermContext.Build(request.TopReaderContext, term).DocFreq, TermStates.Of(request).Context(term).DocFreq);
    }

    private static List<(int Doc, float Score)> Ranked(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, searcher.IndexReader.MaxDoc).ScoreDocs.Select(d => (d.Doc, d.Score))];
}
