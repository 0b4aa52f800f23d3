using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Tests.Cli;

public class WriteLockTests
{
    private const int Articles = 20_000;
    private const int BatchSize = 500;

    [Fact]
    public async Task A_second_ingest_process_is_refused_while_the_first_writes_and_the_first_loses_nothing()
    {
        using var temp = new TempDirectory();
        var input = temp.File("many.jsonl");
        WriteArticles(input, "https://first.example.kr/", Articles);
        var other = temp.File("other.jsonl");
        WriteArticles(other, "https://second.example.kr/", 10);
        var index = temp.File("index");

        using var first = Process.Start(KnewsProcess.StartInfo(temp.Path, "ingest", input, "--index", index, "--batch", BatchSize.ToString(CultureInfo.InvariantCulture)))!;
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        var firstErrors = first.StandardError.ReadToEndAsync();
        try
        {
            WaitForCommittedArticles(index, BatchSize, first);

            var second = KnewsProcess.Run(temp.Path, "ingest", other, "--index", index);
            Assert.False(first.HasExited, "the first ingest ended before the second tried: make the input larger");

            Assert.Equal(2, second.ExitCode);
            var message = Assert.Single(second.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: index '", message, StringComparison.Ordinal);
            Assert.Contains($"is being written by another process {first.Id} on ", message, StringComparison.Ordinal);
            Assert.Contains("ingest", message, StringComparison.Ordinal);

            // A reader opened while the writer runs is neither blocked nor breaks the writer.
            using (var reader = NewsIndex.OpenReadOnly(index))
            {
                Assert.True(reader.GetStats(0).Articles >= BatchSize);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await first.WaitForExitAsync(timeout.Token);
            Assert.True(first.ExitCode == 0, await firstErrors);
            Assert.Contains($"added {Articles}", await firstOutput, StringComparison.Ordinal);
        }
        finally
        {
            if (!first.HasExited)
            {
                first.Kill(entireProcessTree: true);
            }
        }

        using var reopened = NewsIndex.OpenReadOnly(index);
        Assert.Equal(Articles, reopened.GetStats(0).Articles);
        Assert.NotNull(reopened.Get("https://first.example.kr/0"));
        Assert.NotNull(reopened.Get($"https://first.example.kr/{Articles - 1}"));
        Assert.Null(reopened.Get("https://second.example.kr/0"));
    }

    [Fact]
    public void A_second_writer_in_the_same_process_is_refused_until_the_first_is_closed()
    {
        using var temp = new TempDirectory();
        var path = temp.File("index");
        var first = NewsIndex.Open(path);
        var refused = Assert.Throws<IndexLockedException>(() => NewsIndex.Open(path));
        Assert.Equal(Path.GetFullPath(path), refused.IndexPath);
        Assert.Contains($"process {Environment.ProcessId} on {Environment.MachineName}", refused.Holder, StringComparison.Ordinal);

        using (var reader = NewsIndex.OpenReadOnly(path))
        {
            Assert.Equal(0, reader.GetStats(0).Articles);
        }

        first.Dispose();
        using var second = NewsIndex.Open(path);
        Assert.True(second.IsWritable);
    }

    private static void WriteArticles(string path, string urlPrefix, int count)
    {
        using var writer = new StreamWriter(path);
        for (var n = 0; n < count; n++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                url = urlPrefix + n.ToString(CultureInfo.InvariantCulture),
                title = $"기사 {n}: 반도체 수출 동향",
                published = "2024-06-07T08:55:00+09:00",
                body = $"본문 {n}. 삼성전자와 SK하이닉스의 반도체 수출이 크게 늘었다.",
            }));
        }
    }

    private static void WaitForCommittedArticles(string index, int atLeast, Process writer)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                if (NewsIndex.Exists(index))
                {
                    using var opened = NewsIndex.OpenReadOnly(index);
                    if (opened.GetStats(0).Articles >= atLeast)
                    {
                        return;
                    }
                }
            }
            catch (IOException)
            {
                // a commit in progress; look again
            }

            Assert.False(writer.HasExited, "the ingest ended before its first commit was seen");
            Assert.True(DateTime.UtcNow < deadline, "no batch committed within 5 minutes");
            Thread.Sleep(50);
        }
    }
}
