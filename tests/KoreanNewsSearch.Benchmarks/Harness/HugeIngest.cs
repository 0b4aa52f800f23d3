using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// A whole <c>knews ingest</c> of one huge file, as a separate process whose resident memory (VmRSS) and peak (VmHWM)
/// are read from <c>/proc</c> every second, against the articles it has read: flat memory means the late samples are no
/// higher than the early ones.
/// </summary>
internal static class HugeIngest
{
    /// <param name="knews">The CLI's .dll.</param>
    /// <param name="file">The JSON Lines file.</param>
    /// <param name="indexPath">Where the index goes (deleted first).</param>
    /// <param name="maxTime">Stop the ingest (SIGKILL) after this long: a partial run on a busy machine, said so in the report.</param>
    public static int Run(string knews, string file, string indexPath, TimeSpan maxTime)
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }

        Console.WriteLine($"knews ingest {file} ({new FileInfo(file).Length / 1048576.0:N0} MB) into {indexPath}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        var read = 0L;
        var samples = new List<(TimeSpan At, long Read, long RssKb)>();
        long peakKb = 0;
        var clock = Stopwatch.StartNew();
        using var ingest = StressWriters.StartIngest(knews, indexPath, [file], ArticleIngester.DefaultBatchSize, line =>
        {
            // "12,000 articles read, 0 failed, 350 articles/s" after each commit
            var count = line.Split(" articles read", 2)[0].Replace(",", "", StringComparison.Ordinal);
            if (line.Contains(" articles read, ", StringComparison.Ordinal) && long.TryParse(count, CultureInfo.InvariantCulture, out var n))
            {
                Interlocked.Exchange(ref read, n);
            }
        });
        var stopped = false;
        while (!ingest.WaitForExit(TimeSpan.FromSeconds(1)))
        {
            if (Status(ingest.Id) is { } status)
            {
                peakKb = Math.Max(peakKb, status.HwmKb);
                samples.Add((clock.Elapsed, Interlocked.Read(ref read), status.RssKb));
            }

            if (clock.Elapsed > maxTime)
            {
                ingest.Kill(entireProcessTree: true);
                stopped = true;
            }
        }

        ingest.WaitForExit();
        var elapsed = clock.Elapsed;
        int articles;
        using (var index = NewsIndex.OpenReadOnly(indexPath))
        {
            articles = index.GetStats(0).Articles;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(stopped ? $"STOPPED after {maxTime.TotalSeconds:0} s (--max-seconds), not the whole file" : $"exit {ingest.ExitCode}")}: {articles:N0} articles indexed in {elapsed.TotalSeconds:0} s ({articles / elapsed.TotalSeconds:0} articles/s), index {DirectorySize.Of(indexPath) / 1048576.0:0} MB; peak RSS of knews {peakKb / 1024.0:0} MB"));
        var tenth = Math.Max(1, samples.Count / 10);
        Console.WriteLine("RSS of knews while ingesting: " + string.Join(", ", samples.Where((_, i) => i % tenth == 0)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.At.TotalSeconds:0} s, {s.Read:N0} read: {s.RssKb / 1024.0:0} MB"))));
        if (samples.Count >= 10)
        {
            var early = samples.Take(samples.Count / 2).Max(s => s.RssKb);
            var late = samples.Skip(samples.Count / 2).Max(s => s.RssKb);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest RSS in the first half {early / 1024.0:0} MB, in the second half {late / 1024.0:0} MB"));
        }

        Console.WriteLine($"load at end {File.ReadAllText("/proc/loadavg").Trim()}");
        return stopped ? 1 : ingest.ExitCode;
    }

    private static (long RssKb, long HwmKb)? Status(int pid)
    {
        try
        {
            var lines = File.ReadAllLines($"/proc/{pid}/status");
            return (Kb(lines, "VmRSS:"), Kb(lines, "VmHWM:"));
        }
        catch (IOException)
        {
            return null; // it just ended
        }
    }

    private static long Kb(string[] lines, string key) =>
        long.Parse(lines.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}
