using System.Text;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Trains the zstd dictionary of stored articles (<see cref="ZstdArticleCompression"/>) from the shipped Wikinews
/// articles, as the index stores them. Its output is part of the index format: run it only with a new codec name.
/// </summary>
internal sealed class StoredDictionaryCommand : IBenchmarkCommand
{
    /// <summary>zstd's usual dictionary size; a 64 KB one shrank the Chosun articles 2.5% less.</summary>
    private const int DictionaryBytes = 112 * 1024;

    public string Name => "stored-dictionary";

    public string Description => "Train the zstd dictionary of stored articles from data/wikinews into src/KoreanNewsSearch/Indexing/stored-articles.zdict";

    public int Run(BenchmarkOptions options)
    {
        var source = Path.Combine(BenchPaths.RepoRoot, "data", "wikinews", "wikinews.jsonl");
        var samples = JsonLinesArticleReader.ReadFile(source)
            .Select(record => Encoding.UTF8.GetBytes(ArticleJson.Serialize(record.Article!.WithComputedId())))
            .ToList();
        var dictionary = ZstdSharp.DictBuilder.TrainFromBuffer(samples, DictionaryBytes).ToArray();
        var target = Path.Combine(BenchPaths.RepoRoot, "src", "KoreanNewsSearch", "Indexing", "stored-articles.zdict");
        File.WriteAllBytes(target, dictionary);
        Console.WriteLine($"{dictionary.Length:N0}-byte dictionary from {samples.Count:N0} articles ({samples.Sum(s => (long)s.Length):N0} bytes of JSON) written to {target}");
        return 0;
    }
}
