using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>Builds the default index from the shipped <c>data/</c> folder the first time a search needs it.</summary>
internal static class FirstUseIndex
{
    public const string DataFolder = "data";

    public static void EnsureBuilt(string indexPath, CancellationToken cancellationToken)
    {
        if (NewsIndex.Exists(indexPath) && HasArticles(indexPath))
        {
            return;
        }

        if (!Directory.Exists(DataFolder))
        {
            return;
        }

        Console.Error.WriteLine($"index '{indexPath}' is empty: building it from '{DataFolder}/' first (once)");
        using var index = NewsIndex.Open(indexPath);
        IngestRunner.Run(index, [DataFolder], ArticleIngester.DefaultBatchSize, cancellationToken);
    }

    private static bool HasArticles(string indexPath)
    {
        using var index = NewsIndex.OpenReadOnly(indexPath);
        return index.ArticleCount > 0;
    }
}
