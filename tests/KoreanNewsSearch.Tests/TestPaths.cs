namespace KoreanNewsSearch.Tests;

/// <summary>Locates the repository root, its data/ folder and the read-only ../shared folder beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Data => Path.Combine(RepoRoot, "data");

    /// <summary>The shared folder (seed, corpora, real pages) that CI places beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    public static string Seed => SharedFile("seed", "000_c11fe9059b579c8f.txt");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KoreanNewsSearch.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (KoreanNewsSearch.slnx) not found above " + AppContext.BaseDirectory);
    }
}
