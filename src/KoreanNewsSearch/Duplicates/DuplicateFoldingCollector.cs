using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Duplicates;

/// <summary>
/// Collects every match and keeps one per duplicate group: the member that ranks first in the requested order, with
/// the number of other matching members. Articles in no group shared with another document (nearly all of them, and
/// those indexed before grouping existed) stand alone.
/// </summary>
/// <remarks>
/// <para>All matches are visited (the totals are exact) and only group leaders are ranked, so page <c>n</c> is the
/// same slice of one total order whatever the page size: paging never shows a group twice or skips one. Ties break on
/// the document number, as Lucene's own collectors do.</para>
/// <para>Only members of <see cref="SharedGroupKeys"/> groups are kept and folded; an article standing alone goes to a
/// bounded queue of the best <c>offset + limit</c>, like Lucene's top-documents collectors, and in a date order it
/// is not even scored unless its date could put it on the page.</para>
/// </remarks>
internal sealed class DuplicateFoldingCollector : ICollector
{
    private readonly SearchSort _sort;
    private readonly int _wanted;
    private readonly IndexReader _reader;
    private readonly PriorityQueue<Member, Member> _bestAlone;
    private readonly List<Member> _leaders = [];
    private readonly Dictionary<long, int> _leaderOfGroup = [];
    private readonly long _missingPublished;
    private int _aloneCount;
    private Scorer? _scorer;
    private int _docBase;
    private long[] _groups = [];
    private bool[] _inSharedGroup = [];
    private long[] _published = [];

    /// <summary>A collector for pages that end at most at <paramref name="wanted"/> (offset + limit).</summary>
    /// <param name="sort">The order of the results.</param>
    /// <param name="wanted">The end of the furthest page that <see cref="Page"/> will be asked for (or at least the
    /// number of documents, when that is smaller).</param>
    /// <param name="reader">The reader searched, whose <see cref="SharedGroupKeys"/> are folded.</param>
    public DuplicateFoldingCollector(SearchSort sort, int wanted, IndexReader reader)
    {
        _sort = sort;
        _wanted = Math.Max(1, wanted);
        _reader = reader;
        _missingPublished = sort == SearchSort.Oldest ? long.MaxValue : long.MinValue;
        _bestAlone = new PriorityQueue<Member, Member>(Comparer<Member>.Create((a, b) => Compare(b, a)));
    }

    /// <summary>Every matching article, copies included.</summary>
    public int TotalHits { get; private set; }

    /// <summary>Matching groups (an article without copies is a group of one).</summary>
    public int GroupCount => _aloneCount + _leaders.Count;

    public bool AcceptsDocsOutOfOrder => PositionalReadDirectory.CollectorsAcceptDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _groups = SegmentNumericColumns.For(reader, NewsFields.DuplicateGroupKey);
        _inSharedGroup = SharedGroupKeys.MembersIn(_reader, context);
        _published = SegmentPublishTimes.For(reader);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        if (!_inSharedGroup[doc])
        {
            _aloneCount++;
            CollectAlone(doc);
            return;
        }

        var key = _groups[doc];
        var member = new Member(_docBase + doc, _scorer?.GetScore() ?? 0f, PublishedOf(doc), 1);
        if (!_leaderOfGroup.TryGetValue(key, out var at))
        {
            _leaderOfGroup[key] = _leaders.Count;
            _leaders.Add(member);
            return;
        }

        var leader = _leaders[at];
        _leaders[at] = Compare(member, leader) < 0 ? member with { Count = leader.Count + 1 } : leader with { Count = leader.Count + 1 };
    }

    /// <summary>The leaders ranked <paramref name="offset"/> to <paramref name="offset"/> + <paramref name="limit"/> - 1.</summary>
    public IReadOnlyList<RankedDoc> Page(int offset, int limit)
    {
        // A bounded heap of the best offset + limit leaders, worst on top: no full sort of every group.
        var worstFirst = new PriorityQueue<Member, Member>(Comparer<Member>.Create((a, b) => Compare(b, a)));
        foreach (var leader in _leaders.Concat(_bestAlone.UnorderedItems.Select(item => item.Element)))
        {
            if (worstFirst.Count < offset + limit)
            {
                worstFirst.Enqueue(leader, leader);
            }
            else if (Compare(leader, worstFirst.Peek()) < 0)
            {
                worstFirst.DequeueEnqueue(leader, leader);
            }
        }

        var best = new List<Member>(worstFirst.Count);
        while (worstFirst.TryDequeue(out var member, out _))
        {
            best.Add(member);
        }

        best.Reverse();
        return [.. best.Skip(offset).Select(m => new RankedDoc(m.Doc, m.Score, m.Count - 1))];
    }

    /// <summary>
    /// Offers an article that stands alone to the bounded queue. Once the queue is full, most matches of a common word
    /// rank below its worst member, and the cheapest test tells: in a date order an older (or newer) date, then not
    /// even scored; in the relevance order a lower score (ties go on to the full comparison). Measured on
    /// 1,000,000 synthetic articles, where 공 matches 800,595 of them: comparing every match in full cost 17 ms more
    /// than Lucene's own top-documents collector.
    /// </summary>
    private void CollectAlone(int doc)
    {
        var full = _bestAlone.Count == _wanted;
        if (full && !DateMayRankAbove(PublishedOf(doc), _bestAlone.Peek()))
        {
            return;
        }

        var score = _scorer?.GetScore() ?? 0f;
        if (full && _sort == SearchSort.Relevance && score < _bestAlone.Peek().Score)
        {
            return;
        }

        var alone = new Member(_docBase + doc, score, PublishedOf(doc), 1);
        if (!full)
        {
            _bestAlone.Enqueue(alone, alone);
        }
        else if (Compare(alone, _bestAlone.Peek()) < 0)
        {
            _bestAlone.DequeueEnqueue(alone, alone);
        }
    }

    private long PublishedOf(int doc) => _published[doc] is var time && time != SegmentPublishTimes.Missing ? time : _missingPublished;

    // In a date order only an article dated at least as well as the worst kept one can take its place (on the same
    // date the score decides): the others need no score.
    private bool DateMayRankAbove(long published, Member worst) => _sort switch
    {
        SearchSort.Newest => published >= worst.Published,
        SearchSort.Oldest => published <= worst.Published,
        _ => true,
    };

    private int Compare(Member a, Member b)
    {
        var order = _sort switch
        {
            SearchSort.Newest => Chain(b.Published.CompareTo(a.Published), b.Score.CompareTo(a.Score)),
            SearchSort.Oldest => Chain(a.Published.CompareTo(b.Published), b.Score.CompareTo(a.Score)),
            _ => Chain(b.Score.CompareTo(a.Score), b.Published.CompareTo(a.Published)),
        };
        return order != 0 ? order : a.Doc.CompareTo(b.Doc);
    }

    private static int Chain(int first, int second) => first != 0 ? first : second;

    private readonly record struct Member(int Doc, float Score, long Published, int Count);
}

/// <summary>A document of a result page: its number, score and how many other matching copies it stands for.</summary>
/// <param name="Doc">The top-level document number.</param>
/// <param name="Score">Its score.</param>
/// <param name="DuplicateCount">Matching copies folded into it; 0 when alone or not folding.</param>
internal readonly record struct RankedDoc(int Doc, float Score, int DuplicateCount);
