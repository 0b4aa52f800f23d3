using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// BM25 over exact field lengths. Lucene.Net 4.8's <see cref="BM25Similarity"/> keeps a field's length as one byte
/// (1/√length in <see cref="SmallSingle"/>), so lengths 11-16 all read as 16 and 114-163 as 163.8: short headlines and
/// paragraphs of different lengths score alike. Norms in 4.8 are <see cref="NumericDocValues"/>, so this similarity
/// stores the length itself (tokens minus overlaps, as BM25Similarity counts them) and scores with it; idf and the
/// average length count the documents that have the field (<see cref="CollectionStatistics.DocCount"/>), as Lucene 8
/// does, instead of every document (for the sparse deck-line field most articles have none).
/// </summary>
/// <remarks>
/// The writer and every searcher must use it: an index written with <see cref="BM25Similarity"/> holds byte norms
/// that this class would read as lengths. Index-time boosts are not supported (the project sets none).
/// </remarks>
internal sealed class ExactLengthBm25Similarity : Similarity
{
    private readonly Bm25Parameters _parameters;

    public ExactLengthBm25Similarity()
        : this(Bm25Parameters.Default)
    {
    }

    public ExactLengthBm25Similarity(Bm25Parameters parameters)
    {
        _parameters = parameters;
    }

    /// <summary>The exact length: what the norm of the field holds.</summary>
    public override long ComputeNorm(FieldInvertState state) => state.Length - state.NumOverlap;

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        var documents = _parameters.CountFieldDocuments && collectionStats.DocCount > 0 ? collectionStats.DocCount : collectionStats.MaxDoc;
        var idf = termStats.Sum(t => Idf(t.DocFreq, documents));
        var averageLength = collectionStats.SumTotalTermFreq > 0 && documents > 0
            ? (float)(collectionStats.SumTotalTermFreq / (double)documents)
            : 1f;
        return new Bm25Weight(collectionStats.Field, idf, queryBoost, averageLength);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Bm25Weight)weight;
        return new Bm25Scorer(_parameters, stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    public override string ToString() => $"ExactLengthBM25(k1={_parameters.K1},b={_parameters.B})";

    /// <summary>BM25's idf, as Lucene defines it: <c>log(1 + (N - df + 0.5) / (df + 0.5))</c>, never negative.</summary>
    private static float Idf(long docFreq, long documents) =>
        (float)Math.Log(1 + (documents - docFreq + 0.5d) / (docFreq + 0.5d));

    /// <summary>The length 4.8's byte norm would have kept: for measuring what exact lengths change.</summary>
    internal static float QuantizedLength(long length)
    {
        if (length <= 0)
        {
            // 1/√0 is infinite: SmallFloat stores its largest value, which decodes to a length near zero.
            length = 0;
        }

        var stored = SmallSingle.Byte315ToSingle(SmallSingle.SingleToByte315(1f / MathF.Sqrt(length)));
        return 1f / (stored * stored);
    }

    private sealed class Bm25Weight(string field, float idf, float queryBoost, float averageLength) : SimWeight
    {
        public string Field { get; } = field;

        public float AverageLength { get; } = averageLength;

        /// <summary>idf times every boost: the score of a term with saturated frequency in an average-length field.</summary>
        public float Weight { get; private set; } = idf * queryBoost;

        // A TF-IDF-like value keeps Lucene's query normalisation well defined; BM25 ignores the norm it hands back.
        public override float GetValueForNormalization() => idf * queryBoost * (idf * queryBoost);

        public override void Normalize(float queryNorm, float topLevelBoost) => Weight = idf * queryBoost * topLevelBoost;
    }

    private sealed class Bm25Scorer : SimScorer
    {
        private readonly NumericDocValues? _lengths;
        private readonly float _weightTimesK1Plus1;
        private readonly float _k1;
        private readonly float _constantPart;
        private readonly float _lengthPart;
        private readonly bool _quantized;

        public Bm25Scorer(Bm25Parameters parameters, Bm25Weight weight, NumericDocValues? lengths)
        {
            _lengths = lengths;
            _k1 = parameters.K1;
            _weightTimesK1Plus1 = weight.Weight * (parameters.K1 + 1);
            _constantPart = parameters.K1 * (1 - parameters.B);
            _lengthPart = parameters.K1 * parameters.B / weight.AverageLength;
            _quantized = parameters.QuantizeLengths;
        }

        public override float Score(int doc, float freq)
        {
            // Without norms (a field that omits them) the length does not matter: b = 0.
            if (_lengths is null)
            {
                return _weightTimesK1Plus1 * freq / (freq + _k1);
            }

            var length = _lengths.Get(doc);
            var usedLength = _quantized ? QuantizedLength(length) : length;
            return _weightTimesK1Plus1 * freq / (freq + _constantPart + (_lengthPart * usedLength));
        }

        public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
    }
}

/// <summary>BM25 settings of <see cref="ExactLengthBm25Similarity"/>.</summary>
/// <param name="K1">Term-frequency saturation.</param>
/// <param name="B">How much the field length normalises term frequency (0: not at all, 1: fully).</param>
/// <param name="CountFieldDocuments">idf and average length over the documents that have the field (Lucene 8) instead of all documents (Lucene 4.8).</param>
/// <param name="QuantizeLengths">Read lengths as 4.8's one-byte norm would have kept them: only to measure what exact lengths change.</param>
internal sealed record Bm25Parameters(float K1 = 1.2f, float B = 0.75f, bool CountFieldDocuments = true, bool QuantizeLengths = false)
{
    /// <summary>k1 = 1.2, b = 0.75, per-field document counts, exact lengths.</summary>
    public static Bm25Parameters Default { get; } = new();
}
