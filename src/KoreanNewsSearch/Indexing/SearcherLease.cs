using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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
    /// <remarks>
    /// A term seek in each segment that may hold the id (<see cref="SegmentTermFilter"/>), not a scored search:
    /// ingest looks up every article it adds, and most ids are new.
    /// </remarks>
    public static int? FindDocId(this IndexSearcher searcher, string id) =>
        SegmentTermFilter.LiveDocsWith(searcher.IndexReader, NewsFields.Id, new BytesRef(id)).Select(doc => (int?)doc).FirstOrDefault();

    /// <summary>A stored field of the live document with this id, or null when there is none.</summary>
    /// <remarks>Reads only that field: the stored article beside it is not decoded.</remarks>
    public static string? FindStoredValue(this IndexSearcher searcher, string id, string field)
    {
        if (searcher.FindDocId(id) is not { } docId)
        {
            return null;
        }

        var visitor = new DocumentStoredFieldVisitor(field);
        searcher.Doc(docId, visitor);
        return visitor.Document.Get(field);
    }
}
