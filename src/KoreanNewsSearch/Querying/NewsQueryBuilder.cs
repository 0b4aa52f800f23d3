using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Querying;

/// <summary>Turns a parsed query and the request's filters into one Lucene query.</summary>
internal sealed class NewsQueryBuilder
{
    // Adjacent-word phrase clauses are a ranking nicety; a long question needs no more than this many.
    private const int MaxAdjacentPairs = 16;

    private readonly QueryMode _mode;
    private readonly RankingOptions _ranking;
    private readonly SynonymDictionary? _synonyms;

    private NewsQueryBuilder(QueryMode mode, RankingOptions ranking, SynonymDictionary? synonyms)
    {
        _mode = mode;
        _ranking = ranking;
        _synonyms = synonyms;
    }

    /// <summary>The query for the request: its parsed text ANDed with its filters; matches nothing when no term is searchable.</summary>
    public static Query Build(QueryNode root, SearchRequest request)
    {
        var builder = new NewsQueryBuilder(request.Mode, request.Ranking, request.Synonyms);
        var text = builder.BuildNode(root);
        if (text is null)
        {
            return new BooleanQuery();
        }

        var filters = Filters(request).ToList();
        var combined = text;
        if (filters.Count > 0)
        {
            var all = new BooleanQuery { { text, Occur.MUST } };
            foreach (var filter in filters)
            {
                all.Add(filter, Occur.MUST);
            }

            combined = all;
        }

        return request.From is null && request.To is null ? combined : RangeFilter(request.From, request.To).Restrict(combined);
    }

    private static IEnumerable<Query> Filters(SearchRequest request)
    {
        foreach (var (field, values) in new[]
                 {
                     (NewsFields.Reporter, request.Reporters),
                     (NewsFields.Source, request.Sources),
                     (NewsFields.Section, request.Sections),
                 })
        {
            var anyOf = values.Select(v => KeywordNormalizer.Normalize(v)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (anyOf.Count == 0)
            {
                continue;
            }

            var union = new BooleanQuery();
            foreach (var value in anyOf)
            {
                union.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            yield return Unscored(union);
        }
    }

    private Query? BuildNode(QueryNode node) => node switch
    {
        MatchAllNode => Unscored(new MatchAllDocsQuery()),
        TextNode text => BuildText(text),
        KeywordNode keyword => KeywordNormalizer.Normalize(keyword.Value) is { } value
            ? Unscored(new TermQuery(new Term(keyword.Field, value)))
            : null,
        DateRangeNode range => DateRange(range.From, range.To),
        NotNode not => BuildAnd([not]),
        AndNode and => BuildAnd(and.Children),
        OrNode or => BuildOr(or.Children),
        _ => throw new InvalidOperationException("unknown query node " + node.GetType().Name),
    };

    private Query? BuildText(TextNode node)
    {
        if (node.Field is { } field)
        {
            return TextFieldLayout.BuildQuery(field, node.Text, _synonyms);
        }

        if (_mode == QueryMode.Any && !node.IsPhrase)
        {
            return AnyPartOfWord(node.Text);
        }

        return AcrossDefaultFields(node.Text, boost: 1f, exactEnds: false);
    }

    /// <summary>
    /// Any-mode reading of a plain word: each of its terms (bigrams, word runs) in any default field, optional, so
    /// that a word matches partially (<c>헤이그가</c> finds <c>헤이그는</c> by 헤이 and 이그) and scores by how much of
    /// it matches, a whole word above a part of it; a headline abbreviation in it also matches the words it stands for
    /// (<c>尹측</c> finds 윤석열: measured, known-item MRR@10 0.7804 to 0.7849, KorQuAD unchanged at 0.9120, every 4th
    /// question, no folding). No whole-word phrase clause: measured, it lowered KorQuAD MRR@10
    /// from 0.841 to 0.809 and known-item from 0.721 to 0.705 (every 4th question). Null when the word has no
    /// searchable terms.
    /// </summary>
    private BooleanQuery? AnyPartOfWord(string word)
    {
        var parts = new BooleanQuery();
        var endingBigrams = WordEnding.EndingBigrams(KoreanTextNormalizer.Normalize(word));
        foreach (var field in NewsFields.DefaultTextFields)
        {
            var weight = FieldBoost(field);
            var terms = TextFieldLayout.WordTermsWithReadings(field, word);
            for (var i = 0; i < terms.Count; i++)
            {
                var endingWeight = endingBigrams.Contains(terms[i].Text) ? _ranking.AnyModeEndingBigramWeight : 1f;
                Query part = field == NewsFields.Body && _ranking.AnyModeLeadWeight > 0f && terms[i].Field == field
                    ? new LeadBonusTermQuery(terms[i], _ranking.AnyModeLeadWeight / weight, _ranking.LeadPositions)
                    : new SharedStatesTermQuery(terms[i]);
                part.Boost = weight * endingWeight;
                parts.Add(part, Occur.SHOULD);
            }
        }

        return parts.Clauses.Count == 0 ? null : parts;
    }

    /// <summary>
    /// The text in any default field, each field with its weight; null when the text has no searchable terms.
    /// <paramref name="exactEnds"/>: a one-syllable word at an end of the text must stand alone instead of possibly
    /// being part of a longer word (plain phrase instead of a wildcard span).
    /// </summary>
    private BooleanQuery? AcrossDefaultFields(string text, float boost, bool exactEnds)
    {
        var perField = new BooleanQuery();
        foreach (var field in NewsFields.DefaultTextFields)
        {
            var fieldQuery = exactEnds
                ? TextFieldLayout.BuildExactPhraseQuery(field, text, _synonyms)
                : TextFieldLayout.BuildQuery(field, text, _synonyms);
            if (fieldQuery is not { } query)
            {
                continue;
            }

            query.Boost *= FieldBoost(field);
            perField.Add(query, Occur.SHOULD);
        }

        if (perField.Clauses.Count == 0)
        {
            return null;
        }

        perField.Boost = boost;
        return perField;
    }

    private float FieldBoost(string field) => field switch
    {
        NewsFields.Title => _mode == QueryMode.Any ? _ranking.AnyModeTitleBoost : _ranking.TitleBoost,
        NewsFields.Subtitle => _mode == QueryMode.Any ? _ranking.AnyModeSubtitleBoost : _ranking.SubtitleBoost,
        _ => 1f,
    };

    private Query? BuildOr(IReadOnlyList<QueryNode> children)
    {
        var any = new BooleanQuery();
        foreach (var child in children)
        {
            if (BuildNode(child) is { } query)
            {
                any.Add(query, Occur.SHOULD);
            }
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    private Query? BuildAnd(IReadOnlyList<QueryNode> children)
    {
        var required = new List<Query>();
        var optional = new List<Query>();
        var excluded = new List<Query>();
        var hasPositive = false;
        foreach (var child in children)
        {
            if (child is NotNode not)
            {
                if (BuildNode(not.Child) is { } exclusion)
                {
                    excluded.Add(exclusion);
                }

                continue;
            }

            hasPositive = true;
            if (BuildNode(child) is not { } query)
            {
                continue;
            }

            // In Any mode words become optional, but filters written in the query (source:, date:) stay required.
            var isFilter = child is KeywordNode or DateRangeNode;
            (_mode == QueryMode.Any && !isFilter ? optional : required).Add(query);
        }

        if (required.Count == 0 && optional.Count == 0)
        {
            if (hasPositive)
            {
                return null;
            }

            // Only exclusions: everything except them.
            required.Add(Unscored(new MatchAllDocsQuery()));
        }

        var proximity = AdjacentPairs(children).ToList();
        if (required.Count == 1 && optional.Count == 0 && excluded.Count == 0 && proximity.Count == 0)
        {
            return required[0];
        }

        var all = new BooleanQuery();
        foreach (var query in required)
        {
            all.Add(query, Occur.MUST);
        }

        if (optional.Count > 0)
        {
            var atLeastOne = new WordCoverageQuery(_ranking.AnyModeWordCoverage);
            foreach (var query in optional)
            {
                atLeastOne.Add(query, Occur.SHOULD);
            }

            all.Add(atLeastOne, Occur.MUST);
        }

        foreach (var query in proximity)
        {
            all.Add(query, Occur.SHOULD);
        }

        foreach (var query in excluded)
        {
            all.Add(query, Occur.MUST_NOT);
        }

        return all;
    }

    /// <summary>Phrase clauses for each two consecutive plain words, so that words side by side rank above scattered ones.</summary>
    private IEnumerable<Query> AdjacentPairs(IReadOnlyList<QueryNode> children)
    {
        var boost = _mode == QueryMode.Any ? _ranking.AnyModePhraseBoost : _ranking.PhraseBoost;
        if (boost <= 0f)
        {
            yield break;
        }

        var pairs = 0;
        for (var i = 0; i + 1 < children.Count && pairs < MaxAdjacentPairs; i++)
        {
            if (children[i] is TextNode { Field: null, IsPhrase: false } first
                && children[i + 1] is TextNode { Field: null, IsPhrase: false } second
                && AcrossDefaultFields(first.Text + " " + second.Text, boost, exactEnds: _mode == QueryMode.Any) is { } phrase)
            {
                pairs++;
                yield return phrase;
            }
        }
    }

    private static Query DateRange(DateOnly? from, DateOnly? to) => new ConstantScoreQuery(RangeFilter(from, to)) { Boost = 0f };

    private static PublishedRangeFilter RangeFilter(DateOnly? from, DateOnly? to)
    {
        long? lower = from is { } f ? KoreaMidnight(f).ToUnixTimeMilliseconds() : null;
        long? upperExclusive = to is { } t ? KoreaMidnight(t.AddDays(1)).ToUnixTimeMilliseconds() : null;
        return new PublishedRangeFilter(lower, upperExclusive);
    }

    private static DateTimeOffset KoreaMidnight(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), NewsArticle.KoreaOffset);

    // Filters decide membership only: a constant zero score keeps them out of the ranking.
    private static ConstantScoreQuery Unscored(Query query) => new(query) { Boost = 0f };
}
