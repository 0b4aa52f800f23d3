namespace KoreanNewsSearch.Querying;

// PLACEHOLDER shape: the query layer work completes and documents it.
/// <summary>What to search for.</summary>
public sealed record SearchRequest
{
    /// <summary>The query text (see the README's query syntax).</summary>
    public string Query { get; init; } = "";

    /// <summary>Zero-based index of the first hit to return.</summary>
    public int Offset { get; init; }

    /// <summary>How many hits to return, 1 to 100.</summary>
    public int Limit { get; init; } = 10;
}
