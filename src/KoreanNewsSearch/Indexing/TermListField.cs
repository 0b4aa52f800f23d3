using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// Fields that index whole strings as terms (documents only, no norms): a list of strings under one name (the same
/// postings as one <see cref="StringField"/> per string) or one keyword exactly as a <see cref="StringField"/> does,
/// all read through one token stream per thread.
/// </summary>
/// <remarks>
/// Every new token stream asks Lucene.Net's attribute factory for its attributes, and the indexer for two more, under
/// a process-wide lock; a <see cref="StringField"/> makes a new stream for every document. With the id, keyword,
/// group, headline-word and band fields of every document each making its own, the indexing threads queued on that
/// lock. The indexer reads one field at a time on the thread that adds the document, so one stream per thread serves
/// every field in turn.
/// </remarks>
internal static class TermListField
{
    private static readonly FieldType WholeTerms = CreateFieldType();

    [ThreadStatic]
    private static TermListTokenStream? s_streamOfThisThread;

    /// <summary>The field indexing <paramref name="terms"/> under <paramref name="name"/>.</summary>
    public static Field Create(string name, IReadOnlyList<string> terms) => new TermsField(name, terms, WholeTerms);

    /// <summary>
    /// The field indexing <paramref name="value"/> as one term under <paramref name="name"/>, stored when
    /// <paramref name="store"/> says so: a <see cref="StringField"/> in all but how its token stream is made.
    /// </summary>
    public static Field CreateKeyword(string name, string value, Field.Store store) =>
        new TermsField(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED);

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

    private sealed class TermsField : Field
    {
        private readonly IReadOnlyList<string> _terms;

        public TermsField(string name, IReadOnlyList<string> terms, FieldType type)
            : base(name, type)
        {
            _terms = terms;
        }

        public TermsField(string name, string value, FieldType type)
            : base(name, value, type)
        {
            _terms = [value];
        }

        public override TokenStream GetTokenStream(Analyzer analyzer) => (s_streamOfThisThread ??= new TermListTokenStream()).Replaying(_terms);
    }

    private sealed class TermListTokenStream : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private IReadOnlyList<string> _terms = [];
        private int _next;

        public TermListTokenStream()
        {
            _term = AddAttribute<ICharTermAttribute>();
            AddAttribute<IOffsetAttribute>();
            AddAttribute<IPositionIncrementAttribute>();
        }

        /// <summary>This stream, set to give <paramref name="terms"/> from its next <see cref="Reset"/>.</summary>
        public TermListTokenStream Replaying(IReadOnlyList<string> terms)
        {
            _terms = terms;
            return this;
        }

        public override bool IncrementToken()
        {
            if (_next >= _terms.Count)
            {
                return false;
            }

            // Only the term changes from token to token: the attributes are cleared once per field, in Reset.
            _term.SetEmpty().Append(_terms[_next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            // End left a position increment of 0, which the indexer refuses as a field's first.
            ClearAttributes();
            _next = 0;
        }
    }
}
