using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// Terms of one field at fixed relative positions (a word's bigrams, a phrase's words): Lucene's
/// <see cref="PhraseQuery"/> with no slop, matching and scoring the same documents the same way, but looking its terms
/// up through the request's <see cref="TermStates"/>.
/// </summary>
/// <remarks>
/// Lucene.Net's phrase weight and scorer are internal, so the term lookups they make cannot be shared between the
/// phrases of a query: this is the same conjunction of position lists, scored as
/// <c>similarity.GetSimScorer(stats).Score(doc, phrase frequency)</c> with statistics of every term of the phrase.
/// </remarks>
internal sealed class ExactPhraseQuery : Query
{
    private readonly Term[] _terms;
    private readonly int[] _positions;

    /// <summary>A phrase of <paramref name="terms"/> (at least two, all in one field) at <paramref name="positions"/>.</summary>
    public ExactPhraseQuery(IReadOnlyList<Term> terms, IReadOnlyList<int> positions)
    {
        if (terms.Count < 2 || terms.Count != positions.Count || terms.Any(t => t.Field != terms[0].Field))
        {
            throw new ArgumentException("a phrase needs two or more terms of one field, each with its position", nameof(terms));
        }

        _terms = [.. terms];
        _positions = [.. positions];
    }

    /// <summary>The field of the terms.</summary>
    public string Field => _terms[0].Field;

    /// <inheritdoc/>
    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, searcher);

    /// <inheritdoc/>
    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var term in _terms)
        {
            terms.Add(term);
        }
    }

    /// <summary>As <see cref="PhraseQuery"/> writes itself: <c>field:"a b"</c>, <c>?</c> for an empty position.</summary>
    public override string ToString(string field)
    {
        var text = new StringBuilder();
        if (field != Field)
        {
            text.Append(Field).Append(':');
        }

        text.Append('"');
        var last = _positions.Max();
        for (var position = 0; position <= last; position++)
        {
            if (position > 0)
            {
                text.Append(' ');
            }

            var here = _terms.Where((_, i) => _positions[i] == position).Select(t => t.Text).ToList();
            text.Append(here.Count == 0 ? "?" : string.Join('|', here));
        }

        return text.Append('"').Append(ToStringUtils.Boost(Boost)).ToString();
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) =>
        obj is ExactPhraseQuery other && base.Equals(obj) && other._terms.SequenceEqual(_terms) && other._positions.SequenceEqual(_positions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), _terms.Length, _terms[0], _positions[^1]);

    private sealed class PhraseWeight : Weight
    {
        private readonly ExactPhraseQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermStates _states;

        public PhraseWeight(ExactPhraseQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _states = TermStates.Of(searcher);
            var termStats = query._terms.Select(term => _states.Statistics(searcher, term)).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var postings = new PhrasePostings[_query._terms.Length];
            for (var i = 0; i < postings.Length; i++)
            {
                // A term missing from the segment: no document of it has the phrase.
                if (_states.Positioned(context, _query._terms[i]) is not { } terms)
                {
                    return null;
                }

                var positions = terms.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field \"{_query.Field}\" was indexed without positions; cannot match a phrase");
                postings[i] = new PhrasePostings(positions, _query._positions[i], terms.DocFreq);
            }

            // The rarest term leads, as in Lucene's phrase scorer.
            Array.Sort(postings, (a, b) => a.DocFreq != b.DocFreq ? a.DocFreq.CompareTo(b.DocFreq) : a.Offset.CompareTo(b.Offset));
            return new PhraseScorer(this, postings, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            GetScorer(context, context.AtomicReader.LiveDocs) is PhraseScorer scorer && scorer.Advance(doc) == doc
                ? FrequencyExplanation.Match(_query, _similarity.GetSimScorer(_stats, context), doc, "phraseFreq", scorer.Freq)
                : new ComplexExplanation(false, 0f, "no matching phrase");
    }

    /// <summary>One term's positions in a segment and where the term sits in the phrase.</summary>
    private sealed record PhrasePostings(DocsAndPositionsEnum Positions, int Offset, int DocFreq);

    /// <summary>The documents where every term stands at its offset from a common start, scored by how often.</summary>
    private sealed class PhraseScorer : Scorer
    {
        private readonly PhrasePostings[] _postings;
        private readonly Similarity.SimScorer _docScorer;
        private readonly int[][] _starts;
        private readonly int[] _counts;
        private readonly int[] _cursors;
        private int _doc = -1;
        private int _freq;

        public PhraseScorer(Weight weight, PhrasePostings[] postings, Similarity.SimScorer docScorer)
            : base(weight)
        {
            _postings = postings;
            _docScorer = docScorer;
            _starts = [.. postings.Select(_ => new int[8])];
            _counts = new int[postings.Length];
            _cursors = new int[postings.Length];
        }

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => _docScorer.Score(_doc, _freq);

        public override int NextDoc() => Align(_postings[0].Positions.NextDoc());

        public override int Advance(int target) => Align(_postings[0].Positions.Advance(target));

        public override long GetCost() => _postings[0].Positions.GetCost();

        /// <summary>From the lead's document <paramref name="doc"/> on, the first document where the phrase occurs.</summary>
        private int Align(int doc)
        {
            while (doc != NO_MORE_DOCS)
            {
                var onDoc = true;
                for (var i = 1; i < _postings.Length; i++)
                {
                    var other = _postings[i].Positions;
                    var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
                    if (at > doc)
                    {
                        doc = at == NO_MORE_DOCS ? NO_MORE_DOCS : _postings[0].Positions.Advance(at);
                        onDoc = false;
                        break;
                    }
                }

                if (onDoc)
                {
                    _freq = PhraseFrequency();
                    if (_freq > 0)
                    {
                        return _doc = doc;
                    }

                    doc = _postings[0].Positions.NextDoc();
                }
            }

            _freq = 0;
            return _doc = NO_MORE_DOCS;
        }

        /// <summary>How many phrase starts all terms agree on in the current document.</summary>
        private int PhraseFrequency()
        {
            for (var i = 0; i < _postings.Length; i++)
            {
                var (positions, offset) = (_postings[i].Positions, _postings[i].Offset);
                var freq = positions.Freq;
                if (_starts[i].Length < freq)
                {
                    _starts[i] = new int[Math.Max(freq, _starts[i].Length * 2)];
                }

                for (var k = 0; k < freq; k++)
                {
                    _starts[i][k] = positions.NextPosition() - offset;
                }

                _counts[i] = freq;
                _cursors[i] = 0;
            }

            // Each list of starts is ascending: walk them together and count the starts they all hold.
            var found = 0;
            for (var k = 0; k < _counts[0]; k++)
            {
                var start = _starts[0][k];
                var inAll = true;
                for (var i = 1; i < _postings.Length && inAll; i++)
                {
                    while (_cursors[i] < _counts[i] && _starts[i][_cursors[i]] < start)
                    {
                        _cursors[i]++;
                    }

                    inAll = _cursors[i] < _counts[i] && _starts[i][_cursors[i]] == start;
                }

                found += inAll ? 1 : 0;
            }

            return found;
        }
    }
}
