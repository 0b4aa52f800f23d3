using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private readonly FieldCounter _sections = new(NewsFields.Section);

    public bool AcceptsDocsOutOfOrder => PositionalReadDirectory.CollectorsAcceptDocsOutOfOrder;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _sources.SetNextReader(context.AtomicReader);
        _reporters.SetNextReader(context.AtomicReader);
        _months.SetNextReader(context.AtomicReader);
        _sections.SetNextReader(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        _sources.Collect(doc);
        _reporters.Collect(doc);
        _months.Collect(doc);
        _sections.Collect(doc);
    }

    public SearchFacets ToFacets() => new(
        IndexStatsCollector.Ranked(_sources.Finish(), int.MaxValue),
        IndexStatsCollector.Ranked(_reporters.Finish(), TopReporters),
        _months.Finish().OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new ValueCount(m.Key, m.Value)).ToList())
    {
        Sections = IndexStatsCollector.Ranked(_sections.Finish(), int.MaxValue),
    };
}

/// <summary>Counts per segment ordinal, then folds them into value counts when the segment is done.</summary>
internal sealed class FieldCounter(string field)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SegmentOrdinals? _segment;
    private int[] _perOrdinal = [];

    public void SetNextReader(AtomicReader reader)
    {
        FlushSegment();
        _segment = SegmentOrdinals.For(reader, field);
        _perOrdinal = new int[_segment.Values.Length];
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        for (var i = segment.Starts[doc]; i < segment.Starts[doc + 1]; i++)
        {
            _perOrdinal[segment.Ordinals[i]]++;
        }
    }

    public Dictionary<string, int> Finish()
    {
        FlushSegment();
        _segment = null;
        return _counts;
    }

    private void FlushSegment()
    {
        if (_segment is not { } segment)
        {
            return;
        }

        for (var ord = 0; ord < _perOrdinal.Length; ord++)
        {
            if (_perOrdinal[ord] > 0)
            {
                var key = segment.Values[ord];
                _counts[key] = _counts.GetValueOrDefault(key) + _perOrdinal[ord];
            }
        }
    }
}

/// <summary>
/// The sorted-set doc values of one field of one segment as flat arrays, decoded once and kept while the segment
/// lives: walking Lucene's packed doc values per hit costs microseconds, and a broad query has tens of thousands of hits.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals>> Cache = new();

    private SegmentOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
    }

    /// <summary>Where each document's ordinals begin in <see cref="Ordinals"/>; one entry more than documents.</summary>
    public int[] Starts { get; }

    /// <summary>The ordinals of every document, in document order.</summary>
    public int[] Ordinals { get; }

    /// <summary>The value of each ordinal.</summary>
    public string[] Values { get; }

    public static SegmentOrdinals For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => Read(reader, field));

    private static SegmentOrdinals Read(AtomicReader reader, string field)
    {
        var starts = new int[reader.MaxDoc + 1];
        var docValues = reader.GetSortedSetDocValues(field);
        if (docValues is null)
        {
            return new SegmentOrdinals(starts, [], []);
        }

        var ordinals = new List<int>(reader.MaxDoc);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        starts[reader.MaxDoc] = ordinals.Count;
        var values = new string[docValues.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < values.Length; ord++)
        {
            docValues.LookupOrd(ord, term);
            values[ord] = term.Utf8ToString();
        }

        return new SegmentOrdinals(starts, [.. ordinals], values);
    }
}
