using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Indexing;

/// <summary>A short-lived hold on the current searcher; releasing it lets the manager retire old readers.</summary>
internal sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private IndexSearcher? _searcher;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        _searcher = manager.Acquire();
    }

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        if (_searcher is { } searcher)
        {
            _searcher = null;
            _manager.Release(searcher);
        }
    }
}

/// <summary>Id lookups on a searcher.</summary>
internal static class SearcherIdLookup
{
    /// <summary>The live document with this id, if any.</summary>
    public static int? FindDocId(this IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(NewsFields.Id, id)), 1);
        return top.TotalHits > 0 ? top.ScoreDocs[0].Doc : null;
    }

    /// <summary>A stored field of the live document with this id, or null when there is none.</summary>
    public static string? FindStoredValue(this IndexSearcher searcher, string id, string field) =>
        searcher.FindDocId(id) is { } docId ? searcher.Doc(docId).Get(field) : null;
}
