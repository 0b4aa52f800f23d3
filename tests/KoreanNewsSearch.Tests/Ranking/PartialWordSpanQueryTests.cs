using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace KoreanNewsSearch.Tests.Ranking;

/// <summary>
/// A one-syllable phrase end enumerated per segment gives the spans Lucene's multi-term wrapper gives after rewriting
/// to every expanded term, on real Wikinews articles in several segments.
/// </summary>
public sealed class PartialWordSpanQueryTests : IDisposable
{
    private readonly NewsIndex _index = SegmentedSample.Create();

    public void Dispose() => _index.Dispose();

    /// <summary>
    /// The standard Lucene query for <paramref name="spans"/>: each <see cref="PartialWordSpanQuery"/> replaced by the
    /// multi-term wrapper of the prefix or wildcard query it stands for.
    /// </summary>
    internal static SpanQuery AsLuceneExpansion(SpanQuery spans) => spans switch
    {
        SpanNearQuery near => new SpanNearQuery([.. near.GetClauses().Select(AsLuceneExpansion)], near.Slop, near.IsInOrder),
        PartialWordSpanQuery { Place: SyllablePlace.WordStart } part =>
            new SpanMultiTermQueryWrapper<PrefixQuery>(new PrefixQuery(part.Syllable)),
        PartialWordSpanQuery part => new SpanOrQuery(
            new SpanTermQuery(part.Syllable),
            new SpanMultiTermQueryWrapper<WildcardQuery>(new WildcardQuery(new Term(part.Field, "?" + part.Syllable.Text)))),
        _ => spans,
    };

    [Theory]
    [InlineData("방", true)]
    [InlineData("대", true)]
    [InlineData("원", false)]
    [InlineData("씨", false)]
    [InlineData("뷁", true)]
    public void Spans_are_those_of_the_rewritten_multi_term_wrapper(string syllable, bool startsWord)
    {
        using var lease = _index.AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        Assert.True(reader.Leaves.Count >= 3);
        var query = new PartialWordSpanQuery(new Term(NewsFields.Body, syllable), startsWord ? SyllablePlace.WordStart : SyllablePlace.WordEnd);
        var lucene = (SpanQuery)AsLuceneExpansion(query).Rewrite(reader);

        foreach (var segment in reader.Leaves)
        {
            var expected = AllSpans(lucene.GetSpans(segment, segment.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>()));
            var actual = AllSpans(query.GetSpans(segment, segment.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>()));
            Assert.Equal(expected, actual);
            Assert.Equal(SkippedSpans(lucene.GetSpans(segment, segment.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>())),
                SkippedSpans(query.GetSpans(segment, segment.AtomicReader.LiveDocs, new Dictionary<Term, TermContext>())));
        }

        var matched = new HashSet<Term>();
        lucene.ExtractTerms(matched);
        Assert.Equal(syllable == "뷁", matched.Count == 0);
    }

    private static List<(int Doc, int Start, int End)> AllSpans(Spans spans)
    {
        var all = new List<(int, int, int)>();
        while (spans.MoveNext())
        {
            all.Add((spans.Doc, spans.Start, spans.End));
        }

        return all;
    }

    // Every 7th document skipped to, as a phrase's other terms make it skip: the first span of each document reached.
    private static List<(int Doc, int Start)> SkippedSpans(Spans spans)
    {
        var reached = new List<(int, int)>();
        for (var target = 0; spans.SkipTo(target); target = spans.Doc + 7)
        {
            reached.Add((spans.Doc, spans.Start));
        }

        return reached;
    }
}
