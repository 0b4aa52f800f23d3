using System.Diagnostics;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Querying;

/// <summary>Runs a <see cref="SearchRequest"/> on one searcher: parse, build, collect page and facets, fetch and highlight the page.</summary>
internal static class NewsSearchExecutor
{
    internal static readonly HashSet<string> StoredArticleOnly = [NewsFields.Stored];

    public static SearchResults Execute(IndexSearcher searcher, SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        request.Validate();
        var parsed = NewsQueryParser.Parse(request.Query);
        var query = NewsQueryBuilder.Build(parsed, request);

        var wanted = Math.Max(1, Math.Min(request.Offset + request.Limit, searcher.IndexReader.MaxDoc));
        var top = TopFieldCollector.Create(SortFor(request.Sort), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var facets = request.Facets ? new FacetCollector() : null;
        searcher.Search(query, facets is null ? top : MultiCollector.Wrap(top, facets));

        var page = top.GetTopDocs(request.Offset, request.Limit);
        var titleMarks = new SnippetBuilder(request.Highlight ? SurfaceTerms(parsed, NewsFields.Title) : [], request.Synonyms);
        var bodyMarks = new SnippetBuilder(request.Highlight ? SurfaceTerms(parsed, NewsFields.Body) : [], request.Synonyms);
        var hits = page.ScoreDocs.Select(scoreDoc =>
        {
            var article = NewsDocumentMapper.FromDocument(searcher.Doc(scoreDoc.Doc, StoredArticleOnly));
            return new SearchHit
            {
                Article = article,
                Score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score,
                HighlightedTitle = titleMarks.Highlight(article.Title),
                Snippet = bodyMarks.Snippet(article.Body),
            };
        }).ToList();

        return new SearchResults
        {
            Total = top.TotalHits,
            Hits = hits,
            Facets = facets?.ToFacets(),
            Elapsed = clock.Elapsed,
        };
    }

    internal static Sort SortFor(SearchSort sort) => sort switch
    {
        SearchSort.Newest => new Sort(PublishedOrder.SortField(newestFirst: true), SortField.FIELD_SCORE),
        SearchSort.Oldest => new Sort(PublishedOrder.SortField(newestFirst: false), SortField.FIELD_SCORE),
        _ => new Sort(SortField.FIELD_SCORE, PublishedOrder.SortField(newestFirst: true)),
    };

    /// <summary>The words and phrases the query looks for in this field (not the excluded ones), for marking.</summary>
    internal static IEnumerable<string> SurfaceTerms(QueryNode node, string field) => node switch
    {
        TextNode text when text.Field is null || text.Field == field => [text.Text],
        AndNode and => and.Children.SelectMany(c => SurfaceTerms(c, field)),
        OrNode or => or.Children.SelectMany(c => SurfaceTerms(c, field)),
        _ => [],
    };
}
