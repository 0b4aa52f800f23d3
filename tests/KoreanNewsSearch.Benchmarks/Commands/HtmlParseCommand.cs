using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// <c>html-parse [--pages DIR] [--rounds N]</c>: pages per second of the HTML article parser over the real pages, against
/// a baseline in the same run (decoding and AngleSharp parsing only), so the cost of extraction itself is visible.
/// </summary>
internal sealed class HtmlParseCommand : IBenchmarkCommand
{
    public string Name => "html-parse";

    public string Description => "HTML article parser speed (pages/s) over ../shared/html, against a decode+DOM baseline";

    public int Run(BenchmarkOptions options)
    {
        var folder = options.Extra.TryGetValue("pages", out var pages) ? pages : Path.Combine("..", "shared", "html");
        var rounds = options.Extra.TryGetValue("rounds", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 20;
        var files = Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Bytes: File.ReadAllBytes(path)))
            .ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"no .html files in {folder}");
            return 1;
        }

        var megabytes = files.Sum(f => f.Bytes.Length) / 1024.0 / 1024.0;
        Console.WriteLine($"{files.Count} pages, {megabytes:F2} MB, {rounds} rounds (after one warm-up round)");

        var baseline = Measure(files, rounds, static (bytes, path) => new HtmlParser().ParseDocument(HtmlCharset.Decode(bytes, path)).Title?.Length ?? 0);
        var shared = new HtmlParser();
        var sharedBaseline = Measure(files, rounds, (bytes, path) => shared.ParseDocument(HtmlCharset.Decode(bytes, path)).Title?.Length ?? 0);
        var parser = Measure(files, rounds, static (bytes, path) => HtmlArticleParser.Parse(bytes, path).Body.Length);

        Console.WriteLine($"| step | pages/s | MB/s | ms/page |");
        Console.WriteLine($"|---|---:|---:|---:|");
        Report("decode + AngleSharp DOM (baseline)", baseline, files.Count, rounds, megabytes);
        Report("decode + AngleSharp DOM, one parser reused", sharedBaseline, files.Count, rounds, megabytes);
        Report("HtmlArticleParser.Parse (full)", parser, files.Count, rounds, megabytes);
        return 0;
    }

    private static TimeSpan Measure(List<(string Path, byte[] Bytes)> files, int rounds, Func<byte[], string, int> parse)
    {
        var sink = 0;
        foreach (var (path, bytes) in files)
        {
            sink += parse(bytes, path);
        }

        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (path, bytes) in files)
            {
                sink += parse(bytes, path);
            }
        }

        watch.Stop();
        GC.KeepAlive(sink);
        return watch.Elapsed;
    }

    private static void Report(string step, TimeSpan elapsed, int pages, int rounds, double megabytes)
    {
        var seconds = elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {step} | {pages * rounds / seconds:F0} | {megabytes * rounds / seconds:F1} | {seconds * 1000 / (pages * rounds):F2} |"));
    }
}
