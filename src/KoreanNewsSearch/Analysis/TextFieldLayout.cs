using KoreanNewsSearch.Ranking;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace KoreanNewsSearch.Analysis;

/// <summary>
/// How a searchable text field is laid out in the index and how text is matched against it.
/// </summary>
/// <remarks>
/// <para>A logical field (<c>title</c>, <c>subtitle</c>, <c>body</c>) is two Lucene fields, both analysed by
/// <see cref="KoreanNewsAnalyzer"/>: the field itself holds word runs and Hangul/Han bigrams with positions (phrase
/// matching), and <c>field.uni</c> holds every Hangul/Han character once, without positions, which is what a
/// one-syllable query (<c>금</c>, <c>북</c>) searches so that it is found inside longer words.</para>
/// <para>Matching aims at substring semantics: for a query made of whole tokens, an article matches when its
/// normalised text contains the query. A Hangul word is its bigram phrase, so <c>삼성</c> finds <c>삼성전자는</c>.
/// Intended differences: script changes and separators are boundaries whether or not a space is written
/// (<c>갤럭시 S24</c> finds <c>갤럭시S24</c>, <c>IT·AI</c> finds <c>IT/AI</c>). A one-syllable word at either
/// end of a phrase may be part of a longer word (<c>9000억</c> finds <c>9000억원</c>); in the middle it must stand
/// alone. Known false positives: a phrase whose words meet on the same syllable also finds them written as one word,
/// because both are the same bigram chain (<c>연합회 회장</c> finds <c>연합회장</c>: 연합 합회 회장); an empty
/// position between runs does not help (a bigram fills it), a boundary term between runs would, at one more position
/// per word.</para>
/// </remarks>
internal static class TextFieldLayout
{
    /// <summary>Suffix of the shadow field that holds single characters for one-syllable queries.</summary>
    public const string UnigramSuffix = ".uni";

    /// <summary>Queries with more word variants (synonyms times hanja readings) than this keep later words unexpanded.</summary>
    private const int MaxVariants = 32;

    private static readonly FieldType UnigramFieldType = CreateUnigramFieldType();

    private static readonly Analyzer QueryAnalyzer = new KoreanNewsAnalyzer();

    // Looked up once per token of every analysed text, so built once.
    private static readonly Dictionary<string, ScriptKind> KindsByType = Enum.GetValues<ScriptKind>()
        .GroupBy(ScriptRunTokenizer.TypeOf, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The analyzer the index writer uses for every analysed field this layout creates.</summary>
    public static Analyzer CreateIndexAnalyzer() => new KoreanNewsAnalyzer();

    /// <summary>
    /// The Lucene fields that make <paramref name="text"/> searchable under the logical field name: the bigram field
    /// and its unigram shadow field, both fed by one <see cref="SharedTextAnalysis"/> pass.
    /// </summary>
    public static IEnumerable<IIndexableField> CreateFields(string field, string text) =>
    [
        SharedTextAnalysis.CreateField(field, text, TextField.TYPE_NOT_STORED, TokenizerMode.Bigrams),
        SharedTextAnalysis.CreateField(UnigramField(field), text, UnigramFieldType, TokenizerMode.Unigrams),
    ];

    /// <summary>The shadow field of single characters of a logical field.</summary>
    public static string UnigramField(string field) => field + UnigramSuffix;

    /// <summary>True for the name of a single-character shadow field.</summary>
    public static bool IsUnigramField(string field) => field.EndsWith(UnigramSuffix, StringComparison.Ordinal);

    /// <summary>A query matching <paramref name="text"/> (a word, or several words as one phrase) in the logical field; null when the text has no searchable terms.</summary>
    public static Query? BuildQuery(string field, string text) => BuildQuery(field, text, null);

    /// <summary>
    /// A query matching <paramref name="text"/> (a word, or several words as one phrase) in the logical field, also
    /// matching hanja headline abbreviations (<c>미국</c> ↔ <c>美</c>) and, when given, user synonyms of each word;
    /// null when the text has no searchable terms.
    /// </summary>
    public static Query? BuildQuery(string field, string text, SynonymDictionary? synonyms) =>
        BuildQuery(field, text, synonyms, partialWordEnds: true);

    /// <summary>
    /// Like <see cref="BuildQuery(string, string)"/> but a one-syllable word at either end of the phrase must stand
    /// alone: plain term and phrase queries only, no wildcard or prefix expansion (a cheap ranking boost for
    /// <see cref="WordTerms"/> matches); null when the text has no searchable terms.
    /// </summary>
    public static Query? BuildExactPhraseQuery(string field, string text, SynonymDictionary? synonyms = null) =>
        BuildQuery(field, text, synonyms, partialWordEnds: false);

    /// <summary>
    /// The terms a word is made of in the logical field, each searchable on its own so that a partial match (the stem
    /// of <c>헤이그가</c> in <c>헤이그는</c>) still scores: its bigrams, word and digit runs, and for a one-syllable
    /// word its character in the unigram field. Empty when the word has no searchable terms.
    /// </summary>
    public static IReadOnlyList<Term> WordTerms(string field, string word) => TermsOfWord(field, Analyze(KoreanTextNormalizer.Normalize(word)));

    private static IReadOnlyList<Term> TermsOfWord(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        if (IsSingleCharacter(tokens))
        {
            return [new Term(UnigramField(field), tokens[0].Term)];
        }

        return [.. tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).Select(t => new Term(field, t))];
    }

    /// <summary>
    /// <see cref="WordTerms"/> of the word and of the Hangul words its headline abbreviations stand for (<c>尹측</c>:
    /// 尹 and 측, and 윤석 and 석열 of 윤석열), so that a headline's abbreviation finds the text that spells it out. An
    /// abbreviation counts where the tokenizer keeps it as a character of its own, not inside a longer hanja word.
    /// </summary>
    public static IReadOnlyList<Term> WordTermsWithReadings(string field, string word)
    {
        var tokens = Analyze(KoreanTextNormalizer.Normalize(word));
        var terms = new List<Term>(TermsOfWord(field, tokens));
        var abbreviations = tokens
            .Where(t => IsAbbreviation(t.Term))
            .Select(t => t.Term[0])
            .Distinct();
        foreach (var reading in abbreviations.SelectMany(a => HanjaAbbreviations.Table[a]))
        {
            terms.AddRange(WordTerms(field, reading).Where(t => !terms.Contains(t)));
        }

        return terms;
    }

    private static Query? BuildQuery(string field, string text, SynonymDictionary? synonyms, bool partialWordEnds)
    {
        var queries = new List<Query>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tokens, isExpansion) in QueryVariants(text, synonyms))
        {
            var query = ToQuery(field, tokens, isExpansion, partialWordEnds);
            if (seen.Add(query.ToString()))
            {
                queries.Add(query);
            }
        }

        if (queries.Count <= 1)
        {
            return queries.SingleOrDefault();
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>
    /// The terms of <paramref name="text"/> as the logical fields index them, with positions and offsets into
    /// <paramref name="text"/> (offsets survive normalisation, e.g. NFD Hangul or full-width letters).
    /// </summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = QueryAnalyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset, KindOf(type.Type)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// Where the query <paramref name="query"/> (as <see cref="BuildQuery(string, string, SynonymDictionary?)"/>
    /// matches it) occurs in <paramref name="text"/>: spans into <paramref name="text"/> from the start of the first
    /// to the end of the last matched token, sorted and merged, for marking hits in snippets.
    /// </summary>
    public static IReadOnlyList<TextSpan> FindMatches(string text, string query, SynonymDictionary? synonyms = null) =>
        FindMatches(text, [query], synonyms)[0];

    /// <summary>
    /// <see cref="FindMatches(string, string, SynonymDictionary?)"/> for several queries at once, analysing
    /// <paramref name="text"/> only once: one span list per query, in the order given. To mark the same queries in
    /// many texts, build one <see cref="QueryMatcher"/> instead.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TextSpan>> FindMatches(string text, IReadOnlyList<string> queries, SynonymDictionary? synonyms = null) =>
        new QueryMatcher(queries, synonyms).FindMatches(text);

    /// <remarks>
    /// A one-character query the user typed is searched in the unigram field (found inside any word); a one-character
    /// expansion (<c>美</c> for <c>미국</c>, <c>고</c> for <c>故</c>) must stand alone, or <c>북한</c> would find every
    /// hanja word with <c>北</c> in it.
    /// </remarks>
    private static Query ToQuery(string field, IReadOnlyList<AnalyzedToken> tokens, bool isExpansion, bool partialWordEnds)
    {
        if (IsSingleCharacter(tokens) && !isExpansion)
        {
            return new SharedStatesTermQuery(new Term(UnigramField(field), tokens[0].Term));
        }

        if (tokens.Count == 1)
        {
            return new SharedStatesTermQuery(new Term(field, tokens[0].Term));
        }

        if (!partialWordEnds || (!IsOpenEnd(tokens, 0, isExpansion) && !IsOpenEnd(tokens, tokens.Count - 1, isExpansion)))
        {
            return new ExactPhraseQuery([.. tokens.Select(t => new Term(field, t.Term))], [.. tokens.Select(t => t.Position)]);
        }

        // A one-syllable word at the start of the phrase may end a longer word and one at the end may start one
        // (9000억 finds 9000억원, 금 값 finds 현금 값): those ends match any bigram ending or starting with the
        // syllable, as a span phrase (positions of the analyzer are always consecutive), weighted as the syllable.
        var clauses = new SpanQuery[tokens.Count];
        var scoringTerms = new List<Term>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = new Term(field, tokens[i].Term);
            var partialEnd = IsOpenEnd(tokens, i, isExpansion);
            clauses[i] = (partialEnd, i) switch
            {
                (true, 0) => new PartialWordSpanQuery(term, SyllablePlace.WordEnd),
                (true, _) => new PartialWordSpanQuery(term, SyllablePlace.WordStart),
                _ => new SpanTermQuery(term),
            };
            var scoringTerm = partialEnd ? new Term(UnigramField(field), tokens[i].Term) : term;
            if (!scoringTerms.Contains(scoringTerm))
            {
                scoringTerms.Add(scoringTerm);
            }
        }

        return new PartialEndPhraseQuery(new SpanNearQuery(clauses, 0, true), scoringTerms);
    }

    /// <summary>A one-character token of a syllabic script (Hangul, Han, kana): what may stand for a longer word at a phrase end.</summary>
    internal static bool IsSyllable(AnalyzedToken token) =>
        token.Kind is not ScriptKind.Word && token.Term.EnumerateRunes().Count() == 1;

    /// <summary>
    /// Whether token <paramref name="index"/> of a phrase of several tokens is an open end: a syllable at the start or
    /// the end that may be part of a longer word there. In an expansion a hanja headline abbreviation (<c>中</c> put
    /// in for <c>중국</c>) stands alone, as a one-character expansion does: inside a hanja word (<c>集中</c>) it is
    /// not the abbreviation, and the bigrams ending with it were found by walking the whole term dictionary (2.5 ms of
    /// the 3 ms of <c>대만 표기</c>, whose variant <c>臺 표기</c> started with one).
    /// </summary>
    internal static bool IsOpenEnd(IReadOnlyList<AnalyzedToken> tokens, int index, bool isExpansion) =>
        tokens.Count > 1 && (index == 0 || index == tokens.Count - 1) && IsSyllable(tokens[index])
        && !(isExpansion && IsAbbreviation(tokens[index].Term));

    /// <summary>Whether a term is a single hanja headline abbreviation (<c>美</c>, <c>中</c>).</summary>
    internal static bool IsAbbreviation(string term) => term.Length == 1 && HanjaAbbreviations.IsAbbreviation(term[0]);

    /// <summary>A lone one-character Hangul/Han/kana token: searched in the unigram field, i.e. inside longer words too.</summary>
    internal static bool IsSingleCharacter(IReadOnlyList<AnalyzedToken> tokens) => tokens is [var only] && IsSyllable(only);

    /// <summary>
    /// The token sequences a query text stands for: the text itself, and the text with each word replaced by its
    /// hanja readings and synonyms; positions start at 0 in each.
    /// </summary>
    internal static IEnumerable<(IReadOnlyList<AnalyzedToken> Tokens, bool IsExpansion)> QueryVariants(string text, SynonymDictionary? synonyms)
    {
        var variants = QueryVariantTexts(text, synonyms);
        for (var i = 0; i < variants.Count; i++)
        {
            var tokens = Analyze(variants[i]);
            if (tokens.Count > 0)
            {
                var origin = tokens[0].Position;
                yield return ([.. tokens.Select(t => t with { Position = t.Position - origin })], i > 0);
            }
        }
    }

    /// <summary>
    /// The normalised texts a query stands for: the query itself first, then the query with words replaced by their
    /// hanja readings (<c>미국</c> ↔ <c>美</c>, <c>尹측</c> → <c>윤석열 측</c>) and synonyms, at most <see cref="MaxVariants"/>.
    /// </summary>
    internal static IReadOnlyList<string> QueryVariantTexts(string text, SynonymDictionary? synonyms)
    {
        var words = KoreanTextNormalizer.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var combinations = new List<List<string>> { new() };
        foreach (var word in words)
        {
            List<string> alternatives = [.. new[] { word }.Concat(HanjaAbbreviations.Groups.AlternativesOf(word))
                .Concat(HanjaAbbreviations.SpelledOutLead(word))
                .Concat(synonyms?.AlternativesOf(word) ?? []).Distinct(StringComparer.Ordinal)];
            if (combinations.Count * alternatives.Count > MaxVariants)
            {
                alternatives = [word];
            }

            combinations = [.. combinations.SelectMany(prefix => alternatives.Select(a => (List<string>)[.. prefix, a]))];
        }

        return [.. combinations.Where(c => c.Count > 0).Select(c => string.Join(' ', c))];
    }

    private static ScriptKind KindOf(string type) => KindsByType.GetValueOrDefault(type);

    private static FieldType CreateUnigramFieldType()
    {
        // Single characters only answer one-syllable queries, which need no positions: freqs keep BM25 meaningful.
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
            OmitNorms = true,
        };
        type.Freeze();
        return type;
    }
}

/// <summary>One term of analysed text.</summary>
/// <param name="Term">The indexed term.</param>
/// <param name="Position">Its position (bigrams of one run at consecutive positions).</param>
/// <param name="StartOffset">Start offset into the original text.</param>
/// <param name="EndOffset">End offset (exclusive) into the original text.</param>
/// <param name="Kind">The script run it comes from.</param>
internal sealed record AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset, ScriptKind Kind);

/// <summary>A range of characters in a text.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
internal readonly record struct TextSpan(int Start, int End);
