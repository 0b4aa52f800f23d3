using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>huge-jsonl [--gigabytes 2] [--file PATH] [--ingest [--max-seconds T]] [--knews PATH]</c>: writes a JSON Lines file of the given
/// size (the Chosun articles repeated, each copy with its own url) under /tmp, streams it through the ingest's reader,
/// and reports the resident memory along the way: it must stay flat, whatever the file size. <c>--ingest</c> runs a
/// whole <c>knews ingest</c> of it into <c>OUT/huge-index</c> instead and samples that process's memory.
/// </summary>
internal sealed class HugeJsonlCommand : IBenchmarkCommand
{
    public string Name => "huge-jsonl";

    public string Description => "Huge inputs: stream a generated multi-GB JSON Lines file through the reader; peak and sampled RSS (--gigabytes 2)";

    public int Run(BenchmarkOptions options)
    {
        var gigabytes = options.Extra.TryGetValue("gigabytes", out var g) ? double.Parse(g, CultureInfo.InvariantCulture) : 2;
        var file = options.Extra.TryGetValue("file", out var f) ? f : Path.Combine(Path.GetTempPath(), "knews-huge.jsonl");
        var target = (long)(gigabytes * 1024 * 1024 * 1024);
        if (!File.Exists(file) || new FileInfo(file).Length < target)
        {
            Generate(options.CorpusPath, file, target);
        }

        var size = new FileInfo(file).Length;
        if (options.Extra.ContainsKey("ingest"))
        {
            var knews = options.Extra.TryGetValue("knews", out var k) ? k : Path.Combine(BenchPaths.RepoRoot, "src", "KoreanNewsSearch.Cli", "bin", "Release", "net10.0", "knews.dll");
            var maxSeconds = options.Extra.TryGetValue("max-seconds", out var m) ? double.Parse(m, CultureInfo.InvariantCulture) : double.PositiveInfinity;
            return HugeIngest.Run(knews, file, Path.Combine(Path.GetFullPath(options.OutputPath), "huge-index"), TimeSpan.FromSeconds(Math.Min(maxSeconds, TimeSpan.MaxValue.TotalSeconds / 2)));
        }

        Console.WriteLine($"streaming {file} ({size / 1048576.0:N0} MB); load {File.ReadAllText("/proc/loadavg").Trim()}");
        PeakMemory.Reset();
        var samples = new List<(double Gb, long Rss)>();
        var clock = Stopwatch.StartNew();
        long articles = 0, failed = 0, bodyChars = 0;
        using var stream = File.OpenRead(file); // Position: how far the reader got
        foreach (var result in JsonLinesArticleReader.ReadLines(stream, file))
        {
            if (result.Article is { } article)
            {
                articles++;
                bodyChars += article.Body.Length;
            }
            else
            {
                failed++;
            }

            if ((articles + failed) % 50_000 == 0)
            {
                samples.Add((stream.Position / 1073741824.0, Environment.WorkingSet));
            }
        }

        var peak = PeakMemory.PeakBytes();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles:N0} articles ({failed} failed, {bodyChars / 1e9:0.00} G body characters) in {clock.Elapsed.TotalSeconds:0} s ({size / 1048576.0 / clock.Elapsed.TotalSeconds:0} MB/s); peak RSS {peak / 1048576.0:0} MB{(PeakMemory.ResetFailed ? " (process lifetime)" : "")}"));
        Console.WriteLine("RSS while reading: " + string.Join(", ", samples.Where((_, i) => i % Math.Max(1, samples.Count / 10) == 0)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Gb:0.0} GB read: {s.Rss / 1048576.0:0} MB"))));
        Console.WriteLine($"load at end {File.ReadAllText("/proc/loadavg").Trim()}; delete {file} when done");
        return failed == 0 ? 0 : 1;
    }

    private static void Generate(string corpus, string file, long target)
    {
        Console.WriteLine($"writing {target / 1048576.0:N0} MB to {file} from {corpus}");
        var lines = ChosunCorpus.Lines(corpus).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        using var writer = new StreamWriter(file);
        for (var copy = 0; writer.BaseStream.Length < target; copy++)
        {
            foreach (var article in lines)
            {
                var clone = article.DeepClone().AsObject();
                clone["url"] = $"{article["url"]}?copy={copy}";
                writer.WriteLine(clone.ToJsonString());
                if (writer.BaseStream.Length >= target)
                {
                    break;
                }
            }
        }
    }
}
