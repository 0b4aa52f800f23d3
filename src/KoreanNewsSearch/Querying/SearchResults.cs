namespace KoreanNewsSearch.Querying;

// PLACEHOLDER shape: the query layer work completes and documents it.
/// <summary>A page of search hits.</summary>
public sealed record SearchResults
{
    /// <summary>Exact number of matching articles.</summary>
    public int Total { get; init; }

    /// <summary>The hits of the requested page, best first.</summary>
    public IReadOnlyList<NewsArticle> Hits { get; init; } = [];
}
