using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// One field that indexes each string of a list as one whole term (documents only, no norms): the same postings as one
/// <see cref="StringField"/> per string, from one token stream instead of one each.
/// </summary>
/// <remarks>
/// Every token stream asks Lucene.Net's attribute factory for its attributes under a process-wide lock; a document
/// with the 32 band keys of its fingerprint and a dozen headline words as separate fields made the indexing threads
/// queue on that lock.
/// </remarks>
internal static class TermListField
{
    private static readonly FieldType WholeTerms = CreateFieldType();

    /// <summary>The field indexing <paramref name="terms"/> under <paramref name="name"/>.</summary>
    public static Field Create(string name, IReadOnlyList<string> terms) => new(name, new TermListTokenStream(terms), WholeTerms);

    private static FieldType CreateFieldType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    private sealed class TermListTokenStream : TokenStream
    {
        private readonly IReadOnlyList<string> _terms;
        private readonly ICharTermAttribute _term;
        private int _next;

        public TermListTokenStream(IReadOnlyList<string> terms)
        {
            _terms = terms;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _terms.Count)
            {
                return false;
            }

            // Only the term changes from token to token; ClearAttributes would rebuild the attribute state of this
            // one-document stream on every call.
            _term.SetEmpty().Append(_terms[_next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
