using System.Diagnostics;
using System.Text.Json;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>Runs <c>tests/peers/Peer.java</c> (Java Lucene 8 from Debian's liblucene8-java) and returns its JSON answers.</summary>
internal sealed class JavaPeer
{
    public const string InstallHint = "apt-get install liblucene8-java (Java Lucene 8; also needs a JDK: default-jdk-headless)";

    private static readonly string[] Jars =
    [
        "lucene-core-8.7.0.jar", "lucene-analyzers-common-8.7.0.jar", "lucene-analyzers-nori-8.7.0.jar", "lucene-queryparser-8.7.0.jar",
    ];

    private readonly string _classPath;
    private readonly string _heap;
    private readonly TextWriter _log;

    private JavaPeer(string classPath, string heap, TextWriter log, string javaVersion)
    {
        _classPath = classPath;
        _heap = heap;
        _log = log;
        JavaVersion = javaVersion;
    }

    /// <summary>The analyzers measured, as Peer.java names them.</summary>
    public static IReadOnlyList<string> Analyzers { get; } = ["cjk", "nori"];

    public string JavaVersion { get; }

    public static string EngineName(string analyzer) => analyzer == "cjk" ? "Lucene-CJK" : "Lucene-Nori";

    /// <summary>Compiles Peer.java once into <paramref name="workDir"/>; null (with the reason in <paramref name="missing"/>) when Java or the jars are absent.</summary>
    /// <param name="heap">JVM heap, e.g. <c>4g</c> as in RESULTS.md.</param>
    public static JavaPeer? TryCreate(string jarFolder, string workDir, string heap, TextWriter log, out string missing)
    {
        var jarPaths = Jars.Select(j => Path.Combine(jarFolder, j)).ToList();
        var absent = jarPaths.Where(j => !File.Exists(j)).ToList();
        if (absent.Count > 0)
        {
            missing = $"Java Lucene jars not found ({string.Join(", ", absent)}): {InstallHint}";
            return null;
        }

        var source = BenchPaths.PeerSource;
        var classes = Path.Combine(workDir, "peer-classes");
        Directory.CreateDirectory(classes);
        var jarPath = string.Join(':', jarPaths);
        var (javacExit, _, javacErr) = RunProcess("javac", ["-nowarn", "-cp", jarPath, "-d", classes, source]);
        if (javacExit != 0)
        {
            missing = $"javac failed ({javacErr.Trim()}): {InstallHint}";
            return null;
        }

        var (_, _, versionErr) = RunProcess("java", ["-version"]);
        missing = "";
        return new JavaPeer(classes + ":" + jarPath, heap, log, versionErr.Split('\n')[0].Trim());
    }

    /// <summary>Runs one part of Peer.java and parses the JSON object it prints.</summary>
    public JsonElement Run(string part, string analyzer, params string[] options)
    {
        string[] args = [$"-Xms{_heap}", $"-Xmx{_heap}", "-XX:+UseSerialGC", "-cp", _classPath, "Peer", part, "--analyzer", analyzer, .. options];
        _log.WriteLine($"  java Peer {part} --analyzer {analyzer} {string.Join(' ', options)}");
        var (exit, stdout, stderr) = RunProcess("java", args);
        if (exit != 0)
        {
            throw new InvalidOperationException($"Peer.java {part} {analyzer} failed with exit code {exit}: {stderr.Trim()}");
        }

        var lastLine = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        return JsonDocument.Parse(lastLine).RootElement.Clone();
    }

    private static (int Exit, string Stdout, string Stderr) RunProcess(string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (127, "", $"{file}: {e.Message}");
        }
    }
}
