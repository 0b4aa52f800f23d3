using System.Globalization;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Our relevance under different ranking weights (<see cref="RankingOptions"/>), one change at a time from the defaults.</summary>
internal static class TuneSuite
{
    private static readonly (string Change, RankingOptions Options)[] Trials =
    [
        ("defaults", RankingOptions.Default),
        ("any-mode title boost 1", RankingOptions.Default with { AnyModeTitleBoost = 1f }),
        ("any-mode title boost 0.5", RankingOptions.Default with { AnyModeTitleBoost = 0.5f }),
        ("any-mode title boost 0", RankingOptions.Default with { AnyModeTitleBoost = 0f }),
        ("any-mode subtitle boost 1.5", RankingOptions.Default with { AnyModeSubtitleBoost = 1.5f }),
        ("any-mode subtitle boost 0", RankingOptions.Default with { AnyModeSubtitleBoost = 0f }),
        ("any-mode phrase boost 0", RankingOptions.Default with { AnyModePhraseBoost = 0f }),
        ("any-mode phrase boost 1", RankingOptions.Default with { AnyModePhraseBoost = 1f }),
        ("ending bigram 1", RankingOptions.Default with { AnyModeEndingBigramWeight = 1f }),
        ("ending bigram 0.25", RankingOptions.Default with { AnyModeEndingBigramWeight = 0.25f }),
        ("lead 0", RankingOptions.Default with { AnyModeLeadWeight = 0f }),
        ("lead 1 of 64", RankingOptions.Default with { AnyModeLeadWeight = 1f }),
        ("lead 0.5 of 32", RankingOptions.Default with { LeadPositions = 32 }),
        ("bm25 4.8: byte lengths, maxDoc stats", RankingOptions.Default with { Bm25 = new(CountFieldDocuments: false, QuantizeLengths: true) }),
        ("bm25 byte lengths", RankingOptions.Default with { Bm25 = new(QuantizeLengths: true) }),
        ("bm25 maxDoc stats", RankingOptions.Default with { Bm25 = new(CountFieldDocuments: false) }),
        ("bm25 k1 0.9 b 0.4", RankingOptions.Default with { Bm25 = new(K1: 0.9f, B: 0.4f) }),
        ("bm25 b 0.5", RankingOptions.Default with { Bm25 = new(B: 0.5f) }),
        ("bm25 k1 1.6", RankingOptions.Default with { Bm25 = new(K1: 1.6f) }),
        ("word coverage 0", RankingOptions.Default with { AnyModeWordCoverage = 0f }),
        ("word coverage 0.35", RankingOptions.Default with { AnyModeWordCoverage = 0.35f }),
        ("word coverage 0.75", RankingOptions.Default with { AnyModeWordCoverage = 0.75f }),
        ("word coverage 1", RankingOptions.Default with { AnyModeWordCoverage = 1f }),
    ];

    /// <remarks><c>--trials defaults,experiment</c> runs only the trials whose names start with one of those words.</remarks>
    public static void Run(BenchContext ctx)
    {
        var table = new MarkdownTable("Set", "Change", "MRR@10", "Recall@10", "Recall@100", "MRR change", "ms/question");
        foreach (var (key, set) in RelevanceSuite.LoadSets(ctx))
        {
            using var index = RelevanceSuite.BuildOurIndex(ctx, key, set);
            double? baseline = null;
            // Every copy listed, as in the relevance section; --fold as the search page shows them.
            var fold = ctx.Options.Extra.ContainsKey("fold");
            var trials = Trials.Select(t => (
                    Name: $"{t.Change} ({t.Options.AnyModeTitleBoost}/{t.Options.AnyModeSubtitleBoost}/{t.Options.AnyModePhraseBoost})",
                    Search: (Func<string, IReadOnlyList<string>>)(q => OurEngine.SearchAnyWords(index, q, set.Depth, t.Options, fold))))
                .Append(("experiment: bag of bigrams (each term of each word optional, title x3)", q => SearchBagOfTerms(index, q, set.Depth, 3f)))
                .Append(("experiment: bag of bigrams, title x1", q => SearchBagOfTerms(index, q, set.Depth, 1f)))
                .Where(t => !ctx.Options.Extra.TryGetValue("trials", out var only) || only.Split(',').Any(o => t.Name.StartsWith(o, StringComparison.Ordinal)));
            var ranksByTrial = new List<(string Name, int[] Ranks)>();
            foreach (var (name, search) in trials)
            {
                ctx.Log.WriteLine($"  {set.Name}: {name}");
                var (ranks, scores) = RelevanceSuite.Rank(set, search);
                ranksByTrial.Add((name, ranks));
                baseline ??= scores.Mrr10;
                ctx.Log.WriteLine($"    MRR@10 {scores.Mrr10:F4}  R@10 {scores.Recall10:F4}  R@100 {scores.Recall100:F4}  {scores.MsPerQuestion:F1} ms/question");
                table.Row(set.Name, name, Fmt.N(scores.Mrr10, 4), Fmt.N(scores.Recall10, 4), set.Depth >= 100 ? Fmt.N(scores.Recall100, 4) : "—",
                    Fmt.N(scores.Mrr10 - baseline.Value, 4), Fmt.N(scores.MsPerQuestion, 2));
            }

            WriteRanks(ctx.PathOf($"tune-{key}-ranks.tsv"), set, ranksByTrial);
        }

        ctx.AddSection("## Ranking weights (ours only)\n\nOne `RankingOptions` change at a time from the defaults, same indexes and " +
            "questions as the relevance section; in brackets any-mode title/subtitle/phrase boost. The experiment rows are not our query layer: they " +
            "match each analysed term (bigram) of the question on its own, as Lucene's classic QueryParser does with CJKAnalyzer, " +
            "to show what partial-word matching would change.\n\n" + table);
    }

    /// <summary>Per-question ranks under each trial (0 = not found), for reading what a change moved.</summary>
    private static void WriteRanks(string path, RelevanceSet set, List<(string Name, int[] Ranks)> trials) =>
        File.WriteAllLines(path, set.Questions
            .Select((q, i) => string.Join('\t', [q.Id, q.Query, .. trials.Select(t => t.Ranks[i].ToString(CultureInfo.InvariantCulture))]))
            .Prepend(string.Join('\t', ["qid", "query", .. trials.Select(t => t.Name)])));

    /// <summary>
    /// Experiment: every bigram of the question as an optional term (title weighted <paramref name="titleBoost"/>), instead of each word as a phrase
    /// of its bigrams, so that 헤이그가 still matches a text with 헤이그는.
    /// </summary>
    private static IReadOnlyList<string> SearchBagOfTerms(NewsIndex index, string text, int depth, float titleBoost)
    {
        var query = new BooleanQuery();
        foreach (var term in TextFieldLayout.Analyze(text).Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(NewsFields.Title, term)) { Boost = titleBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(NewsFields.Body, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        using var lease = index.AcquireSearcher();
        return lease.Searcher.Search(query, depth).ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc).Get(NewsFields.Id)).ToList();
    }
}
