using System.Diagnostics;
using System.Text;

namespace KoreanNewsSearch.Tests;

/// <summary>Runs a child process to its end with stdout and stderr captured, killing it (and its children) on timeout.</summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        /// <summary>Both streams, for assertion messages.</summary>
        public string Output => StdOut + StdErr;
    }

    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    public static Result Run(ProcessStartInfo info, TimeSpan timeout)
    {
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not finish in {timeout}");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
