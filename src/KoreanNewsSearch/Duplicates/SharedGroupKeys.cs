using System.Runtime.CompilerServices;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Index;

namespace KoreanNewsSearch.Duplicates;

/// <summary>
/// The folding keys of the duplicate groups that more than one document of an index reader belongs to: the only
/// groups search has to fold. Worked out once per segment and once per reader (a refresh makes a new reader).
/// </summary>
/// <remarks>
/// Nearly every article is a group of one (on the Chosun corpus 173 of 56,663 articles have copies): a search that
/// treated every match as a group to look up and keep spent more on that than on matching.
/// Deleted documents still count, so a group whose copies were deleted may be folded for nothing; never the reverse.
/// </remarks>
internal static class SharedGroupKeys
{
    private static readonly ConditionalWeakTable<object, SegmentKeys> Segments = new();
    private static readonly ConditionalWeakTable<IndexReader, HashSet<long>> Readers = new();
    private static readonly ConditionalWeakTable<IndexReader, MemberFlags> Members = new();

    /// <summary>The keys of groups with at least two documents in <paramref name="reader"/>.</summary>
    public static IReadOnlySet<long> Of(IndexReader reader) => Readers.GetValue(reader, Collect);

    /// <summary>
    /// For each document of the segment <paramref name="leaf"/> of <paramref name="reader"/>, whether it belongs to one of
    /// the reader's shared groups: one array read per match where a set lookup of its key cost 12 ms of the 52 ms of a
    /// one-syllable query matching 800,595 of 1,000,000 articles. Worked out once per segment and reader.
    /// </summary>
    public static bool[] MembersIn(IndexReader reader, AtomicReaderContext leaf) =>
        Members.GetValue(reader, static top => new MemberFlags(top.Leaves.Count)).Of(leaf, Of(reader));

    private static HashSet<long> Collect(IndexReader reader)
    {
        var shared = new HashSet<long>();
        var seen = new HashSet<long>();
        foreach (var leaf in reader.Leaves)
        {
            var keys = Segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => SegmentKeys.Of(leaf.AtomicReader));
            shared.UnionWith(keys.Repeated);
            foreach (var key in keys.Distinct)
            {
                if (!seen.Add(key))
                {
                    shared.Add(key);
                }
            }
        }

        return shared;
    }

    private sealed class MemberFlags(int segments)
    {
        private readonly bool[]?[] _bySegment = new bool[segments][];

        public bool[] Of(AtomicReaderContext leaf, IReadOnlySet<long> shared)
        {
            // Racing threads work out the same flags; a reference store is atomic.
            if (Volatile.Read(ref _bySegment[leaf.Ord]) is { } known)
            {
                return known;
            }

            var keys = SegmentNumericColumns.For(leaf.AtomicReader, NewsFields.DuplicateGroupKey);
            var flags = new bool[keys.Length];
            for (var doc = 0; doc < keys.Length; doc++)
            {
                flags[doc] = keys[doc] != SegmentNumericColumns.Missing && shared.Contains(keys[doc]);
            }

            Volatile.Write(ref _bySegment[leaf.Ord], flags);
            return flags;
        }
    }

    private sealed record SegmentKeys(long[] Distinct, long[] Repeated)
    {
        public static SegmentKeys Of(AtomicReader segment)
        {
            // The column the folding collector reads anyway: the segment's doc values are decoded once for both.
            var keys = new List<long>(segment.MaxDoc);
            foreach (var key in SegmentNumericColumns.For(segment, NewsFields.DuplicateGroupKey))
            {
                if (key != SegmentNumericColumns.Missing)
                {
                    keys.Add(key);
                }
            }

            keys.Sort();
            var distinct = new List<long>(keys.Count);
            var repeated = new List<long>();
            for (var i = 0; i < keys.Count; i++)
            {
                if (i > 0 && keys[i] == keys[i - 1])
                {
                    if (repeated.Count == 0 || repeated[^1] != keys[i])
                    {
                        repeated.Add(keys[i]);
                    }
                }
                else
                {
                    distinct.Add(keys[i]);
                }
            }

            return new SegmentKeys([.. distinct], [.. repeated]);
        }
    }
}
