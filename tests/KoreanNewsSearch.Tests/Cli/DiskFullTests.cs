using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Integrity;
using Xunit.Abstractions;

namespace KoreanNewsSearch.Tests.Cli;

/// <summary>An ingest into a size-limited tmpfs that fills up (needs root to mount it, as CI has).</summary>
public class DiskFullTests(ITestOutputHelper output)
{
    private const int Articles = 4_000;
    private const int BatchSize = 250;

    [Fact]
    public void An_ingest_that_fills_the_disk_says_so_exits_1_keeps_its_last_commit_and_resumes_once_space_is_freed()
    {
        using var temp = new TempDirectory();
        var input = temp.File("articles.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, Articles).Select(n => JsonSerializer.Serialize(new
        {
            url = $"https://news.example.kr/{n}",
            title = $"기사 {n}: 반도체 수출 동향",
            published = "2024-06-07T08:55:00+09:00",
            body = string.Concat(Enumerable.Repeat($"본문 {n}. 삼성전자와 SK하이닉스의 반도체 수출이 크게 늘었다. ", 20)),
        })));
        var mount = Directory.CreateDirectory(temp.File("small-disk")).FullName;
        if (Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount) is { } refused)
        {
            output.WriteLine($"SKIPPED: cannot mount a size-limited tmpfs here ({refused.Trim()}); the disk-full test needs root");
            return;
        }

        try
        {
            var index = Path.Combine(mount, "index");
            var full = KnewsProcess.Run(temp.Path, "ingest", input, "--index", index, "--batch", BatchSize.ToString(CultureInfo.InvariantCulture));

            Assert.Equal(1, full.ExitCode);
            var error = Assert.Single(full.StdErr.Split('\n'), line => line.StartsWith("error: ", StringComparison.Ordinal));
            Assert.StartsWith($"error: index '{index}' could not be written: the disk is full (", error, StringComparison.Ordinal);
            Assert.Contains("free space and run the same ingest again", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", full.StdErr, StringComparison.Ordinal);

            int committed;
            using (var opened = NewsIndex.OpenReadOnly(index))
            {
                committed = opened.GetStats(0).Articles;
            }

            // At least the batches committed before the disk filled; closing the index may commit part of the failed batch.
            Assert.InRange(committed, BatchSize, Articles - 1);
            Assert.Contains($"It keeps its last commit ({committed:N0} articles)", error, StringComparison.Ordinal);
            Assert.True(IndexChecker.Check(index).IsClean);

            Assert.Null(Run("mount", "-o", "remount,size=32m", mount));
            var resumed = KnewsProcess.Run(temp.Path, "ingest", input, "--index", index, "--batch", BatchSize.ToString(CultureInfo.InvariantCulture));

            Assert.True(resumed.ExitCode == 0, resumed.StdErr);
            Assert.Contains($"added {Articles - committed}, updated 0, unchanged {committed}", resumed.StdOut, StringComparison.Ordinal);
            using var complete = NewsIndex.OpenReadOnly(index);
            Assert.Equal(Articles, complete.GetStats(0).Articles);
        }
        finally
        {
            Run("umount", "-l", mount);
        }
    }

    /// <summary>Runs a system command; null when it succeeded, else what it printed.</summary>
    private static string? Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : $"{command} exited {process.ExitCode}: {errors}";
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            return $"{command}: {error.Message}";
        }
    }
}
