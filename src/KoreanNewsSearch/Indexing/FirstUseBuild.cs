namespace KoreanNewsSearch.Indexing;

/// <summary>
/// The rule shared by <c>knews search</c> and <c>knews serve</c>: an empty default index is built from the shipped
/// <c>data/</c> folder the first time it is needed, and the user is told so.
/// </summary>
internal static class FirstUseBuild
{
    /// <summary>The sample corpus folder, relative to the current folder.</summary>
    public const string DataFolder = "data";

    /// <summary>True when <paramref name="indexPath"/> has no articles yet and <see cref="DataFolder"/> exists to build it from.</summary>
    public static bool IsNeeded(string indexPath) =>
        System.IO.Directory.Exists(DataFolder) && !(NewsIndex.Exists(indexPath) && HasArticles(indexPath));

    /// <summary>The line that tells the user the build is happening.</summary>
    public static string Notice(string indexPath) => $"index '{indexPath}' is empty: building it from '{DataFolder}/' first (once)";

    private static bool HasArticles(string indexPath)
    {
        using var index = NewsIndex.OpenReadOnly(indexPath);
        return index.ArticleCount > 0;
    }
}
