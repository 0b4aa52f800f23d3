using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// One term, matched and scored as Lucene's <see cref="TermQuery"/> does (<c>similarity.Score(doc, freq)</c>), but
/// looked up through the request's <see cref="TermStates"/> as <see cref="ExactPhraseQuery"/> is: the query words of
/// one or two syllables (a single bigram, or a character of a unigram field) are terms.
/// </summary>
internal sealed class SharedStatesTermQuery : Query
{
    /// <summary>A query for <paramref name="term"/>.</summary>
    public SharedStatesTermQuery(Term term) => Term = term;

    /// <summary>The term searched.</summary>
    public Term Term { get; }

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new TermWeight(this, searcher);

    /// <inheritdoc/>
    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Term);

    /// <summary>As <see cref="TermQuery"/> writes itself: <c>field:text^boost</c>.</summary>
    public override string ToString(string field) =>
        $"{(Term.Field == field ? "" : Term.Field + ":")}{Term.Text}{ToStringUtils.Boost(Boost)}";

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SharedStatesTermQuery other && base.Equals(obj) && other.Term.Equals(Term);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term);

    private sealed class TermWeight : Weight
    {
        private readonly SharedStatesTermQuery _query;
        private readonly Similarity _similarity;
        private readonly TermStates _states;
        private readonly Similarity.SimWeight _stats;

        public TermWeight(SharedStatesTermQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _states = TermStates.Of(searcher);
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), _states.Statistics(searcher, query.Term));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            _states.Positioned(context, _query.Term) is { } terms
                ? new TermScorer(this, terms.Docs(acceptDocs, null), _similarity.GetSimScorer(_stats, context))
                : null;

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            GetScorer(context, context.AtomicReader.LiveDocs) is TermScorer scorer && scorer.Advance(doc) == doc
                ? FrequencyExplanation.Match(_query, _similarity.GetSimScorer(_stats, context), doc, "termFreq", scorer.Freq)
                : new ComplexExplanation(false, 0f, "no matching term");
    }

    private sealed class TermScorer(Weight weight, DocsEnum postings, Similarity.SimScorer docScorer) : Scorer(weight)
    {
        public override int DocID => postings.DocID;

        public override int Freq => postings.Freq;

        public override float GetScore() => docScorer.Score(postings.DocID, postings.Freq);

        public override int NextDoc() => postings.NextDoc();

        public override int Advance(int target) => postings.Advance(target);

        public override long GetCost() => postings.GetCost();
    }
}
