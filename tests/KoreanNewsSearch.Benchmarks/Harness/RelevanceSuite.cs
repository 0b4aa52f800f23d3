using System.Diagnostics;
using System.Globalization;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Relevance on KorQuAD 1.0 dev and the known-item set: ours and each peer, same documents, same sanitised questions.</summary>
internal static class RelevanceSuite
{
    public static void Run(BenchContext ctx)
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
        var sb = new System.Text.StringBuilder("## Relevance\n\n" +
            "Each question has exactly one relevant document. Questions are sanitised as RESULTS.md says (only Hangul, Hanja, Latin " +
            "letters and digits kept, ASCII lower-cased) and run with OR between words and ranking (ours: any-words mode; peers: classic " +
            "QueryParser, default operator OR). Peers index title + newline + body as one field; ours indexes title and body as its fields.\n\n");
        foreach (var (key, set) in sets)
        {
            sb.AppendLine(RunSet(ctx, key, set));
        }

        ctx.AddSection(sb.ToString());
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
            foreach (var analyzer in JavaPeer.Analyzers)
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
        var path = ctx.PathOf($"rel-{key}-ours");
        ctx.Log.WriteLine($"  ours: indexing {set.Documents.Count:N0} documents");
        OurEngine.Build(path, set.Documents, ctx.Threads);
        using var index = NewsIndex.OpenReadOnly(path);
        var ranks = new int[set.Questions.Count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ranks.Length; i++)
        {
            var q = set.Questions[i];
            var ids = OurEngine.SearchAnyWords(index, q.Query, set.Depth);
            var at = ids.ToList().IndexOf(q.RelevantId);
            ranks[i] = at + 1;
        }

        return (OurEngine.Name, ranks, RelevanceSets.Score(ranks, clock.Elapsed.TotalSeconds));
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
