using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Related;

/// <summary>
/// Articles about the same story as a given one: a more-like-this query of the article's most distinctive bigrams and
/// words (MoreLikeThis term selection by tf·idf over the headline, counted twice, and the body), each matched in the
/// headline and the body; the article's own duplicate group excluded, other stories' copies folded.
/// </summary>
internal static class RelatedArticleFinder
{
    /// <summary>Distinctive terms in the query: enough to pin a story, few enough to stay fast.</summary>
    private const int MaxQueryTerms = 40;

    /// <summary>A headline match weighs this much more than a body match, as in search.</summary>
    private const float TitleBoost = 2f;

    /// <summary>
    /// Hits whose score is within this share of the best score count as equally related (ranked newest first): MLT
    /// scores differ in the last digits for articles that share the same handful of terms.
    /// </summary>
    private const double EquallyRelatedStep = 0.05;

    private static readonly HashSet<string> ArticleAndGroup = [NewsFields.Stored, NewsFields.DuplicateGroup];
    private static readonly SnippetBuilder NoMarks = new([], null);

    /// <summary>
    /// Hits scoring less than this share of the article's own score against the query (what a perfect match would
    /// score) are not related enough to list: a column with nothing related then lists nothing rather than noise.
    /// Chosen on the judged sample of the benchmark's <c>related</c> command: at 0.2 it drops 21 of the 144 hits judged
    /// unrelated and none of the 106 judged about the same story; at 0.25 it starts dropping those.
    /// </summary>
    public const float MinimumShareOfOwnScore = 0.2f;

    /// <summary>The related articles, best first; null when no article has the id.</summary>
    public static IReadOnlyList<SearchHit>? Find(IndexSearcher searcher, string id, int limit) =>
        Find(searcher, id, limit, MinimumShareOfOwnScore);

    /// <summary>As <see cref="Find(IndexSearcher, string, int)"/> with another cut-off: the benchmark chooses it.</summary>
    internal static IReadOnlyList<SearchHit>? Find(IndexSearcher searcher, string id, int limit, float minimumShareOfOwnScore)
    {
        if (limit is < 1 or > SearchRequest.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"limit must be between 1 and {SearchRequest.MaxLimit}, got {limit}");
        }

        if (searcher.FindDocId(id) is not { } docId)
        {
            return null;
        }

        var stored = searcher.Doc(docId, ArticleAndGroup);
        var article = NewsDocumentMapper.FromDocument(stored);
        var query = LikeQuery(searcher.IndexReader, article);
        if (query is null)
        {
            return [];
        }

        var ownScore = searcher.Explain(query, docId).Value;
        query.Add(new TermQuery(new Term(NewsFields.Id, id)), Occur.MUST_NOT);
        if (stored.Get(NewsFields.DuplicateGroup) is { } group)
        {
            query.Add(new TermQuery(new Term(NewsFields.DuplicateGroup, group)), Occur.MUST_NOT);
        }

        // Ranked by relevance with room for the re-ordering of equally related hits at the end of the page.
        var wanted = Math.Min(SearchRequest.MaxLimit, limit * 2);
        var folding = new DuplicateFoldingCollector(SearchSort.Relevance, wanted, searcher.IndexReader);
        searcher.Search(query, folding);
        var candidates = folding.Page(0, wanted);

        var hits = NewsSearchExecutor.ToHits(searcher, candidates.Where(c => c.Score >= minimumShareOfOwnScore * ownScore), NoMarks, NoMarks);
        if (hits.Count == 0)
        {
            return [];
        }

        var best = hits[0].Score;
        return [.. hits
            .OrderByDescending(hit => Math.Floor(hit.Score / best / EquallyRelatedStep))
            .ThenByDescending(hit => hit.Published ?? DateTimeOffset.MinValue)
            .Take(limit)];
    }

    private static BooleanQuery? LikeQuery(IndexReader reader, NewsArticle article)
    {
        var moreLikeThis = new MoreLikeThis(reader)
        {
            Analyzer = TextFieldLayout.CreateIndexAnalyzer(),
            FieldNames = [NewsFields.Title, NewsFields.Body],
            MinTermFreq = 2,
            MinDocFreq = 2,
            MinWordLen = 2,
            MaxQueryTerms = MaxQueryTerms,
        };
        // Terms in more than 5% of articles (기자, 있다, 했다) say nothing about the story.
        moreLikeThis.SetMaxDocFreqPct(5);
        var text = $"{article.Title}\n{article.Title}\n{article.Body}";
        var terms = moreLikeThis.RetrieveTerms(new StringReader(text), NewsFields.Body);

        var query = new BooleanQuery(disableCoord: true);
        float? topScore = null;
        for (var i = 0; i < MaxQueryTerms && terms.Count > 0; i++)
        {
            var term = terms.Pop();
            topScore ??= term.Score;
            var eitherField = new DisjunctionMaxQuery(0f)
            {
                new TermQuery(new Term(NewsFields.Title, term.Word)) { Boost = TitleBoost },
                new TermQuery(new Term(NewsFields.Body, term.Word)),
            };
            eitherField.Boost = term.Score / topScore.Value;
            query.Add(eitherField, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }
}
