using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Related articles on the Chosun corpus: for 50 articles (every 1,120th of the corpus), how many of the top 5 of
/// <see cref="NewsIndex.Related"/> are about the same story, by the judgements in <c>Labels/related-judgements.tsv</c>
/// (ids and labels only), and how long a call takes. Needs the index the <c>duplicates</c> command builds
/// (<c>bench-out/dupes-index</c>). <c>--dump</c> writes the current top 5 with headlines for judging instead.
/// </summary>
internal sealed class RelatedCommand : IBenchmarkCommand
{
    private const int SampleSize = 50;
    private const int Depth = 5;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Name => "related";

    public string Description => "Related articles: same-story share of the top 5 for 50 judged articles, latency (--dump; needs duplicates' index)";

    public static string LabelPath => Path.Combine(BenchPaths.RepoRoot, "tests", "KoreanNewsSearch.Benchmarks", "Labels", "related-judgements.tsv");

    public int Run(BenchmarkOptions options)
    {
        var indexPath = Path.Combine(options.OutputPath, "dupes-index");
        if (!NewsIndex.Exists(indexPath))
        {
            Console.Error.WriteLine($"no index in '{indexPath}': run the duplicates command with the same --out first");
            return 2;
        }

        var articles = ChosunCorpus.Load(options.CorpusPath, options.Limit).Select(a => a.WithComputedId()).ToList();
        var step = articles.Count / SampleSize;
        var sample = Enumerable.Range(0, SampleSize).Select(i => articles[i * step]).ToList();
        using var index = NewsIndex.OpenReadOnly(indexPath);

        var timings = new List<double>();
        var tops = new List<(NewsArticle Article, IReadOnlyList<Querying.SearchHit> Hits)>();
        foreach (var article in sample)
        {
            index.Related(article.Id, Depth); // warm-up
        }

        foreach (var article in sample)
        {
            var clock = Stopwatch.StartNew();
            var hits = index.Related(article.Id, Depth);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            tops.Add((article, hits));
        }

        if (options.Extra.ContainsKey("dump"))
        {
            var path = Path.Combine(options.OutputPath, "related-sample.tsv");
            using var output = new StreamWriter(path);
            foreach (var (article, hits) in tops)
            {
                foreach (var hit in hits)
                {
                    output.WriteLine(string.Join('\t', article.Id, hit.Id, article.Published?.ToString("yyyy-MM-dd", Inv), hit.Published?.ToString("yyyy-MM-dd", Inv),
                        article.Title, hit.Title, hit.DuplicateCount.ToString(Inv)));
                }
            }

            Console.Error.WriteLine($"top {Depth} of {tops.Count} articles -> {path}");
            return 0;
        }

        var judged = DuplicateCorpus.ReadLabels(LabelPath, 3).ToDictionary(
            row => (row.Cells[0], row.Cells[1]),
            row => row.Cells[2] switch
            {
                "same" => true,
                "other" => false,
                _ => throw new InvalidDataException($"{LabelPath}:{row.Line}: label must be same or other, got '{row.Cells[2]}'"),
            });
        int same = 0, other = 0, unjudged = 0, withAny = 0;
        foreach (var (article, hits) in tops)
        {
            withAny += hits.Count > 0 ? 1 : 0;
            foreach (var hit in hits)
            {
                if (!judged.TryGetValue((article.Id, hit.Id), out var isSame))
                {
                    unjudged++;
                }
                else if (isSame)
                {
                    same++;
                }
                else
                {
                    other++;
                }
            }
        }

        // The same judged hits under stricter cut-offs (a cut-off only removes hits, so all that remain are judged).
        using var lease = index.AcquireSearcher();
        var cutOffs = new List<string> { "", "| share of own score | hits | same story | other | articles with none |", "|---:|---:|---:|---:|---:|" };
        foreach (var share in new[] { 0f, 0.05f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f })
        {
            var kept = sample.Select(a => Related.RelatedArticleFinder.Find(lease.Searcher, a.Id, Depth, share)!).ToList();
            var labels = sample.Zip(kept).SelectMany(p => p.Second.Select(h => judged.GetValueOrDefault((p.First.Id, h.Id)))).ToList();
            cutOffs.Add(string.Create(Inv, $"| {share:F2} | {labels.Count} | {labels.Count(l => l)} | {labels.Count(l => !l)} | {kept.Count(k => k.Count == 0)} |"));
        }

        var stats = LatencyStats.From(timings);
        var lines = new[]
        {
            $"# Related articles ({articles.Count:N0} Chosun articles, {SampleSize} sampled, top {Depth}; load average {DuplicatesCommand.LoadAverage()})",
            "",
            string.Create(Inv, $"{same + other + unjudged} related hits for {withAny} of {SampleSize} articles: {same} about the same story, {other} not, {unjudged} not judged."),
            string.Create(Inv, $"Same-story share of the judged top-{Depth} hits: {(same + other == 0 ? 0 : same / (double)(same + other)):F3}; per article {same / (double)SampleSize:F2} of {Depth}."),
            string.Create(Inv, $"Related latency: p50 {stats.P50:F1} ms, p95 {stats.P95:F1} ms, max {timings.Max():F1} ms."),
        };
        var text = string.Join('\n', lines.Concat(cutOffs));
        File.WriteAllText(Path.Combine(options.OutputPath, "related.md"), text + "\n");
        Console.WriteLine(text);
        return 0;
    }
}
