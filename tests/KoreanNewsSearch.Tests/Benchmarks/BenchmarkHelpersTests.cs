using KoreanNewsSearch.Benchmarks.Harness;

namespace KoreanNewsSearch.Tests.Benchmarks;

public class BenchmarkHelpersTests
{
    [Theory]
    [InlineData("임종석이 여의도 농민 폭력 시위를 주도한 혐의로 지명수배 된 날은?", "임종석이 여의도 농민 폭력 시위를 주도한 혐의로 지명수배 된 날은")]
    [InlineData("‘아내는 30분 먼저’… 출퇴근 (조정)", "아내는 30분 먼저 출퇴근 조정")]
    [InlineData("HD현대오일뱅크, MZ·PC방", "hd현대오일뱅크 mz pc방")]
    [InlineData("漢字 혼용 Café", "漢字 혼용 café")]
    [InlineData("…!?", "")]
    public void Sanitize_keeps_hangul_hanja_latin_digits_and_lowercases_ascii(string input, string expected) =>
        Assert.Equal(expected, RelevanceSets.Sanitize(input));

    [Theory]
    [InlineData(new[] { 1, 2, 0, 11 }, 0.375, 0.5, 0.75)]
    [InlineData(new[] { 0, 0 }, 0.0, 0.0, 0.0)]
    [InlineData(new[] { 10, 100, 101 }, 0.1 / 3, 1.0 / 3, 2.0 / 3)]
    public void Score_computes_mrr_and_recall_at_cutoffs(int[] ranks, double mrr, double recall10, double recall100)
    {
        var scores = RelevanceSets.Score(ranks, seconds: 1);
        Assert.Equal(mrr, scores.Mrr10, 9);
        Assert.Equal(recall10, scores.Recall10, 9);
        Assert.Equal(recall100, scores.Recall100, 9);
        Assert.Equal(1000.0 / ranks.Length, scores.MsPerQuestion, 9);
    }

    [Fact]
    public void Latency_percentiles_use_nearest_rank()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 200).Select(i => (double)i).ToList());
        Assert.Equal((200, 100.0, 190.0, 198.0, 100.5), (stats.Count, stats.P50, stats.P95, stats.P99, stats.Mean));
        Assert.Equal(1000 / 100.5, stats.Qps, 9);
    }

    [Fact]
    public void Known_item_sample_takes_every_28th_article_and_strips_titles_from_the_index()
    {
        var corpus = Enumerable.Range(0, 100)
            .Select(i => new NewsArticle { Id = $"a{i}", Title = $"제목 {i}", Body = $"본문 {i}" })
            .ToList();
        var set = RelevanceSets.KnownItem(corpus);
        Assert.Equal(["a0", "a28", "a56", "a84"], set.Questions.Select(q => q.RelevantId));
        Assert.Equal("제목 28", set.Questions[1].Query);
        Assert.All(set.Documents, d => Assert.Equal("", d.Title));
        Assert.Equal(100, set.Documents.Count);
    }
}
