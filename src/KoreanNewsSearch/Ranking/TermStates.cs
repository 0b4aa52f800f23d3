using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Ranking;

/// <summary>
/// The term states of one search: each term's <see cref="TermContext"/> looked up once, and one term enumerator per
/// segment and field, reused for every seek the search's phrases make there.
/// </summary>
/// <remarks>
/// <para>A default request makes every query word a phrase in three fields and adds phrases for adjacent word pairs,
/// so a four-word query seeks about forty terms, many twice. Lucene's own phrase weight builds a fresh enumerator for
/// every term in every segment (<see cref="TermContext.Build"/>), and its scorer another per phrase and segment.
/// On the Chosun articles in 22 segments, as an ingest by batches leaves them, building the weights took 0.40 ms of a
/// query's 2.09 ms median (0.04 ms in one segment).</para>
/// <para>Not thread-safe: a search's states serve one search at a time (<see cref="RankingSearcher"/> is a searcher
/// per request).</para>
/// </remarks>
internal sealed class TermStates
{
    private readonly IndexReaderContext _top;
    private readonly Dictionary<Term, TermContext> _contexts = [];
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enumerators = [];

    private TermStates(IndexReaderContext top) => _top = top;

    /// <summary>New, empty states over <paramref name="top"/>.</summary>
    public static TermStates For(IndexReaderContext top) => new(top);

    /// <summary>
    /// The states shared by all queries of the request <paramref name="searcher"/> serves (a <see cref="RankingSearcher"/>);
    /// for any other searcher, which may serve several threads at once, states of the caller's own.
    /// </summary>
    public static TermStates Of(IndexSearcher searcher) =>
        searcher is RankingSearcher { TermStates: var shared } ? shared : new(searcher.TopReaderContext);

    /// <summary>The statistics and per-segment states of <paramref name="term"/>, as <see cref="TermContext.Build"/> gives them.</summary>
    public TermContext Context(Term term)
    {
        if (!_contexts.TryGetValue(term, out var context))
        {
            context = new TermContext(_top);
            foreach (var leaf in _top.Leaves)
            {
                if (Enumerator(leaf, term.Field) is { } terms && terms.SeekExact(term.Bytes))
                {
                    context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
                }
            }

            _contexts.Add(term, context);
        }

        return context;
    }

    /// <summary>What <paramref name="searcher"/> counts of <paramref name="term"/>, from its states here.</summary>
    public TermStatistics Statistics(IndexSearcher searcher, Term term) => searcher.TermStatistics(term, Context(term));

    /// <summary>
    /// The term enumerator of <paramref name="term"/>'s field in segment <paramref name="leaf"/>, positioned on the term
    /// for reading its postings at once (the next user moves it); null when the segment does not have the term.
    /// </summary>
    public TermsEnum? Positioned(AtomicReaderContext leaf, Term term)
    {
        if (Context(term).Get(leaf.Ord) is not { } state || Enumerator(leaf, term.Field) is not { } terms)
        {
            return null;
        }

        terms.SeekExact(term.Bytes, state);
        return terms;
    }

    /// <summary>The term enumerator of <paramref name="field"/> in segment <paramref name="leaf"/>, null when the segment has no such field.</summary>
    private TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        if (!_enumerators.TryGetValue((leaf.Ord, field), out var terms))
        {
            terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            _enumerators.Add((leaf.Ord, field), terms);
        }

        return terms;
    }
}
