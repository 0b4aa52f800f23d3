using KoreanNewsSearch.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanNewsSearch.Tests.Analysis;

/// <summary>
/// The straightforward algorithm that <see cref="QueryMatcher"/> replaced, kept as the oracle of its equivalence test:
/// the whole text analysed by the index analyzer into tokens, and every query variant compared with every token.
/// </summary>
internal static class ReferenceMatchFinder
{
    private static readonly KoreanNewsAnalyzer Analyzer = new();

    /// <summary>One merged span list per query, as <see cref="TextFieldLayout.FindMatches(string, IReadOnlyList{string}, SynonymDictionary?)"/> defines them.</summary>
    public static List<List<TextSpan>> FindMatches(string text, IReadOnlyList<string> queries, SynonymDictionary? synonyms)
    {
        var tokens = TextFieldLayout.Analyze(text);
        var byPosition = tokens.ToLookup(t => t.Position);
        var characters = Characters(text);
        var results = new List<List<TextSpan>>();
        foreach (var query in queries)
        {
            var spans = new List<TextSpan>();
            foreach (var (variant, isExpansion) in TextFieldLayout.QueryVariants(query, synonyms))
            {
                if (TextFieldLayout.IsSingleCharacter(variant) && !isExpansion)
                {
                    spans.AddRange(characters.Where(c => c.Term == variant[0].Term).Select(c => c.Span));
                    continue;
                }

                foreach (var first in tokens.Where(t => Matches(variant, 0, t)))
                {
                    var start = first.Position - variant[0].Position;
                    var matched = variant.Select((q, i) => byPosition[start + q.Position].FirstOrDefault(t => Matches(variant, i, t))).ToList();
                    if (matched.All(m => m is not null))
                    {
                        spans.Add(new TextSpan(matched.Min(m => m!.StartOffset), matched.Max(m => m!.EndOffset)));
                    }
                }
            }

            results.Add(Merge(spans));
        }

        return results;
    }

    private static bool Matches(IReadOnlyList<AnalyzedToken> query, int index, AnalyzedToken token)
    {
        var wanted = query[index];
        if (token.Term == wanted.Term)
        {
            return true;
        }

        if (query.Count == 1 || !TextFieldLayout.IsSyllable(wanted) || token.Kind == ScriptKind.Word || token.Term.EnumerateRunes().Count() != 2)
        {
            return false;
        }

        return (index == 0 && token.Term.EndsWith(wanted.Term, StringComparison.Ordinal))
            || (index == query.Count - 1 && token.Term.StartsWith(wanted.Term, StringComparison.Ordinal));
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>The terms of the unigram field: every Hangul, Han and kana character with its offsets.</summary>
    private static List<(string Term, TextSpan Span)> Characters(string text)
    {
        var characters = new List<(string, TextSpan)>();
        using var stream = Analyzer.GetTokenStream(TextFieldLayout.UnigramField("body"), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            characters.Add((term.ToString(), new TextSpan(offset.StartOffset, offset.EndOffset)));
        }

        stream.End();
        return characters;
    }
}
