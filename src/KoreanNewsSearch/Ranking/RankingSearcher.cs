using KoreanNewsSearch.Querying;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// The searcher of one request, over the shared searcher's reader: it scores with the request's BM25 settings, and
/// its queries share one set of <see cref="TermStates"/>.
/// </summary>
internal sealed class RankingSearcher : IndexSearcher
{
    private RankingSearcher(IndexSearcher shared, Similarity similarity)
        : base(shared.TopReaderContext)
    {
        Similarity = similarity;
        TermStates = TermStates.For(TopReaderContext);
    }

    /// <summary>The term states of this request's queries.</summary>
    public TermStates TermStates { get; }

    /// <summary>A searcher for one request (one thread) over <paramref name="shared"/>'s reader.</summary>
    public static RankingSearcher For(IndexSearcher shared, RankingOptions ranking) =>
        new(shared, ranking.Bm25 == Bm25Parameters.Default ? shared.Similarity : new ExactLengthBm25Similarity(ranking.Bm25));
}
