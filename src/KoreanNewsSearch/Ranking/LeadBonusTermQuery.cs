using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// A term that scores as itself plus a bonus for its occurrences among the first <see cref="LeadPositions"/>
/// positions of the field: the sum that a <see cref="TermQuery"/> (boost <see cref="Query.Boost"/>) and a
/// <see cref="Lucene.Net.Search.Spans.SpanFirstQuery"/> of the same term (boost <see cref="Query.Boost"/> times
/// <see cref="LeadShare"/>) would give as two optional clauses, read from one postings list instead of two.
/// </summary>
/// <remarks>
/// The two clauses walked the same documents twice, the span clause decoding positions for each: measured, they made
/// any-word questions about 30-45% slower (`tune --trials "defaults,lead 0"`: KorQuAD 26.9 against 18.5 ms a
/// question, known-item 13.6 against 7.6). The bonus is scored as the span clause scores it: each lead occurrence
/// counts the similarity's slop factor of a one-position match, with the term's own statistics.
/// </remarks>
internal sealed class LeadBonusTermQuery : Query
{
    /// <summary>The term, scored with <see cref="Query.Boost"/>, and its lead occurrences with that boost times <paramref name="leadShare"/>.</summary>
    public LeadBonusTermQuery(Term term, float leadShare, int leadPositions)
    {
        Term = term;
        LeadShare = leadShare;
        LeadPositions = leadPositions;
    }

    /// <summary>The term searched.</summary>
    public Term Term { get; }

    /// <summary>
    /// The boost of the lead bonus as a share of <see cref="Query.Boost"/>: relative, because a boolean query of one
    /// clause rewrites to that clause with its own boost multiplied in.
    /// </summary>
    public float LeadShare { get; }

    /// <summary>Occurrences at positions below this count for the bonus.</summary>
    public int LeadPositions { get; }

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new LeadBonusWeight(this, searcher);

    /// <inheritdoc/>
    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    /// <inheritdoc/>
    public override string ToString(string field) =>
        $"{(Term.Field == field ? "" : Term.Field + ":")}{Term.Text}{ToStringUtils.Boost(Boost)}+lead({LeadPositions})x{LeadShare}";

    /// <inheritdoc/>
    public override bool Equals(object? obj) =>
        obj is LeadBonusTermQuery other && base.Equals(obj) && other.Term.Equals(Term) && other.LeadShare == LeadShare && other.LeadPositions == LeadPositions;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term, LeadShare, LeadPositions);

    private sealed class LeadBonusWeight : Weight
    {
        private readonly LeadBonusTermQuery _query;
        private readonly Similarity _similarity;
        private readonly TermStates _states;
        private readonly Similarity.SimWeight _termStats;
        private readonly Similarity.SimWeight _leadStats;

        public LeadBonusWeight(LeadBonusTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _states = TermStates.Of(searcher);
            var collection = searcher.CollectionStatistics(query.Term.Field);
            var term = _states.Statistics(searcher, query.Term);
            _termStats = _similarity.ComputeWeight(query.Boost, collection, term);
            _leadStats = _similarity.ComputeWeight(query.Boost * query.LeadShare, collection, term);
        }

        public override Query Query => _query;

        // As the two clauses would: the sum of their values.
        public override float GetValueForNormalization() => _termStats.GetValueForNormalization() + _leadStats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _termStats.Normalize(norm, topLevelBoost);
            _leadStats.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_states.Positioned(context, _query.Term) is not { } termsEnum)
            {
                return null;
            }

            var postings = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"field \"{_query.Term.Field}\" was indexed without positions: a lead bonus needs them");
            return new LeadBonusScorer(this, postings, _similarity.GetSimScorer(_termStats, context), _similarity.GetSimScorer(_leadStats, context), _query.LeadPositions);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is LeadBonusScorer scorer && scorer.Advance(doc) == doc)
            {
                var score = scorer.GetScore();
                var explanation = new ComplexExplanation(true, score, $"{_query} in {doc}, sum of:");
                explanation.AddDetail(new Explanation(score - scorer.LeadScore, $"term, freq {scorer.Freq}"));
                explanation.AddDetail(new Explanation(scorer.LeadScore, $"lead bonus, {scorer.LeadCount} of the first {_query.LeadPositions} positions"));
                return explanation;
            }

            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    private sealed class LeadBonusScorer(Weight weight, DocsAndPositionsEnum postings, Similarity.SimScorer term, Similarity.SimScorer lead, int leadPositions)
        : Scorer(weight)
    {
        private readonly float _leadFrequencyPerOccurrence = lead.ComputeSlopFactor(1);
        private int _scoredDoc = -1;
        private float _score;

        /// <summary>The bonus part of the current document's score.</summary>
        public float LeadScore { get; private set; }

        /// <summary>Occurrences of the current document within the lead.</summary>
        public int LeadCount { get; private set; }

        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override long GetCost() => postings.GetCost();

        public override float GetScore()
        {
            // Positions can be read once per document: a second call returns what the first computed.
            var doc = postings.DocID;
            if (doc == _scoredDoc)
            {
                return _score;
            }

            var freq = postings.Freq;
            var inLead = 0;
            while (inLead < freq && postings.NextPosition() < leadPositions)
            {
                inLead++;
            }

            LeadCount = inLead;
            LeadScore = inLead > 0 ? lead.Score(doc, inLead * _leadFrequencyPerOccurrence) : 0f;
            _score = term.Score(doc, freq) + LeadScore;
            _scoredDoc = doc;
            return _score;
        }
    }
}
