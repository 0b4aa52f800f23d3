using KoreanNewsSearch.Querying;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Ranking;

/// <summary>The searcher that scores a request: the shared one, or for tuned BM25 settings one over the same reader.</summary>
internal static class RankingSearcher
{
    public static IndexSearcher For(IndexSearcher shared, RankingOptions ranking) =>
        ranking.Bm25 == Bm25Parameters.Default
            ? shared
            : new IndexSearcher(shared.IndexReader) { Similarity = new ExactLengthBm25Similarity(ranking.Bm25) };
}
