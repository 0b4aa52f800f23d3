using System.Diagnostics;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// The <c>knews</c> command line as a user installs it: <c>dotnet publish src/KoreanNewsSearch.Cli -c Release</c> (the
/// README's command, ReadyToRun), made once per output folder into <c>OUT/startup-publish</c>.
/// </summary>
internal static class PublishedKnews
{
    /// <summary>The folder of the published build, publishing it first when this run has not.</summary>
    public static string Folder(BenchContext ctx)
    {
        var output = ctx.PathOf("startup-publish");
        ctx.EnsureBuilt(output, () =>
        {
            var publish = new ProcessStartInfo("dotnet") { WorkingDirectory = BenchPaths.RepoRoot, RedirectStandardOutput = true };
            foreach (var arg in new[] { "publish", "src/KoreanNewsSearch.Cli", "-c", "Release", "-o", output })
            {
                publish.ArgumentList.Add(arg);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(publish)!;
            var log = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet publish failed:\n" + log);
            }

            ctx.Log.WriteLine($"published {output} in {clock.Elapsed.TotalSeconds:F0} s");
        });
        return output;
    }
}
