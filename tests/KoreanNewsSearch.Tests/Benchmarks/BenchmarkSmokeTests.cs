using KoreanNewsSearch.Benchmarks;
using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Tests.Benchmarks;

/// <summary>Runs the whole benchmark harness on 100 articles of the shared corpus, our side only (the Java peers take too long for the suite).</summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "knews-bench-smoke-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void All_on_100_articles_writes_a_report_with_every_measure()
    {
        var corpus = TestPaths.SharedFile("corpus", "chosun");
        var options = BenchmarkOptions.Parse(["--corpus", corpus, "--out", _out, "--limit", "100", "--passes", "1", "--query-stride", "8", "--no-peer"]);

        Assert.Equal(0, BenchmarkRun.All(options, TextWriter.Null));

        var report = File.ReadAllText(Path.Combine(_out, "report.md"));
        Assert.Contains("## Indexing: 100 articles", report, StringComparison.Ordinal);
        Assert.Contains("| Ours | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("| Ours (MMap) |", report, StringComparison.Ordinal);
        Assert.Contains("### KorQuAD 1.0 dev: 100 questions; index = 1,064 documents", report, StringComparison.Ordinal);
        Assert.Contains("### Known-item (titles -> bodies): 4 questions; index = 100 documents", report, StringComparison.Ordinal);
        Assert.Contains("Java Lucene peers not run (--no-peer)", report, StringComparison.Ordinal);

        Assert.Contains("## Query latency: 50-query mix", report, StringComparison.Ordinal);

        // Titles against their own bodies among 100 articles: a working harness finds nearly all of them.
        var knownItemRanks = File.ReadAllLines(Path.Combine(_out, "rel-known-item-ranks.tsv")).Skip(1)
            .Select(l => int.Parse(l.Split('\t')[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, knownItemRanks.Count);
        Assert.True(knownItemRanks.Count(r => r is >= 1 and <= 10) >= 3, string.Join(",", knownItemRanks));
    }

    [Fact]
    public void Java_peer_answers_a_known_item_run_when_lucene_jars_are_installed()
    {
        var peer = JavaPeer.TryCreate("/usr/share/java", _out, "256m", TextWriter.Null, out var missing);
        if (peer is null)
        {
            Assert.Contains("apt-get install liblucene8-java", missing, StringComparison.Ordinal);
            return;
        }

        var corpus = ChosunCorpus.Load(TestPaths.SharedFile("corpus", "chosun"), 60);
        var set = RelevanceSets.KnownItem(corpus);
        var docs = Path.Combine(_out, "docs.tsv");
        var qrels = Path.Combine(_out, "qrels.tsv");
        PeerFiles.WriteCorpus(docs, set.Documents);
        PeerFiles.WriteQrels(qrels, set.Questions);

        var json = peer.Run("relevance", "cjk", "--corpus", docs, "--qrels", qrels, "--dir", Path.Combine(_out, "cjk"), "--depth", "10");

        Assert.Equal(60, json.GetProperty("docs").GetInt32());
        Assert.Equal(3, json.GetProperty("questions").GetInt32());
        Assert.All(json.GetProperty("ranks").EnumerateArray(), r => Assert.InRange(r.GetInt32(), 1, 10));
    }
}
