using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace KoreanNewsSearch.Ranking;

/// <summary>Where a one-syllable phrase end may sit inside a longer word.</summary>
internal enum SyllablePlace
{
    /// <summary>The syllable starts the word (the phrase's last token: <c>PC방</c> finds <c>PC방에서</c>): terms that begin with it.</summary>
    WordStart,

    /// <summary>The syllable ends the word (the phrase's first token: <c>원 이상</c> finds <c>만원 이상</c>): the syllable itself or any bigram ending with it.</summary>
    WordEnd,
}

/// <summary>
/// The spans of every term of <see cref="Field"/> that a one-syllable phrase end stands for (<see cref="SyllablePlace"/>),
/// enumerated in each segment when its spans are asked for: what <see cref="SpanMultiTermQueryWrapper{Q}"/> of a prefix or
/// wildcard query matches, without rewriting to one <see cref="SpanTermQuery"/> per term.
/// </summary>
/// <remarks>
/// The rewrite collects the expanded terms over the whole index, and each of the hundreds of <see cref="SpanTermQuery"/>
/// it makes (328 bigrams start with 방 in the Chosun bodies) then opens two term enumerators of its own in every segment
/// to seek its term again. Here one enumerator per segment walks the matching terms once and opens their postings as
/// it passes them.
/// </remarks>
internal sealed class PartialWordSpanQuery : SpanQuery
{
    private readonly CompiledAutomaton _automaton;

    /// <summary>Terms of <paramref name="syllable"/>'s field in which its text sits at <paramref name="place"/>.</summary>
    public PartialWordSpanQuery(Term syllable, SyllablePlace place)
    {
        Syllable = syllable;
        Place = place;
        var text = BasicAutomata.MakeString(syllable.Text);
        _automaton = new CompiledAutomaton(place == SyllablePlace.WordStart
            ? BasicOperations.Concatenate(text, BasicAutomata.MakeAnyString())
            : BasicOperations.Union(text, BasicOperations.Concatenate(BasicAutomata.MakeAnyChar(), text)));
    }

    /// <summary>The syllable and its field.</summary>
    public Term Syllable { get; }

    /// <summary>Where the syllable sits in the terms matched.</summary>
    public SyllablePlace Place { get; }

    /// <inheritdoc/>
    public override string Field => Syllable.Field;

    /// <inheritdoc/>
    public override Spans GetSpans(AtomicReaderContext context, IBits? acceptDocs, IDictionary<Term, TermContext> termContexts)
    {
        var terms = context.AtomicReader.GetTerms(Field);
        if (terms is null)
        {
            return TermSpans.EMPTY_TERM_SPANS;
        }

        var matching = new List<Spans>();
        var termsEnum = _automaton.GetTermsEnum(terms);
        while (termsEnum.MoveNext())
        {
            var postings = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"field \"{Field}\" was indexed without positions; cannot match a phrase");
            matching.Add(new TermSpans(postings, Syllable));
        }

        return matching.Count switch
        {
            0 => TermSpans.EMPTY_TERM_SPANS,
            1 => matching[0],
            _ => new SpanUnion(matching),
        };
    }

    /// <summary>Adds nothing: which terms match depends on the segment (as for an unrewritten multi-term query).</summary>
    public override void ExtractTerms(ISet<Term> terms)
    {
    }

    /// <inheritdoc/>
    public override string ToString(string field)
    {
        var prefix = field == Field ? "" : Field + ":";
        var pattern = Place == SyllablePlace.WordStart ? $"{Syllable.Text}*" : $"?{Syllable.Text}|{Syllable.Text}";
        return prefix + pattern + ToStringUtils.Boost(Boost);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) =>
        obj is PartialWordSpanQuery other && base.Equals(obj) && other.Syllable.Equals(Syllable) && other.Place == Place;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Syllable, Place);

    /// <summary>The spans of several terms in document, start, end order (what <see cref="SpanOrQuery"/>'s spans do).</summary>
    private sealed class SpanUnion(List<Spans> all) : Spans
    {
        private SpanQueue? _queue;

        private Spans Top => _queue!.Top;

        public override int Doc => Top.Doc;

        public override int Start => Top.Start;

        public override int End => Top.End;

        public override bool IsPayloadAvailable => Top.IsPayloadAvailable;

        public override bool MoveNext()
        {
            if (_queue is null)
            {
                return Fill(spans => spans.MoveNext());
            }

            if (_queue.Count == 0)
            {
                return false;
            }

            if (Top.MoveNext())
            {
                _queue.UpdateTop();
                return true;
            }

            _queue.Pop();
            return _queue.Count != 0;
        }

        public override bool SkipTo(int target)
        {
            if (_queue is null)
            {
                return Fill(spans => spans.SkipTo(target));
            }

            var skipped = false;
            while (_queue.Count != 0 && Top.Doc < target)
            {
                if (Top.SkipTo(target))
                {
                    _queue.UpdateTop();
                }
                else
                {
                    _queue.Pop();
                }

                skipped = true;
            }

            return skipped ? _queue.Count != 0 : MoveNext();
        }

        public override ICollection<byte[]> GetPayload() => Top.GetPayload();

        public override long GetCost() => all.Sum(spans => spans.GetCost());

        private bool Fill(Func<Spans, bool> moveFirst)
        {
            _queue = new SpanQueue(all.Count);
            foreach (var spans in all.Where(moveFirst))
            {
                _queue.Add(spans);
            }

            return _queue.Count != 0;
        }
    }

    private sealed class SpanQueue(int size) : Lucene.Net.Util.PriorityQueue<Spans>(size)
    {
        protected override bool LessThan(Spans a, Spans b) =>
            a.Doc != b.Doc ? a.Doc < b.Doc : a.Start != b.Start ? a.Start < b.Start : a.End < b.End;
    }
}
