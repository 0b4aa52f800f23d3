using System.Diagnostics;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ranking;
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
        searcher = RankingSearcher.For(searcher, request.Ranking);
        var parsed = NewsQueryParser.Parse(request.Query);
        var results = Run(searcher, request, parsed);
        if (RelaxedSearch.IsWorthTrying(request, parsed, results.Total)
            && Run(searcher, request with { Mode = QueryMode.Any }, parsed) is { } relaxed
            && relaxed.Total > results.Total)
        {
            results = RelaxedSearch.Mark(searcher, request, parsed, relaxed);
        }

        return results with { Elapsed = clock.Elapsed };
    }

    private static SearchResults Run(IndexSearcher searcher, SearchRequest request, QueryNode parsed)
    {
        var query = NewsQueryBuilder.Build(parsed, request);

        var wanted = Math.Max(1, Math.Min(request.Offset + request.Limit, searcher.IndexReader.MaxDoc));
        var folding = request.FoldDuplicates ? new DuplicateFoldingCollector(request.Sort, wanted, searcher.IndexReader) : null;
        var top = folding is null
            ? TopFieldCollector.Create(SortFor(request.Sort), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: !PositionalReadDirectory.CollectorsAcceptDocsOutOfOrder)
            : null;
        ICollector ranking = (ICollector?)folding ?? top!;
        var facets = request.Facets ? new FacetCollector() : null;
        searcher.Search(query, facets is null ? ranking : MultiCollector.Wrap(ranking, facets));

        var page = folding?.Page(request.Offset, request.Limit)
            ?? [.. top!.GetTopDocs(request.Offset, request.Limit).ScoreDocs.Select(d => new RankedDoc(d.Doc, d.Score, 0))];
        var titleMarks = new SnippetBuilder(request.Highlight ? SurfaceTerms(parsed, NewsFields.Title) : [], request.Synonyms);
        var bodyMarks = new SnippetBuilder(request.Highlight ? SurfaceTerms(parsed, NewsFields.Body) : [], request.Synonyms);
        var total = folding?.TotalHits ?? top!.TotalHits;
        return new SearchResults
        {
            Total = total,
            FoldedTotal = folding?.GroupCount ?? total,
            Hits = ToHits(searcher, page, titleMarks, bodyMarks),
            Facets = facets?.ToFacets(),
        };
    }

    /// <summary>The hits of a page: stored articles with score, duplicate count, highlighted title and snippet.</summary>
    internal static List<SearchHit> ToHits(IndexSearcher searcher, IEnumerable<RankedDoc> page, SnippetBuilder titleMarks, SnippetBuilder bodyMarks) =>
        [.. page.Select(ranked =>
        {
            var article = NewsDocumentMapper.FromDocument(searcher.Doc(ranked.Doc, StoredArticleOnly));
            return new SearchHit
            {
                Article = article,
                Score = float.IsNaN(ranked.Score) ? 0f : ranked.Score,
                DuplicateCount = ranked.DuplicateCount,
                HighlightedTitle = titleMarks.Highlight(article.Title),
                Snippet = bodyMarks.Snippet(article.Body),
            };
        })];

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
