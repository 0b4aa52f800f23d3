using Lucene.Net.Search;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// A disjunction of the words of a question that scales each document's summed score by the share of the words it
/// matches, raised to <see cref="Exponent"/>: <c>(matched / words)^exponent</c>. BM25 sums, so a document holding
/// three rare words many times can outscore the one holding every word of the question once; a headline typed from
/// memory or a question asked about a paragraph names most of its words. This is Lucene's classic coordination factor,
/// which <see cref="ExactLengthBm25Similarity"/> (like BM25 in Lucene) leaves at 1, applied to this query only.
/// </summary>
internal sealed class WordCoverageQuery : BooleanQuery
{
    /// <summary>A disjunction whose score is scaled by the share of its clauses matched, raised to <paramref name="exponent"/>.</summary>
    public WordCoverageQuery(float exponent)
        : base(disableCoord: false)
    {
        Exponent = exponent;
    }

    /// <summary>0 scores as a plain disjunction; 1 scales by the share of words matched; 2 by its square.</summary>
    public float Exponent { get; }

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new CoverageWeight(this, searcher);

    /// <inheritdoc/>
    public override string ToString(string field) => $"coverage^{Exponent}({base.ToString(field)})";

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WordCoverageQuery other && other.Exponent == Exponent && base.Equals(obj);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Exponent);

    private sealed class CoverageWeight(WordCoverageQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: false)
    {
        public override float Coord(int overlap, int maxOverlap) =>
            maxOverlap <= 1 || query.Exponent == 0f ? 1f : MathF.Pow(overlap / (float)maxOverlap, query.Exponent);
    }
}
