using System.Diagnostics;
using System.Text.Json;
using KoreanNewsSearch.Indexing;

namespace KoreanNewsSearch.Tests.Cli;

public class CrashSafetyTests
{
    private const int BatchSize = 500;

    [Fact]
    public void Killing_an_ingest_leaves_an_index_that_opens_and_holds_every_committed_batch()
    {
        using var temp = new TempDirectory();
        var input = temp.File("many.jsonl");
        using (var writer = new StreamWriter(input))
        {
            for (var n = 0; n < 200_000; n++)
            {
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    url = $"https://news.example.kr/{n}",
                    title = $"기사 {n}: 반도체와 자동차 수출 동향",
                    published = "2024-06-07T08:55:00+09:00",
                    body = $"본문 {n}. 삼성전자와 SK하이닉스의 반도체 수출이 크게 늘었다. 현대차의 자동차 수출도 증가했다.",
                }));
            }
        }

        var index = temp.File("index");
        using var process = Process.Start(KnewsProcess.StartInfo(temp.Path, "ingest", input, "--index", index, "--batch", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (CommittedArticles(index) < 2 * BatchSize)
        {
            Assert.False(process.HasExited, "ingest finished before it could be killed: make the input larger");
            Assert.True(DateTime.UtcNow < deadline, "no batch committed within 2 minutes");
            Thread.Sleep(50);
        }

        process.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no final commit
        process.WaitForExit();

        // The dead writer's lock file is left behind but is no lock: the next ingest takes over and says whose it was.
        var extra = temp.File("extra.jsonl");
        File.WriteAllText(extra, JsonSerializer.Serialize(new { url = "https://news.example.kr/extra", title = "추가 기사", body = "추가 본문." }) + "\n");
        var next = KnewsProcess.Run(temp.Path, "ingest", extra, "--index", index);
        Assert.Equal(0, next.ExitCode);
        var note = Assert.Single(next.StdErr.Split('\n'), line => line.StartsWith("note: ", StringComparison.Ordinal));
        Assert.Contains($"ended without closing it (process {process.Id} on {Environment.MachineName}", note, StringComparison.Ordinal);

        using var reopened = NewsIndex.Open(index); // the writer lock of the dead process must not block
        Assert.Null(reopened.DeadWriter); // the ingest after the kill closed the index cleanly
        Assert.NotNull(reopened.Get("https://news.example.kr/extra"));
        var count = reopened.GetStats().Articles - 1;
        Assert.InRange(count, 2 * BatchSize, 199_999);
        Assert.Equal(0, count % BatchSize);
        Assert.NotNull(reopened.Get("https://news.example.kr/0"));
        Assert.NotNull(reopened.Get($"https://news.example.kr/{count - 1}"));
    }

    private static int CommittedArticles(string index)
    {
        try
        {
            if (!NewsIndex.Exists(index))
            {
                return 0;
            }

            using var opened = NewsIndex.OpenReadOnly(index);
            return opened.GetStats(0).Articles;
        }
        catch (IOException)
        {
            return 0; // a commit in progress; look again
        }
    }
}
