using KoreanNewsSearch.Indexing;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// Every article a search matches, in its order, up to a cap, read one at a time from one searcher: for downloads.
/// Holds a lease on that searcher until disposed.
/// </summary>
public sealed class SearchExport : IDisposable
{
    private readonly SearcherLease _lease;
    private readonly ScoreDoc[] _docs;

    internal SearchExport(SearcherLease lease, SearchRequest request, int maxArticles)
    {
        _lease = lease;
        request.Validate();
        var query = NewsQueryBuilder.Build(NewsQueryParser.Parse(request.Query), request);
        var searcher = lease.Searcher;
        var wanted = Math.Max(1, Math.Min(maxArticles, searcher.IndexReader.MaxDoc));
        var top = TopFieldCollector.Create(NewsSearchExecutor.SortFor(request.Sort), wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: !PositionalReadDirectory.CollectorsAcceptDocsOutOfOrder);
        searcher.Search(query, top);
        Total = top.TotalHits;
        _docs = top.GetTopDocs(0, maxArticles).ScoreDocs;
    }

    /// <summary>All matching articles, as <see cref="SearchResults.Total"/> counts them.</summary>
    public int Total { get; }

    /// <summary>How many <see cref="Articles"/> yields: <see cref="Total"/>, or the cap when there are more.</summary>
    public int Count => _docs.Length;

    /// <summary>True when more articles matched than the cap let through.</summary>
    public bool IsCapped => Count < Total;

    /// <summary>The articles in the request's sort order, read lazily.</summary>
    public IEnumerable<NewsArticle> Articles
    {
        get
        {
            foreach (var doc in _docs)
            {
                yield return NewsDocumentMapper.FromDocument(_lease.Searcher.Doc(doc.Doc, NewsSearchExecutor.StoredArticleOnly));
            }
        }
    }

    /// <summary>Releases the searcher.</summary>
    public void Dispose() => _lease.Dispose();
}
