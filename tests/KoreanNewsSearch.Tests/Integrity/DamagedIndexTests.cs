using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Integrity;
using KoreanNewsSearch.Tests.Cli;

namespace KoreanNewsSearch.Tests.Integrity;

/// <summary>
/// Real indexes of the shipped Wikinews sample (three commits, so three segments), damaged the ways a disk or a careless
/// hand damages them: <c>knews check</c> names the broken segment, search and stats fail in one line, repair keeps the rest.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private const int ArticlesPerCommit = 60;
    private readonly TempDirectory _temp = new();

    public static TheoryData<string, string> Damages => new()
    {
        { "delete", "is missing" },
        { "truncate", "is truncated" },
        { "zero-fill", "" },
    };

    [Fact]
    public void An_undamaged_index_checks_clean()
    {
        var index = BuildIndex();

        var report = IndexChecker.Check(index);
        var cli = KnewsProcess.Run(_temp.Path, "check", "--index", index);

        Assert.True(report.IsClean);
        Assert.Equal(3, report.Segments);
        Assert.Equal(3 * ArticlesPerCommit, report.Articles);
        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("clean: every segment passed", cli.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_segment_is_named_by_check_reported_in_one_line_by_search_and_stats_and_dropped_alone_by_repair(string damage, string expectedError)
    {
        var index = BuildIndex();
        var newest = Directory.GetFiles(index, "*.cfs").Order(StringComparer.Ordinal).Last();
        Damage(newest, damage);
        var segment = Path.GetFileNameWithoutExtension(newest);

        var report = IndexChecker.Check(index);
        Assert.False(report.IsClean);
        Assert.True(report.IsRepairable);
        var broken = Assert.Single(report.Damaged);
        Assert.Equal(segment, broken.Name);
        Assert.Equal(ArticlesPerCommit, broken.Articles);
        Assert.Contains(expectedError, broken.Error, StringComparison.Ordinal);
        Assert.Equal(2 * ArticlesPerCommit, report.Articles);

        foreach (var command in new[] { new[] { "search", "대통령" }, ["stats"] })
        {
            var result = KnewsProcess.Run(_temp.Path, [.. command, "--index", index]);
            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"error: index '{Path.GetFullPath(index)}' is damaged: ", line, StringComparison.Ordinal);
            Assert.Contains($"knews check --index {index}", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        }

        var check = KnewsProcess.Run(_temp.Path, "check", "--index", index);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"damaged: segment {segment} ({ArticlesPerCommit} articles)", check.StdOut, StringComparison.Ordinal);
        Assert.Contains($"that loses {ArticlesPerCommit} articles", check.StdOut, StringComparison.Ordinal);

        var repair = KnewsProcess.Run(_temp.Path, "check", "--index", index, "--repair");
        Assert.Equal(0, repair.ExitCode);
        Assert.Contains($"loses {ArticlesPerCommit} articles", repair.StdOut, StringComparison.Ordinal);
        Assert.True(IndexChecker.Check(index).IsClean);
        using var repaired = NewsIndex.OpenReadOnly(index);
        Assert.Equal(2 * ArticlesPerCommit, repaired.GetStats(0).Articles);
        Assert.NotNull(repaired.Get(SampleArticles()[0].Id));
    }

    [Fact]
    public void An_index_whose_commit_file_is_gone_is_reported_unrepairable()
    {
        var index = BuildIndex();
        foreach (var commit in Directory.GetFiles(index, "segments*"))
        {
            File.Delete(commit);
        }

        var report = IndexChecker.Check(index);
        var repair = KnewsProcess.Run(_temp.Path, "check", "--index", index, "--repair");

        Assert.False(report.IsRepairable);
        Assert.Contains("no commit", report.Problem, StringComparison.Ordinal);
        Assert.Equal(1, repair.ExitCode);
        Assert.Contains("cannot be repaired", repair.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Opening_a_damaged_index_for_writing_fails_with_the_damage_and_releases_the_index()
    {
        var index = BuildIndex();
        File.Delete(Directory.GetFiles(index, "*.cfs").Order(StringComparer.Ordinal).First());

        var error = Assert.Throws<IndexDamagedException>(() => NewsIndex.Open(index));

        Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
        IndexChecker.Repair(index); // would fail if the failed open had kept the write lock
        using var reopened = NewsIndex.Open(index);
        Assert.Equal(2 * ArticlesPerCommit, reopened.GetStats(0).Articles);
    }

    public void Dispose() => _temp.Dispose();

    private string BuildIndex()
    {
        var path = _temp.File("index-" + Guid.NewGuid().ToString("N")[..8]);
        using var index = NewsIndex.Open(path);
        foreach (var batch in SampleArticles().Chunk(ArticlesPerCommit).Take(3))
        {
            index.Upsert(batch, maxThreads: 1); // one thread: one segment per commit
            index.Commit();
        }

        return path;
    }

    private static List<NewsArticle> SampleArticles() =>
        ArticleFileReader.ReadPaths([Path.Combine(TestPaths.Data, "wikinews")])
            .Select(result => result.Article!.WithComputedId())
            .Take(3 * ArticlesPerCommit)
            .ToList();

    private static void Damage(string file, string damage)
    {
        var length = new FileInfo(file).Length;
        switch (damage)
        {
            case "delete":
                File.Delete(file);
                break;
            case "truncate":
                using (var stream = File.OpenWrite(file))
                {
                    stream.SetLength(length / 2);
                }

                break;
            default: // a torn write: the second half of the file replaced by zeros, length unchanged
                using (var stream = File.OpenWrite(file))
                {
                    stream.Position = length / 2;
                    stream.Write(new byte[length - (length / 2)]);
                }

                break;
        }
    }
}
