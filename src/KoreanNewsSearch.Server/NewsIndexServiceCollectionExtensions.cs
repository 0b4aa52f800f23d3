using KoreanNewsSearch.Indexing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers KoreanNewsSearch in an ASP.NET Core (or any <see cref="IServiceCollection"/>) app.</summary>
public static class NewsIndexServiceCollectionExtensions
{
    /// <summary>How often a shared read-only index looks for commits of other processes unless told otherwise.</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Registers one shared <see cref="NewsIndex"/>, opened read-only over <paramref name="indexPath"/> when first
    /// needed and disposed with the app. It picks up what another process (<c>knews ingest</c>) commits, at most
    /// <paramref name="refreshInterval"/> late (default one second).
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="indexPath">The index folder; it must hold an index.</param>
    /// <param name="refreshInterval">How often to look for new commits.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddNewsIndex(this IServiceCollection services, string indexPath, TimeSpan? refreshInterval = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(indexPath);
        return services.AddSingleton(_ => NewsIndex.OpenReadOnly(indexPath, refreshInterval ?? DefaultRefreshInterval));
    }
}
