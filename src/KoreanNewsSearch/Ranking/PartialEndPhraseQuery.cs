using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// A span phrase whose one-syllable ends may be parts of longer words (<c>PC방</c>: pc, then any bigram starting with
/// 방), matched as its spans match but weighted like a phrase of its words: idf from <see cref="ScoringTerms"/>, the
/// phrase's whole terms plus each partial end's syllable as the unigram field counts it.
/// </summary>
/// <remarks>
/// Lucene's <see cref="SpanWeight"/> sums the idf of every term its spans expand to: a phrase end of 방 expands to the
/// 328 bigrams that start with it in the Chosun bodies, so <c>PC방</c> weighed as much as a hundred ordinary words and decided
/// the ranking of any query it was part of (a month such as <c>10월</c> ends the same way). Matching costs the same
/// as before (measured in one process, 35 alternating runs: <c>PC방</c> 7.61 against 7.15 ms, <c>B형</c> 5.48 against
/// 5.38): the expansion to hundreds of postings, not the weighting, is what makes such phrases slow. The partial ends
/// are <see cref="PartialWordSpanQuery"/>, which opens those postings from one term enumeration per segment. Their
/// union only steps through the documents that hold the phrase's whole terms (<c>pc</c>): advanced to every document
/// of those terms, it moved each of its hundreds of members, and <c>PC방</c> took 8.2 ms on the Chosun articles
/// (3.9 ms since).
/// </remarks>
internal sealed class PartialEndPhraseQuery : Query
{
    /// <summary>The phrase <paramref name="spans"/> (all in one field), weighted by the idf of <paramref name="scoringTerms"/>.</summary>
    public PartialEndPhraseQuery(SpanQuery spans, IReadOnlyList<Term> scoringTerms)
    {
        Spans = spans;
        ScoringTerms = scoringTerms;
    }

    /// <summary>What matches.</summary>
    public SpanQuery Spans { get; }

    /// <summary>The terms whose statistics weigh a match.</summary>
    public IReadOnlyList<Term> ScoringTerms { get; }

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, searcher);

    /// <inheritdoc/>
    public override void ExtractTerms(ISet<Term> terms) => Spans.ExtractTerms(terms);

    /// <inheritdoc/>
    public override string ToString(string field) => $"{Spans.ToString(field)}{ToStringUtils.Boost(Boost)}";

    /// <inheritdoc/>
    public override bool Equals(object? obj) =>
        obj is PartialEndPhraseQuery other && base.Equals(obj) && other.Spans.Equals(Spans) && other.ScoringTerms.SequenceEqual(ScoringTerms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Spans, ScoringTerms.Count);

    private sealed class PhraseWeight : Weight
    {
        private readonly PartialEndPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;

        // The whole terms of the phrase are scoring terms too: their spans start from the state found here, not from
        // a second seek in each segment.
        private readonly Dictionary<Term, TermContext> _termContexts;
        private readonly TermStates _states;

        // Rarest first: the candidates start from the smallest set.
        private readonly Term[] _wholeTerms;

        public PhraseWeight(PartialEndPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _states = TermStates.Of(searcher);
            _termContexts = query.ScoringTerms.ToDictionary(term => term, _states.Context);
            _wholeTerms = [.. query.ScoringTerms
                .Where(term => term.Field == query.Spans.Field)
                .OrderBy(term => _termContexts[term].DocFreq)];
            var termStats = query.ScoringTerms
                .Select(term => searcher.TermStatistics(term, _termContexts[term]))
                .Where(stats => stats.DocFreq > 0)
                .ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Spans.Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (!TryNarrow(context, ref acceptDocs))
            {
                return null;
            }

            return new PhraseScorer(_query.Spans.GetSpans(context, acceptDocs, _termContexts), this, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is not PhraseScorer scorer || scorer.Advance(doc) != doc)
            {
                return new ComplexExplanation(false, 0f, "no matching phrase");
            }

            return new ComplexExplanation(true, scorer.GetScore(), $"weight({_query} in {doc}), phrase frequency {scorer.PhraseFrequency}");
        }

        /// <summary>
        /// Narrows <paramref name="acceptDocs"/> to the segment's documents that hold every whole term of the phrase, which
        /// a match needs; false when there are none. The partial ends' postings, hundreds of them, then step only through
        /// those documents: a union advanced to each document of <c>pc</c> moves every one of its members that lags.
        /// </summary>
        private bool TryNarrow(AtomicReaderContext context, ref IBits? acceptDocs)
        {
            FixedBitSet? candidates = null;
            foreach (var term in _wholeTerms)
            {
                if (_states.Positioned(context, term) is not { } terms)
                {
                    return false;
                }

                var docs = terms.Docs(acceptDocs, null, DocsFlags.NONE);
                if (candidates is null)
                {
                    candidates = new FixedBitSet(context.AtomicReader.MaxDoc);
                    candidates.Or(docs);
                }
                else
                {
                    candidates.And(docs);
                }
            }

            if (candidates is not null)
            {
                acceptDocs = candidates;
            }

            return true;
        }
    }

    private sealed class PhraseScorer(Lucene.Net.Search.Spans.Spans spans, Weight weight, Similarity.SimScorer docScorer)
        : SpanScorer(spans, weight, docScorer)
    {
        public float PhraseFrequency => SloppyFreq;
    }
}
