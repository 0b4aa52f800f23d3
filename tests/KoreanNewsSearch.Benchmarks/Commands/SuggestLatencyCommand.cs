using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Suggesting;
using KoreanNewsSearch.Typing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Suggestions on the corpus index: build time of the completions from the indexed title words and from the stored
/// titles, their count and memory, the index space of the title-words field, the latency of
/// <see cref="NewsIndex.Suggest"/> over prefixes typed every way (target p99 ≤ 5 ms), and the issue's examples.
/// </summary>
internal sealed class SuggestLatencyCommand : IBenchmarkCommand
{
    public string Name => "suggest";

    public string Description => "Suggestions: build time and size, p50/p99 over typed prefixes, the issue's examples (--index DIR, --passes N)";

    public int Run(BenchmarkOptions options)
    {
        var inv = CultureInfo.InvariantCulture;
        var passes = options.Extra.TryGetValue("passes", out var p) ? int.Parse(p, inv) : 3;
        using var index = TypingBenchIndex.Open(options, out var corpus);
        Console.WriteLine($"load average at start: {LoadAverage()}");

        using (var lease = index.AcquireSearcher())
        {
            var reader = lease.Searcher.IndexReader;
            foreach (var fromStoredTitles in new[] { false, true })
            {
                var stages = new List<(double Read, double Fold, double Arrays)>();
                SuggestionDictionary? built = null;
                var rawTerms = 0;
                for (var i = 0; i < 3; i++)
                {
                    var clock = Stopwatch.StartNew();
                    var raw = SuggestionDictionary.ReadTitleTerms(reader, fromStoredTitles);
                    var read = clock.Elapsed.TotalMilliseconds;
                    var folded = SuggestionDictionary.FoldParticles(raw);
                    var fold = clock.Elapsed.TotalMilliseconds - read;
                    built = SuggestionDictionary.FromCounts(folded);
                    stages.Add((read, fold, clock.Elapsed.TotalMilliseconds - read - fold));
                    rawTerms = raw.Count;
                }

                var best = stages.MinBy(s => s.Read + s.Fold + s.Arrays);
                Console.WriteLine(string.Create(inv, $"build from {(fromStoredTitles ? "stored titles" : "indexed title words")}: {best.Read + best.Fold + best.Arrays:F0} ms best of 3 (read {rawTerms:N0} terms {best.Read:F0} ms, fold particles {best.Fold:F0} ms, sorted arrays {best.Arrays:F0} ms; all runs {string.Join(", ", stages.Select(s => (s.Read + s.Fold + s.Arrays).ToString("F0", inv)))} ms), {built!.Count:N0} words and phrases, about {built.ApproximateBytes / 1024.0 / 1024.0:F1} MiB"));
            }
        }

        var splitClock = Stopwatch.StartNew();
        var titleTerms = corpus.Sum(article => TitleWords.Terms(article.Title).Count());
        Console.WriteLine(string.Create(inv, $"ingest cost: splitting {corpus.Count:N0} titles into {titleTerms:N0} words and pairs took {splitClock.Elapsed.TotalMilliseconds:F0} ms"));
        Console.WriteLine(string.Create(inv, $"index space of the title words field alone (same terms, {corpus.Count:N0} documents): {TitleWordsFieldBytes(corpus) / 1024.0 / 1024.0:F1} MiB; whole index {DirectorySize.Of(index.Path!) / 1024.0 / 1024.0:F1} MiB"));

        var prefixes = TypedPrefixes(index);
        index.Suggest("삼성", 10); // builds the dictionary of this reader once
        var millis = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var prefix in prefixes)
            {
                var clock = Stopwatch.StartNew();
                index.Suggest(prefix, 10);
                millis.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var stats = LatencyStats.From(millis);
        Console.WriteLine(string.Create(inv, $"Suggest(prefix, 10) over {prefixes.Count:N0} prefixes x {passes} passes: p50 {stats.P50:F3} ms, p95 {stats.P95:F3} ms, p99 {stats.P99:F3} ms, mean {stats.Mean:F3} ms"));
        Console.WriteLine($"load average at end: {LoadAverage()}");
        Console.WriteLine();
        foreach (var example in new[] { "삼성", "삼서", "삼ㅅ", "반도ㅊ", "ㅅㅅㅈㅈ", "삼ㅅㅈㅈ", "tkatjd", "삼성전자 ", "ㅑㅔㅙ", "이재" })
        {
            Console.WriteLine($"{example}: {string.Join(", ", index.Suggest(example, 6).Select(s => $"{s.Text} {s.Count}"))}");
        }

        return 0;
    }

    /// <summary>
    /// For the 500 most frequent suggestions: every prefix of the text, the same with the last syllable half-typed
    /// (its initial, its initial and vowel), its 초성, the first syllable followed by 초성, and its wrong-layout keys.
    /// </summary>
    private static List<string> TypedPrefixes(NewsIndex index)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var first in "가나다라마바사아자차카타파하abcdefghijklmnopqrstuvwxyz")
        {
            foreach (var suggestion in index.Suggest(first.ToString(), 20))
            {
                words.Add(suggestion.Text);
            }
        }

        var prefixes = new List<string>();
        foreach (var word in words)
        {
            for (var length = 1; length <= word.Length; length++)
            {
                prefixes.Add(word[..length]);
                if (HangulJamo.IsSyllable(word[length - 1]))
                {
                    prefixes.Add(word[..(length - 1)] + HangulJamo.Choseong(word[length - 1]));
                }
            }

            prefixes.Add(HangulJamo.Choseong(word));
            prefixes.Add(word[..1] + HangulJamo.Choseong(word[1..]));
            if (KeyboardLayout.HangulToLatin(word.Replace(" ", "", StringComparison.Ordinal)) is { } keys)
            {
                prefixes.Add(keys[..Math.Max(1, keys.Length * 2 / 3)]);
            }
        }

        return prefixes;
    }

    /// <summary>The size of an index holding only the title-words terms of the corpus, as the article index holds them.</summary>
    private static long TitleWordsFieldBytes(IReadOnlyList<NewsArticle> corpus)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null) { RAMBufferSizeMB = 64 }))
        {
            foreach (var article in corpus)
            {
                var document = new Document();
                foreach (var term in TitleWords.Terms(article.Title))
                {
                    document.Add(new StringField(NewsFields.TitleWords, term, Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.ForceMerge(1);
        }

        return directory.GetSizeInBytes();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
