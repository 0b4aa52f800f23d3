using System.Diagnostics;

namespace KoreanNewsSearch.Tests.Cli;

/// <summary>Runs the real <c>knews</c> executable (built next to the tests) as a child process.</summary>
internal static class KnewsProcess
{
    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args) =>
        ChildProcess.StartInfo("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "knews.dll"), .. args]);

    public static ChildProcess.Result Run(string workingDirectory, params string[] args) =>
        ChildProcess.Run(StartInfo(workingDirectory, args), TimeSpan.FromMinutes(2));
}
