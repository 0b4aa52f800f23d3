using KoreanNewsSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Querying;

/// <summary>Counts the source, reporter and month of every matching document from sorted-set doc values.</summary>
internal sealed class FacetCollector : ICollector
{
    private const int TopReporters = 20;

    private readonly FieldCounter _sources = new(NewsFields.Source);
    private readonly FieldCounter _reporters = new(NewsFields.Reporter);
    private readonly FieldCounter _months = new(NewsFields.Month);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _sources.SetNextReader(context.AtomicReader);
        _reporters.SetNextReader(context.AtomicReader);
        _months.SetNextReader(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        _sources.Collect(doc);
        _reporters.Collect(doc);
        _months.Collect(doc);
    }

    public SearchFacets ToFacets() => new(
        IndexStatsCollector.Ranked(_sources.Finish(), int.MaxValue),
        IndexStatsCollector.Ranked(_reporters.Finish(), TopReporters),
        _months.Finish().OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new ValueCount(m.Key, m.Value)).ToList());

    /// <summary>Counts per segment ordinal, then folds them into value counts when the segment is done.</summary>
    private sealed class FieldCounter(string field)
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private SortedSetDocValues? _values;
        private int[] _perOrdinal = [];

        public void SetNextReader(AtomicReader reader)
        {
            FlushSegment();
            _values = reader.GetSortedSetDocValues(field);
            _perOrdinal = _values is null ? [] : new int[_values.ValueCount];
        }

        public void Collect(int doc)
        {
            if (_values is not { } values)
            {
                return;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _perOrdinal[ord]++;
            }
        }

        public Dictionary<string, int> Finish()
        {
            FlushSegment();
            _values = null;
            return _counts;
        }

        private void FlushSegment()
        {
            if (_values is not { } values)
            {
                return;
            }

            var term = new BytesRef();
            for (var ord = 0; ord < _perOrdinal.Length; ord++)
            {
                if (_perOrdinal[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _counts[key] = _counts.GetValueOrDefault(key) + _perOrdinal[ord];
                }
            }
        }
    }
}
