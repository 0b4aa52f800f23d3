using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Querying;

// PLACEHOLDER: replaced by the query layer work (syntax, filters, sorting, snippets, facets).
internal static class NewsSearchExecutor
{
    public static SearchResults Execute(IndexSearcher searcher, SearchRequest request)
    {
        var query = new BooleanQuery();
        foreach (var word in request.Query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var perWord = new BooleanQuery();
            foreach (var field in NewsFields.DefaultTextFields)
            {
                if (TextFieldLayout.BuildQuery(field, word) is { } q)
                {
                    perWord.Add(q, Occur.SHOULD);
                }
            }

            query.Add(perWord, Occur.MUST);
        }

        var top = searcher.Search(query, request.Offset + request.Limit);
        return new SearchResults
        {
            Total = top.TotalHits,
            Hits = top.ScoreDocs.Skip(request.Offset).Select(d => NewsDocumentMapper.FromDocument(searcher.Doc(d.Doc))).ToList(),
        };
    }
}
