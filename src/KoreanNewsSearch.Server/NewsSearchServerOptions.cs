namespace KoreanNewsSearch.Server;

/// <summary>Settings of the search server's endpoints.</summary>
public sealed class NewsSearchServerOptions
{
    /// <summary>The default <see cref="MaxExportArticles"/>.</summary>
    public const int DefaultMaxExportArticles = 20_000;

    /// <summary>The most articles one CSV or Excel download holds; a larger result set is cut and says so in a header.</summary>
    public int MaxExportArticles { get; set; } = DefaultMaxExportArticles;
}
