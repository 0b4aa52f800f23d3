using System.Diagnostics;
using System.Globalization;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// Start-up of the command line as a user meets it: a published Release build (ReadyToRun, as the README's
/// <c>dotnet publish src/KoreanNewsSearch.Cli -c Release -o out</c> makes it) timed as whole processes, <c>knews --help</c>
/// and <c>knews search 삼성전자</c> over the index built from the repository's <c>data/</c>, runs interleaved.
/// Reports wall-time median and spread, and the CPU time the processes used (user + system): on a shared machine the
/// wall time mostly measures the queue for a core, the CPU time what the process itself costs.
/// </summary>
internal static class StartupSuite
{
    /// <summary>The targets: median wall time of each command.</summary>
    private static readonly (string Name, string[] Args, double TargetMs)[] Commands =
    [
        ("knews --help", ["--help"], 150),
        ("knews search 삼성전자", ["search", "삼성전자"], 250),
    ];

    public static void Run(BenchContext ctx)
    {
        var runs = ctx.Options.Extra.TryGetValue("runs", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 11;
        var builds = Builds(ctx);
        var work = ctx.PathOf("startup-work");
        PrepareWorkFolder(work);

        // The first search builds work/index from work/data, once; every timed search finds it.
        var firstUse = Time(Path.Combine(builds[0].Folder, "knews"), work, ["search", "삼성전자"]);
        var table = new MarkdownTable("Build", "Command", "Runs", "Median ms", "Min ms", "Max ms", "CPU ms (median)", "Target ms", "Met");
        foreach (var (name, folder) in builds)
        {
            var knews = Path.Combine(folder, "knews");
            var samples = Commands.Select(_ => new List<Sample>()).ToArray();
            Time(knews, work, ["--help"]); // warm the page cache for this build's files
            for (var run = 0; run < runs; run++)
            {
                for (var c = 0; c < Commands.Length; c++)
                {
                    samples[c].Add(Time(knews, work, Commands[c].Args));
                }
            }

            for (var c = 0; c < Commands.Length; c++)
            {
                var wall = samples[c].Select(s => s.WallMs).Order().ToArray();
                var median = Median(wall);
                table.Row(
                    name,
                    $"`{Commands[c].Name}`",
                    Fmt.N(runs, 0),
                    Fmt.N(median, 0),
                    Fmt.N(wall[0], 0),
                    Fmt.N(wall[^1], 0),
                    Fmt.N(Median(samples[c].Select(s => s.CpuMs).Order().ToArray()), 0),
                    Fmt.N(Commands[c].TargetMs, 0),
                    median <= Commands[c].TargetMs ? "yes" : "no");
            }
        }

        ctx.AddSection(
            $"## Start-up: whole `knews` processes, median of {runs}\n\n" +
            $"Each command a fresh process with stdout redirected, the commands interleaved; `search` over the index that the first " +
            $"search built from the repository's `data/` (that first search, {builds[0].Name}: {Fmt.N(firstUse.WallMs, 0)} ms). " +
            $"CPU ms: user + system time of the process, in 10 ms ticks. Load average now: {LoadAverage()}.\n\n" + table);
    }

    private static List<(string Name, string Folder)> Builds(BenchContext ctx)
    {
        // --builds name=DIR,name=DIR times earlier publishes side by side (one change at a time); default: publish now.
        if (ctx.Options.Extra.TryGetValue("builds", out var list))
        {
            return list.Split(',').Select(entry => entry.Split('=', 2)).Select(p => (p[0], Path.GetFullPath(p[1]))).ToList();
        }

        return [("published now", PublishedKnews.Folder(ctx))];
    }

    private static void PrepareWorkFolder(string work)
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var data = Path.Combine(BenchPaths.RepoRoot, "data");
        foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(work, "data", Path.GetRelativePath(data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private readonly record struct Sample(double WallMs, double CpuMs);

    private static Sample Time(string knews, string workingDirectory, string[] args)
    {
        var info = new ProcessStartInfo(knews)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var cpuBefore = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"knews {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return new Sample(wall, ChildrenCpuMs() - cpuBefore);
    }

    // cutime + cstime of /proc/self/stat: CPU time of the children this process has waited for, in clock ticks (1/100 s).
    private static double ChildrenCpuMs()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return double.NaN;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
