namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Files of the repository the harness needs at run time.</summary>
internal static class BenchPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string PeerSource => Path.Combine(RepoRoot, "tests", "peers", "Peer.java");

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KoreanNewsSearch.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("repository root (KoreanNewsSearch.slnx) not found");
    }
}
