using System.Diagnostics;
using System.Globalization;
using System.Text;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Benchmarks.Harness;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Cost of the analysis chain against stock CJKAnalyzer in one run: analysis throughput (MB/s of UTF-8 body text,
/// one thread, rounds interleaved; both text fields analysed on their own and from the one shared pass that indexing
/// uses), then index size, build time and one-syllable query speed of each way to lay out
/// the single-character terms (no unigram field, the shipped docs+freqs shadow field, docs only, and with positions,
/// which costs what unigrams inside the bigram field would).
/// </summary>
internal sealed class AnalysisThroughputCommand : IBenchmarkCommand
{
    public string Name => "analysis-throughput";

    public string Description => "Analysis MB/s and index size: our chain vs stock CJKAnalyzer, unigram layouts (--rounds 3, --no-index)";

    public int Run(BenchmarkOptions options)
    {
        var rounds = options.Extra.TryGetValue("rounds", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
        var articles = ChosunCorpus.Load(options.CorpusPath, options.Limit);
        var bodies = articles.Select(a => a.Body).ToList();
        var megabytes = bodies.Sum(b => (long)Encoding.UTF8.GetByteCount(b)) / 1e6;
        Console.WriteLine($"# Analysis cost on {articles.Count:N0} Chosun articles ({megabytes:F1} MB of UTF-8 body text)");
        Console.WriteLine();
        Console.WriteLine($"load average at start: {LoadAverage()}");
        MeasureThroughput(bodies, megabytes, rounds);
        if (!options.Extra.ContainsKey("no-index"))
        {
            var syllables = AnalysisQueryStrings.Load(AnalysisQueryStrings.DefaultPath(options), int.MaxValue)
                .Where(q => q.Type == "syllable").Select(q => q.Query).ToList();
            MeasureIndexes(articles, Path.GetFullPath(options.OutputPath), syllables, rounds);
        }

        Console.WriteLine($"load average at end: {LoadAverage()}");
        return 0;
    }

    private static void MeasureThroughput(List<string> bodies, double megabytes, int rounds)
    {
        using var ours = TextFieldLayout.CreateIndexAnalyzer();
        using var cjk = new CJKAnalyzer(LuceneVersion.LUCENE_48);
        var runs = new (string Name, Func<string, long> Run)[]
        {
            ("stock CJKAnalyzer", body => CountTokens(cjk, "body", body)),
            ("ours: bigram field", body => CountTokens(ours, "body", body)),
            ("ours: unigram shadow field", body => CountTokens(ours, TextFieldLayout.UnigramField("body"), body)),
            ("ours: both fields, each analysed on its own", body => CountTokens(ours, "body", body) + CountTokens(ours, TextFieldLayout.UnigramField("body"), body)),
            ("ours: both fields from one shared pass (as indexed)", body => TextFieldLayout.CreateFields("body", body).Sum(field => CountTokens(field.GetTokenStream(ours)))),
            ("ours: normaliser alone", body => KoreanTextNormalizer.Normalize(body).Length),
            (".NET string.Normalize(FormKC) alone", body => body.Normalize(NormalizationForm.FormKC).Length),
        };
        var seconds = runs.ToDictionary(run => run.Name, _ => new List<double>());
        var tokens = new Dictionary<string, long>();
        foreach (var run in runs)
        {
            tokens[run.Name] = bodies.Take(200).Sum(run.Run); // warm-up
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var run in runs)
            {
                var clock = Stopwatch.StartNew();
                tokens[run.Name] = bodies.Sum(run.Run);
                seconds[run.Name].Add(clock.Elapsed.TotalSeconds);
            }
        }

        var baseline = Median(seconds[runs[0].Name]);
        Console.WriteLine();
        Console.WriteLine($"## Analysis throughput, one thread, median of {rounds} interleaved rounds");
        Console.WriteLine();
        Console.WriteLine("| analysis | tokens (chars for normalisers) | median s | MB/s | time vs stock CJK |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var median = Median(seconds[run.Name]);
            Console.WriteLine($"| {run.Name} | {tokens[run.Name]:N0} | {median:F2} | {megabytes / median:F1} | {median / baseline:F2}x |");
        }
    }

    private static void MeasureIndexes(IReadOnlyList<NewsArticle> articles, string outputPath, List<string> syllables, int rounds)
    {
        var layouts = new Layout[]
        {
            new("stock CJKAnalyzer, one field", () => new CJKAnalyzer(LuceneVersion.LUCENE_48), null),
            new("ours, no unigram field", TextFieldLayout.CreateIndexAnalyzer, null),
            new("ours + unigram field, docs+freqs (shipped)", TextFieldLayout.CreateIndexAnalyzer, IndexOptions.DOCS_AND_FREQS),
            new("ours + unigram field, docs only", TextFieldLayout.CreateIndexAnalyzer, IndexOptions.DOCS_ONLY),
            new("ours + unigram field with positions (= unigrams in the bigram field)", TextFieldLayout.CreateIndexAnalyzer, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS),
        };
        Console.WriteLine();
        Console.WriteLine($"## Index of title + body (nothing stored), one thread, forceMerge(1); {syllables.Count} one-syllable queries x {rounds} passes");
        Console.WriteLine();
        Console.WriteLine("| layout | build s | index MB | size vs stock CJK | one-syllable query mean ms | hits of those queries |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        long? baselineBytes = null;
        for (var i = 0; i < layouts.Length; i++)
        {
            var layout = layouts[i];
            var path = Path.Combine(outputPath, $"analysis-index-{i}");
            DirectorySize.Recreate(path);
            var clock = Stopwatch.StartNew();
            using (var directory = FSDirectory.Open(path))
            {
                Build(directory, layout, articles);
                var build = clock.Elapsed.TotalSeconds;
                var bytes = DirectorySize.Of(path);
                baselineBytes ??= bytes;
                var (meanMs, hits) = QuerySyllables(directory, layout, syllables, rounds);
                Console.WriteLine($"| {layout.Name} | {build:F1} | {bytes / 1e6:F1} | {(double)bytes / baselineBytes.Value:F2}x | {meanMs:F3} | {hits:N0} |");
            }

            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private static void Build(LuceneDirectory directory, Layout layout, IReadOnlyList<NewsArticle> articles)
    {
        using var analyzer = layout.CreateAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 64 });
        var unigramType = layout.Unigrams is { } options ? UnigramFieldType(options) : null;
        foreach (var article in articles)
        {
            var doc = new Document();
            foreach (var (field, text) in new[] { ("title", article.Title), ("body", article.Body) })
            {
                doc.Add(new TextField(field, text, Field.Store.NO));
                if (unigramType is not null)
                {
                    doc.Add(new Field(TextFieldLayout.UnigramField(field), text, unigramType));
                }
            }

            writer.AddDocument(doc);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>Each syllable in title or body: the unigram field when there is one, else the term itself (standalone only).</summary>
    private static (double MeanMs, long Hits) QuerySyllables(LuceneDirectory directory, Layout layout, List<string> syllables, int rounds)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        long hits = 0;
        var clock = new Stopwatch();
        for (var pass = 0; pass <= rounds; pass++)
        {
            if (pass == 1)
            {
                clock.Start(); // pass 0 warms up
            }

            hits = 0;
            foreach (var syllable in syllables)
            {
                var query = new BooleanQuery();
                foreach (var field in new[] { "title", "body" })
                {
                    var target = layout.Unigrams is null ? field : TextFieldLayout.UnigramField(field);
                    query.Add(new TermQuery(new Term(target, syllable)), Occur.SHOULD);
                }

                var top = searcher.Search(query, 10);
                hits += top.TotalHits;
            }
        }

        return (clock.Elapsed.TotalMilliseconds / (rounds * syllables.Count), hits);
    }

    private static FieldType UnigramFieldType(IndexOptions options)
    {
        var type = new FieldType { IsIndexed = true, IsTokenized = true, IndexOptions = options, OmitNorms = true };
        type.Freeze();
        return type;
    }

    private static long CountTokens(Analyzer analyzer, string field, string text) => CountTokens(analyzer.GetTokenStream(field, text));

    private static long CountTokens(TokenStream tokens)
    {
        using var stream = tokens;
        stream.Reset();
        long count = 0;
        while (stream.IncrementToken())
        {
            count++;
        }

        stream.End();
        return count;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private sealed record Layout(string Name, Func<Analyzer> CreateAnalyzer, IndexOptions? Unigrams);
}
