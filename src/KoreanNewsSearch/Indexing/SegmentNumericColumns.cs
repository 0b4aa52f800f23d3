using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// A segment's numeric doc values decoded once into an array by document number, kept while the segment lives
/// (keyed by its core, which reopened readers share). Searches read a value for every match (publish time for
/// sorting, date ranges and folding, the duplicate group key for folding): through Lucene's packed readers each read
/// is a buffered file read, and a one-syllable query has 10k-30k matches. 8 bytes a document and field.
/// </summary>
internal static class SegmentNumericColumns
{
    /// <summary>
    /// Stands for "no value". Publish times cannot be this small; a group key (a 64-bit hash) is this value once in
    /// 2^64 groups, and that group's members would then each stand alone.
    /// </summary>
    public const long Missing = long.MinValue;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, long[]>> Cache = new();

    /// <summary>The values of <paramref name="field"/> in the segment of <paramref name="reader"/>, <see cref="Missing"/> where a document has none.</summary>
    public static long[] For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, long[]>(StringComparer.Ordinal))
            .GetOrAdd(field, static (name, segment) => Read(segment, name), reader);

    private static long[] Read(AtomicReader reader, string field)
    {
        var column = new long[reader.MaxDoc];
        var values = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        for (var doc = 0; doc < column.Length; doc++)
        {
            column[doc] = values is not null && present is not null && present.Get(doc) ? values.Get(doc) : Missing;
        }

        return column;
    }
}
