namespace KoreanNewsSearch.Querying;

/// <summary>An article's headline and body as escaped HTML with the query's words marked, for a full-article view.</summary>
/// <param name="Title">The headline, escaped, matches in <c>&lt;mark&gt;</c>.</param>
/// <param name="Body">The body, escaped, matches in <c>&lt;mark&gt;</c>, one paragraph a line as in the article.</param>
internal sealed record HighlightedArticle(string Title, string Body)
{
    /// <summary>Marks the words <paramref name="query"/> looks for (not its exclusions) in the title and in every body paragraph.</summary>
    /// <exception cref="QuerySyntaxException">The query text is malformed.</exception>
    public static HighlightedArticle For(NewsArticle article, string query)
    {
        var parsed = NewsQueryParser.Parse(query);
        var title = new SnippetBuilder(NewsSearchExecutor.SurfaceTerms(parsed, Indexing.NewsFields.Title));
        var body = new SnippetBuilder(NewsSearchExecutor.SurfaceTerms(parsed, Indexing.NewsFields.Body));
        return new HighlightedArticle(
            title.Highlight(article.Title),
            string.Join('\n', article.Body.Split('\n').Select(body.Highlight)));
    }
}
