using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>Builds the default index from the shipped <c>data/</c> folder the first time a search needs it.</summary>
internal static class FirstUseIndex
{
    public static void EnsureBuilt(string indexPath, CancellationToken cancellationToken)
    {
        if (!FirstUseBuild.IsNeeded(indexPath))
        {
            return;
        }

        Console.Error.WriteLine(FirstUseBuild.Notice(indexPath));
        using var index = NewsIndex.Open(indexPath);
        IngestRunner.Run(index, [FirstUseBuild.DataFolder], ArticleIngester.DefaultBatchSize, cancellationToken);
    }
}
