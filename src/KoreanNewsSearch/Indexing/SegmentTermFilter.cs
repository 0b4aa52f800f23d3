using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// A Bloom filter of the terms one field has in one segment: answers "certainly absent" for most terms the segment does
/// not hold without touching its terms dictionary. Built once per segment core (segments never change; deletions do not
/// remove terms) and kept while the segment is in use.
/// </summary>
/// <remarks>
/// Ingest looks up keys that are almost never there (the band keys of a body fingerprint, the id of a new article as a
/// group label): a term seek into every segment costs a few microseconds each, and 33 of them per article per segment
/// made duplicate grouping cost more than the indexing itself. Ten bits a term and seven probes answer a wrong
/// "maybe" for about one key in a hundred.
/// </remarks>
internal sealed class SegmentTermFilter
{
    private const int BitsPerTerm = 10;
    private const int Probes = 7;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentTermFilter>> Filters = new();

    private readonly ulong[] _words;
    private readonly ulong _bitMask;

    private SegmentTermFilter(long termCount)
    {
        var bits = BitOperations.RoundUpToPowerOf2((ulong)Math.Max(64, termCount * BitsPerTerm));
        _words = new ulong[bits / 64];
        _bitMask = bits - 1;
    }

    /// <summary>The filter of <paramref name="field"/> in the segment, built on first use.</summary>
    public static SegmentTermFilter For(AtomicReader segment, string field) =>
        Filters.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentTermFilter>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => Build(segment, field));

    /// <summary>
    /// The live documents of <paramref name="reader"/> (top-level numbers, in order) that hold <paramref name="term"/>
    /// in <paramref name="field"/>: a term seek only in the segments whose filter does not rule the term out.
    /// </summary>
    public static IEnumerable<int> LiveDocsWith(IndexReader reader, string field, BytesRef term)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (!For(leaf.AtomicReader, field).MayContain(term))
            {
                continue;
            }

            var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(term))
            {
                continue;
            }

            var docs = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                yield return leaf.DocBase + doc;
            }
        }
    }

    /// <summary>False when the segment certainly has no such term; true when it may.</summary>
    public bool MayContain(BytesRef term)
    {
        var (start, step) = Hashes(term);
        for (var probe = 0UL; probe < Probes; probe++)
        {
            var bit = (start + (probe * step)) & _bitMask;
            if ((_words[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static SegmentTermFilter Build(AtomicReader segment, string field)
    {
        var terms = segment.GetTerms(field);
        var filter = new SegmentTermFilter(terms is null ? 0 : Math.Max(terms.Count, segment.MaxDoc));
        if (terms is null)
        {
            return filter;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            filter.Add(termsEnum.Term);
        }

        return filter;
    }

    private void Add(BytesRef term)
    {
        var (start, step) = Hashes(term);
        for (var probe = 0UL; probe < Probes; probe++)
        {
            var bit = (start + (probe * step)) & _bitMask;
            _words[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    // Double hashing (Kirsch and Mitzenmacher): two halves of one 64-bit hash give all the probes; the step is odd so
    // that it walks the whole power-of-two table.
    private static (ulong Start, ulong Step) Hashes(BytesRef term)
    {
        var hash = 0xCBF29CE484222325UL;
        var bytes = term.Bytes.AsSpan(term.Offset, term.Length);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (hash & 0xFFFFFFFFUL, (hash >> 32) | 1);
    }
}
