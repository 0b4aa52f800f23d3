using Lucene.Net.Search;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// The fallback that never leaves a reader with nothing: when an all-words search finds (almost) no article but the
/// any-word reading of the same query finds more, the any-word results are returned, marked as relaxed, with the
/// query words that some article does contain and those that none does.
/// </summary>
internal static class RelaxedSearch
{
    /// <summary>Whether the any-word reading is worth running after the all-words search found <paramref name="strictTotal"/> articles.</summary>
    public static bool IsWorthTrying(SearchRequest request, QueryNode parsed, int strictTotal) =>
        request.Mode == QueryMode.All
        && strictTotal < request.RelaxWhenFewerThan
        && Words(parsed).ToList() is { Count: > 0 } words
        // The any-word reading differs from the all-words one only for several words or a plain word matched in part.
        && (words.Count > 1 || words[0] is { Field: null, IsPhrase: false });

    /// <summary>The relaxed results: <paramref name="relaxed"/> marked, with each query word sorted into matched or unmatched.</summary>
    public static SearchResults Mark(IndexSearcher searcher, SearchRequest request, QueryNode parsed, SearchResults relaxed)
    {
        var strict = request with { Mode = QueryMode.All, Facets = false };
        var matched = new List<string>();
        var unmatched = new List<string>();
        foreach (var word in Words(parsed).Distinct())
        {
            (MatchesAny(searcher, NewsQueryBuilder.Build(word, strict)) ? matched : unmatched).Add(Display(word));
        }

        return relaxed with { Relaxed = true, MatchedWords = matched, UnmatchedWords = unmatched };
    }

    /// <summary>
    /// Whether any live article matches: the first match per segment decides, where counting them all visited every
    /// article a common word is in (thousands within a date filter, for each word of a relaxed query).
    /// </summary>
    private static bool MatchesAny(IndexSearcher searcher, Query query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        return searcher.IndexReader.Leaves.Any(leaf =>
            weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS);
    }

    /// <summary>The words and phrases the query asks for (not the excluded ones), in query order.</summary>
    private static IEnumerable<TextNode> Words(QueryNode node) => node switch
    {
        TextNode text => [text],
        AndNode and => and.Children.SelectMany(Words),
        OrNode or => or.Children.SelectMany(Words),
        _ => [],
    };

    /// <summary>A word as the reader wrote it: quoted when a phrase, with its field prefix when it has one.</summary>
    private static string Display(TextNode word)
    {
        var text = word.IsPhrase ? $"\"{word.Text}\"" : word.Text;
        return word.Field is { } field ? $"{field}:{text}" : text;
    }
}
