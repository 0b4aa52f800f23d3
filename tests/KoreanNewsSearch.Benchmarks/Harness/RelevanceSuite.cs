using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Relevance on KorQuAD 1.0 dev and the known-item set: ours and each peer, same documents, same sanitised questions.</summary>
internal static class RelevanceSuite
{
    public static void Run(BenchContext ctx)
    {
        var sets = LoadSets(ctx);
        ctx.AddSection("## Relevance\n\n" +
            "Each question has exactly one relevant document. Questions are sanitised as RESULTS.md says (only Hangul, Hanja, Latin " +
            "letters and digits kept, ASCII lower-cased) and run with OR between words and ranking (ours: `QueryMode.Any`; peers: classic " +
            "QueryParser, default operator OR). Peers index title + newline + body as one field; ours indexes title and body as its fields. " +
            (ctx.Options.Extra.ContainsKey("fold")
                ? "Ours folds copies into one hit (`--fold`), as the search page does; the peers list every copy."
                : "Every engine lists every copy of a document (ours without folding, `--fold` to fold)."));
        foreach (var (key, set) in sets)
        {
            ctx.AddSection(RunSet(ctx, key, set));
        }
    }

    /// <summary>KorQuAD (when the file is there) and known-item, keyed by a short name used in file names.</summary>
    public static List<(string Key, RelevanceSet Set)> LoadSets(BenchContext ctx)
    {
        var korquadPath = Path.Combine(ctx.SharedPath, "relevance", "korquad", "KorQuAD_v1.0_dev.json");
        var sets = new List<(string Key, RelevanceSet Set)>();
        if (File.Exists(korquadPath))
        {
            sets.Add(("korquad", RelevanceSets.KorQuad(korquadPath, ctx.Corpus, ctx.Options.Limit)));
        }
        else
        {
            ctx.AddNote($"KorQuAD not found at {korquadPath}: relevance set 1 skipped.");
        }

        sets.Add(("known-item", RelevanceSets.KnownItem(ctx.Corpus)));
        // --sets korquad or --sets known-item runs one set, --question-stride K every K-th question (each set is long on the full corpus).
        if (ctx.Options.Extra.TryGetValue("question-stride", out var k) && int.Parse(k, CultureInfo.InvariantCulture) is > 1 and var stride)
        {
            sets = sets.Select(s => (s.Key, s.Set with { Questions = s.Set.Questions.Where((_, i) => i % stride == 0).ToList() })).ToList();
        }

        return ctx.Options.Extra.TryGetValue("sets", out var only) ? sets.Where(s => only.Split(',').Contains(s.Key)).ToList() : sets;
    }

    private static string RunSet(BenchContext ctx, string key, RelevanceSet set)
    {
        var ranks = new List<(string Engine, int[] Ranks, RelevanceScores Scores)>();
        ctx.Log.WriteLine($"relevance {set.Name}: {set.Documents.Count:N0} documents, {set.Questions.Count:N0} questions");
        ranks.Add(MeasureOurs(ctx, key, set));
        if (ctx.Peer is { } peer)
        {
            var docs = ctx.PathOf($"rel-{key}-docs.tsv");
            var qrels = ctx.PathOf($"rel-{key}-qrels.tsv");
            PeerFiles.WriteCorpus(docs, set.Documents);
            PeerFiles.WriteQrels(qrels, set.Questions);
            foreach (var analyzer in ctx.PeerAnalyzers)
            {
                var json = peer.Run("relevance", analyzer, "--corpus", docs, "--qrels", qrels, "--dir", ctx.PathOf($"rel-{key}-{analyzer}"),
                    "--depth", set.Depth.ToString(CultureInfo.InvariantCulture));
                var peerRanks = json.GetProperty("ranks").EnumerateArray().Select(e => e.GetInt32()).ToArray();
                ranks.Add((JavaPeer.EngineName(analyzer), peerRanks, RelevanceSets.Score(peerRanks, json.GetProperty("querySeconds").GetDouble())));
            }
        }

        var ours = ranks[0];
        var table = new MarkdownTable("Engine", "MRR@10", "Recall@10", set.Depth >= 100 ? "Recall@100" : "—", $"ms/question (top {set.Depth})",
            "MRR ours ÷ this", "ours better / worse rank");
        foreach (var (engine, r, s) in ranks)
        {
            var better = Enumerable.Range(0, r.Length).Count(i => Better(ours.Ranks[i], r[i]));
            var worse = Enumerable.Range(0, r.Length).Count(i => Better(r[i], ours.Ranks[i]));
            table.Row(engine, Fmt.N(s.Mrr10, 4), Fmt.N(s.Recall10, 4), set.Depth >= 100 ? Fmt.N(s.Recall100, 4) : "—", Fmt.N(s.MsPerQuestion, 2),
                Fmt.Ratio(ours.Scores.Mrr10, s.Mrr10), engine == ours.Engine ? "—" : $"{better} / {worse}");
        }

        WriteRankFile(ctx, key, set, ranks);
        var empty = set.Questions.Count(q => q.Query.Length == 0);
        return $"### {set.Name}: {Fmt.N(set.Questions.Count)} questions; index = {Fmt.N(set.Documents.Count)} documents\n\n" + table +
            (empty > 0 ? $"\n{empty} questions are empty after sanitising (count as misses).\n" : "") +
            $"\nPer-question ranks of every engine: `{Path.GetFileName(RankFile(ctx, key))}` in the output folder.\n";
    }

    private static (string, int[], RelevanceScores) MeasureOurs(BenchContext ctx, string key, RelevanceSet set)
    {
        using var index = BuildOurIndex(ctx, key, set);
        // Every copy listed, as the peers list them: KorQuAD holds near-identical paragraphs, and folding would hide the
        // relevant twin behind its copy (65 questions changed rank). --fold measures what the search page shows.
        var fold = ctx.Options.Extra.ContainsKey("fold");
        var (ranks, scores) = RankOurs(index, set, RankingOptions.Default, fold);
        return (fold ? OurEngine.Name + " (copies folded)" : OurEngine.Name, ranks, scores);
    }

    /// <summary>Our index of the set's documents (built with all cores; not timed), opened for searching.</summary>
    public static NewsIndex BuildOurIndex(BenchContext ctx, string key, RelevanceSet set)
    {
        var path = ctx.PathOf($"rel-{key}-ours");
        if (ctx.Reuse && NewsIndex.Exists(path))
        {
            var existing = NewsIndex.OpenReadOnly(path);
            if (existing.GetStats(topReporters: 0).Articles == set.Documents.Count)
            {
                ctx.Log.WriteLine($"  ours: reusing the index in {path}");
                return existing;
            }

            existing.Dispose();
        }

        ctx.Log.WriteLine($"  ours: indexing {set.Documents.Count:N0} documents");
        OurEngine.Build(path, set.Documents, ctx.Threads);
        return NewsIndex.OpenReadOnly(path);
    }

    /// <summary>The rank of each question's relevant document in our any-words results (0 = not within the set's depth).</summary>
    public static (int[] Ranks, RelevanceScores Scores) RankOurs(NewsIndex index, RelevanceSet set, RankingOptions ranking, bool foldDuplicates = true) =>
        Rank(set, q => OurEngine.SearchAnyWords(index, q, set.Depth, ranking, foldDuplicates));

    /// <summary>The rank of each question's relevant document in the ids <paramref name="search"/> returns for its query.</summary>
    public static (int[] Ranks, RelevanceScores Scores) Rank(RelevanceSet set, Func<string, IReadOnlyList<string>> search)
    {
        var ranks = new int[set.Questions.Count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ranks.Length; i++)
        {
            var q = set.Questions[i];
            ranks[i] = search(q.Query).ToList().IndexOf(q.RelevantId) + 1;
        }

        return (ranks, RelevanceSets.Score(ranks, clock.Elapsed.TotalSeconds));
    }

    /// <summary>A found document beats a miss; among found ones the smaller rank wins.</summary>
    private static bool Better(int a, int b) => a > 0 && (b == 0 || a < b);

    private static string RankFile(BenchContext ctx, string key) => ctx.PathOf($"rel-{key}-ranks.tsv");

    private static void WriteRankFile(BenchContext ctx, string key, RelevanceSet set, List<(string Engine, int[] Ranks, RelevanceScores Scores)> ranks)
    {
        var lines = new List<string> { string.Join('\t', ["qid", "relevant", "query", .. ranks.Select(r => r.Engine)]) };
        lines.AddRange(set.Questions.Select((q, i) =>
            string.Join('\t', [q.Id, q.RelevantId, q.Query, .. ranks.Select(r => r.Ranks[i].ToString(CultureInfo.InvariantCulture))])));
        File.WriteAllLines(RankFile(ctx, key), lines);
    }
}
