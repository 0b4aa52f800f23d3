using System.Diagnostics;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// The on-disk index of the corpus that the typing measurements (<c>layout-typos</c>, <c>suggest</c>) search: built
/// into <c>--index DIR</c> (default <c>OUT/typing-index</c>) on the first run and reused while it exists.
/// </summary>
internal static class TypingBenchIndex
{
    public static NewsIndex Open(BenchmarkOptions options, out IReadOnlyList<NewsArticle> corpus)
    {
        var path = options.Extra.TryGetValue("index", out var given) ? given : Path.Combine(options.OutputPath, "typing-index");
        var clock = Stopwatch.StartNew();
        corpus = ChosunCorpus.Load(options.CorpusPath, options.Limit);
        Console.Error.WriteLine($"loaded {corpus.Count} articles in {clock.Elapsed.TotalSeconds:F1} s");
        if (!NewsIndex.Exists(path))
        {
            clock.Restart();
            using var writer = NewsIndex.Open(path);
            writer.Upsert(corpus);
            writer.Compact();
            Console.Error.WriteLine($"indexed into {path} in {clock.Elapsed.TotalSeconds:F1} s");
        }

        return NewsIndex.OpenReadOnly(path);
    }
}
