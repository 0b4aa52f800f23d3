using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Wire-story duplicate grouping on the Chosun corpus plus <c>data/</c>: precision and recall of "same group" on the
/// labelled pairs of <c>Labels/duplicate-pairs.tsv</c> (ids only; the texts are read from the corpus at run time),
/// ingest throughput with and without grouping, and query-mix latency with and without folding.
/// <c>--discover</c> instead writes candidate pairs for labelling to <c>bench-out/duplicate-candidates.tsv</c>.
/// </summary>
internal sealed class DuplicatesCommand : IBenchmarkCommand
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Name => "duplicates";

    public string Description => "Duplicate grouping: precision/recall on labelled pairs, ingest and search cost (--discover, --no-cost, --reuse)";

    public static string LabelPath => Path.Combine(BenchPaths.RepoRoot, "tests", "KoreanNewsSearch.Benchmarks", "Labels", "duplicate-pairs.tsv");

    public int Run(BenchmarkOptions options)
    {
        Directory.CreateDirectory(options.OutputPath);
        var articles = DuplicateCorpus.Load(options);
        Console.Error.WriteLine($"loaded {articles.Count} articles; load average {LoadAverage()}");
        if (options.Extra.ContainsKey("discover"))
        {
            Discover(articles, Path.Combine(options.OutputPath, "duplicate-candidates.tsv"));
            return 0;
        }

        if (options.Extra.ContainsKey("sweep"))
        {
            foreach (var line in Sweep(articles))
            {
                Console.WriteLine(line);
            }

            return 0;
        }

        var grouped = Path.Combine(options.OutputPath, "dupes-index");
        var threads = Environment.ProcessorCount;
        BuildFigures? withGrouping = null;
        if (!(options.Extra.ContainsKey("reuse") && NewsIndex.Exists(grouped)))
        {
            withGrouping = Build(grouped, articles, threads, groupDuplicates: true);
        }

        using var index = NewsIndex.OpenReadOnly(grouped);
        if (options.Extra.ContainsKey("search-only"))
        {
            Console.WriteLine(string.Join('\n', SearchCost(index, options)));
            return 0;
        }

        var report = new List<string> { $"# Duplicates ({articles.Count:N0} articles, load average at start {LoadAverage()})", "" };
        report.AddRange(GroupSizes(index));
        report.AddRange(Evaluate(index, articles));
        if (!options.Extra.ContainsKey("no-cost"))
        {
            report.AddRange(SearchCost(index, options));
            // --ingest-articles N times both builds on the first N articles only (a full build with and without
            // grouping takes long on a loaded machine); the grouped index above is then not reused for timing.
            var timed = options.Extra.TryGetValue("ingest-articles", out var n) ? articles.Take(int.Parse(n, Inv)).ToList() : articles;
            if (timed.Count != articles.Count)
            {
                withGrouping = null;
            }

            withGrouping ??= Build(grouped + "-timed", timed, threads, groupDuplicates: true);
            var without = Build(Path.Combine(options.OutputPath, "dupes-index-plain"), timed, threads, groupDuplicates: false);
            report.Add("");
            report.Add($"## Ingest cost: {timed.Count:N0} articles ({threads} threads, batches of {ArticleIngester.DefaultBatchSize}, commit each; load average now {LoadAverage()})");
            report.Add("");
            report.Add("| build | seconds | articles/s | index MB (compacted) |");
            report.Add("|---|---:|---:|---:|");
            foreach (var (name, figures) in new[] { ("grouping duplicates", withGrouping), ("no grouping", without) })
            {
                report.Add(string.Create(Inv, $"| {name} | {figures.BuildSeconds:F1} | {figures.ArticlesPerSecond:F0} | {figures.IndexBytes / 1e6:F1} |"));
            }
        }

        var text = string.Join('\n', report);
        File.WriteAllText(Path.Combine(options.OutputPath, "duplicates.md"), text + "\n");
        Console.WriteLine(text);
        return 0;
    }

    private static BuildFigures Build(string path, IReadOnlyList<NewsArticle> articles, int threads, bool groupDuplicates)
    {
        Console.Error.WriteLine($"building {path} (grouping {(groupDuplicates ? "on" : "off")})");
        DirectorySize.Recreate(path);
        var clock = Stopwatch.StartNew();
        using (var index = NewsIndex.Open(path))
        {
            index.GroupDuplicates = groupDuplicates;
            foreach (var batch in articles.Chunk(ArticleIngester.DefaultBatchSize))
            {
                index.Upsert(batch, threads);
                index.Commit();
            }

            clock.Stop();
            index.Compact();
        }

        return new BuildFigures(OurEngine.Name, threads, articles.Count, OurEngine.TextBytes(articles), clock.Elapsed.TotalSeconds, 0, null,
            DirectorySize.Of(path), 1);
    }

    private static IEnumerable<string> GroupSizes(NewsIndex index)
    {
        var all = index.Search(new SearchRequest { Query = "", Limit = 1, Highlight = false });
        yield return string.Create(Inv, $"{all.Total:N0} articles in {all.FoldedTotal:N0} groups: {all.Total - all.FoldedTotal:N0} folded as copies.");
        yield return "";
    }

    private static IEnumerable<string> Evaluate(NewsIndex index, IReadOnlyList<NewsArticle> articles)
    {
        var byId = DuplicateCorpus.ById(articles);
        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        string? GroupOf(string id) =>
            searcher.FindDocId(id) is { } doc ? searcher.Doc(doc).Get(NewsFields.DuplicateGroup) : null;

        int truePositive = 0, falsePositive = 0, falseNegative = 0, trueNegative = 0, hardNegatives = 0, hardNegativesFolded = 0;
        var errors = new List<string>();
        var similarities = new List<(string Label, double Similarity)>();
        foreach (var (line, cells) in DuplicateCorpus.ReadLabels(LabelPath, 3))
        {
            var (a, b, label) = (cells[0], cells[1], cells[2]);
            if (!byId.TryGetValue(a, out var first) || !byId.TryGetValue(b, out var second))
            {
                throw new InvalidDataException($"{LabelPath}:{line}: article '{(byId.ContainsKey(a) ? b : a)}' is not in the corpus");
            }

            var isCopy = label switch
            {
                "copy" => true,
                "rewrite" or "follow-up" or "distinct" => false,
                _ => throw new InvalidDataException($"{LabelPath}:{line}: label must be copy, rewrite, follow-up or distinct, got '{label}'"),
            };
            var folded = GroupOf(a) is { } group && group == GroupOf(b);
            var similarity = BodyFingerprint.Of(first.Body) is { } fa && BodyFingerprint.Of(second.Body) is { } fb ? fa.Similarity(fb) : 0;
            similarities.Add((label, similarity));
            hardNegatives += label == "follow-up" ? 1 : 0;
            hardNegativesFolded += label == "follow-up" && folded ? 1 : 0;
            switch (isCopy, folded)
            {
                case (true, true): truePositive++; break;
                case (false, true): falsePositive++; errors.Add(string.Create(Inv, $"| folded but {label} | {similarity:F2} | {first.Title} | {second.Title} |")); break;
                case (true, false): falseNegative++; errors.Add(string.Create(Inv, $"| copy not folded | {similarity:F2} | {first.Title} | {second.Title} |")); break;
                default: trueNegative++; break;
            }
        }

        var precision = truePositive + falsePositive == 0 ? 0 : truePositive / (double)(truePositive + falsePositive);
        var recall = truePositive + falseNegative == 0 ? 0 : truePositive / (double)(truePositive + falseNegative);
        yield return $"## Grouping on {truePositive + falseNegative} labelled copies and {trueNegative + falsePositive} non-copies ({hardNegatives} of them follow-up stories on the same event)";
        yield return "";
        yield return "| | folded | not folded |";
        yield return "|---|---:|---:|";
        yield return $"| copy | {truePositive} | {falseNegative} |";
        yield return $"| not a copy | {falsePositive} | {trueNegative} |";
        yield return "";
        yield return string.Create(Inv, $"Precision {precision:F3}, recall {recall:F3}; follow-up stories folded: {hardNegativesFolded} of {hardNegatives}. Body similarity threshold {DuplicateGrouper.SimilarityThreshold:F2}, lead-ending threshold {DuplicateGrouper.LeadEndingThreshold:F2}.");
        yield return "";
        yield return "Estimated body similarity by label (min / median / max):";
        yield return "";
        foreach (var byLabel in similarities.GroupBy(s => s.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sorted = byLabel.Select(s => s.Similarity).Order().ToArray();
            yield return string.Create(Inv, $"- {byLabel.Key} ({sorted.Length}): {sorted[0]:F2} / {sorted[sorted.Length / 2]:F2} / {sorted[^1]:F2}");
        }

        if (errors.Count > 0)
        {
            yield return "";
            yield return "| error | similarity | first | second |";
            yield return "|---|---:|---|---|";
            foreach (var error in errors)
            {
                yield return error;
            }
        }
    }

    /// <summary>Precision and recall of the pair rule itself (no index) over thresholds, with and without the lead check.</summary>
    private static IEnumerable<string> Sweep(IReadOnlyList<NewsArticle> articles)
    {
        var byId = DuplicateCorpus.ById(articles);
        var pairs = DuplicateCorpus.ReadLabels(LabelPath, 3).Select(row =>
        {
            var (a, b) = (byId[row.Cells[0]], byId[row.Cells[1]]);
            var body = BodyFingerprint.Of(a.Body) is { } fa && BodyFingerprint.Of(b.Body) is { } fb ? fa.Similarity(fb) : 0;
            var lead = BodyFingerprint.LeadEndingSimilarity(BodyFingerprint.LeadEnding(a.Body), BodyFingerprint.LeadEnding(b.Body));
            return (Copy: row.Cells[2] == "copy", Label: row.Cells[2], Body: body, Lead: lead);
        }).ToList();
        yield return "| body threshold | lead check | precision | recall | follow-ups folded |";
        yield return "|---:|---:|---:|---:|---:|";
        foreach (var lead in new[] { 0.0, 0.3, 0.4, 0.5, 0.6 })
        {
            for (var threshold = 0.3; threshold < 0.86; threshold += 0.05)
            {
                var folded = pairs.Where(p => p.Body >= threshold && p.Lead >= lead).ToList();
                var precision = folded.Count == 0 ? 0 : folded.Count(p => p.Copy) / (double)folded.Count;
                var recall = folded.Count(p => p.Copy) / (double)pairs.Count(p => p.Copy);
                yield return string.Create(Inv, $"| {threshold:F2} | {lead:F1} | {precision:F3} | {recall:F3} | {folded.Count(p => p.Label == "follow-up")} |");
            }
        }
    }

    private static IEnumerable<string> SearchCost(NewsIndex index, BenchmarkOptions options)
    {
        var shared = options.Extra.TryGetValue("shared", out var s) ? s : Path.GetFullPath(Path.Combine(options.CorpusPath, "..", ".."));
        var queries = LatencySuite.LoadQueries(Path.Combine(shared, "peers", "queries.tsv"));
        var timings = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        long foldedAway = 0;
        // Warm-up pass, then passes alternating the two settings query by query, so that load drifts hit both alike.
        foreach (var query in queries)
        {
            index.Search(new SearchRequest { Query = query.Text });
        }

        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var query in queries)
            {
                foreach (var fold in pass % 2 == 0 ? new[] { true, false } : [false, true])
                {
                    var clock = Stopwatch.StartNew();
                    var results = index.Search(new SearchRequest { Query = query.Text, FoldDuplicates = fold });
                    timings[fold].Add(clock.Elapsed.TotalMilliseconds);
                    foldedAway += fold && pass == 0 ? results.Total - results.FoldedTotal : 0;
                }
            }
        }

        yield return "";
        yield return $"## Search cost: the {queries.Count}-query mix, 3 passes, folding on and off alternated (load average now {LoadAverage()})";
        yield return "";
        yield return "| folding | p50 ms | p95 ms | p99 ms | mean ms |";
        yield return "|---|---:|---:|---:|---:|";
        foreach (var fold in new[] { true, false })
        {
            var stats = LatencyStats.From(timings[fold]);
            yield return string.Create(Inv, $"| {(fold ? "on" : "off")} | {stats.P50:F2} | {stats.P95:F2} | {stats.P99:F2} | {stats.Mean:F2} |");
        }

        yield return "";
        yield return string.Create(Inv, $"Matches folded away over the mix (one pass): {foldedAway:N0}.");
    }

    /// <summary>
    /// Candidate pairs for labelling, found without the LSH bands: every pair published within three days of each
    /// other whose estimated body similarity is at least 0.2, and every such pair whose headlines share half their
    /// bigrams (follow-up stories: the hard negatives).
    /// </summary>
    private static void Discover(IReadOnlyList<NewsArticle> articles, string path)
    {
        var clock = Stopwatch.StartNew();
        var fingerprints = articles.AsParallel().AsOrdered().Select(a => BodyFingerprint.Of(a.Body)).ToArray();
        var titles = articles.Select(a => TitleBigrams(a.Title)).ToArray();
        var order = Enumerable.Range(0, articles.Count).Where(i => articles[i].Published is not null && fingerprints[i] is not null)
            .OrderBy(i => articles[i].Published!.Value.UtcTicks).ToArray();
        var window = TimeSpan.FromDays(3).Ticks;
        var pairs = order.AsParallel().SelectMany((a, at) => Candidates(at)).ToList();

        IEnumerable<(int A, int B, double Body, double Title)> Candidates(int at)
        {
            var a = order[at];
            for (var next = at + 1; next < order.Length && articles[order[next]].Published!.Value.UtcTicks - articles[a].Published!.Value.UtcTicks <= window; next++)
            {
                var b = order[next];
                var body = fingerprints[a]!.Similarity(fingerprints[b]!);
                var title = Jaccard(titles[a], titles[b]);
                if (body >= 0.2 || title >= 0.5)
                {
                    yield return (a, b, body, title);
                }
            }
        }

        using var output = new StreamWriter(path);
        output.WriteLine("body\ttitle\ta\tb\ta_published\tb_published\ta_title\tb_title\ta_body\tb_body");
        foreach (var (a, b, body, title) in pairs.OrderByDescending(p => p.Body))
        {
            output.WriteLine(string.Join('\t',
                body.ToString("F2", Inv), title.ToString("F2", Inv), articles[a].Id, articles[b].Id,
                articles[a].Published?.ToString("yyyy-MM-dd HH:mm", Inv), articles[b].Published?.ToString("yyyy-MM-dd HH:mm", Inv),
                articles[a].Title, articles[b].Title, Opening(articles[a].Body), Opening(articles[b].Body)));
        }

        Console.Error.WriteLine($"{pairs.Count} candidate pairs in {clock.Elapsed.TotalSeconds:F1} s -> {path}");
    }

    private static string Opening(string body)
    {
        var text = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text[..Math.Min(160, text.Length)];
    }

    private static HashSet<string> TitleBigrams(string title)
    {
        var letters = BodyFingerprint.LettersAndDigits(title.ToLowerInvariant());
        return [.. Enumerable.Range(0, Math.Max(0, letters.Length - 1)).Select(i => letters.Substring(i, 2))];
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Count(b.Contains) / (double)(a.Count + b.Count - a.Count(b.Contains));

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
