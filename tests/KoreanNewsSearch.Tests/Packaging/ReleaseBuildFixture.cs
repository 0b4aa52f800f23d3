using System.Reflection;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Packaging;

[CollectionDefinition(nameof(ReleaseBuildCollection))]
public sealed class ReleaseBuildCollection : ICollectionFixture<ReleaseBuildFixture>;

/// <summary>
/// The product as a user gets it: a copy of the repository's build inputs in a temp folder (so the developer's own
/// bin/ and obj/ are never touched), published with the README's <c>dotnet publish</c> command and packed with
/// <c>dotnet pack</c> into a local feed from which the knews tool is installed. Each step runs once, when a test first
/// needs it, and the whole folder goes at the end. Slow (a Release build, a ReadyToRun publish, a pack and an install):
/// there is one of each in the suite.
/// </summary>
public sealed class ReleaseBuildFixture : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);
    private readonly TempDirectory _root = new();
    private readonly Lazy<string> _sources;
    private readonly Lazy<string> _published;
    private readonly Lazy<string> _feed;
    private readonly Lazy<string> _tool;
    private readonly Lazy<string> _index;

    public ReleaseBuildFixture()
    {
        _sources = new(CopySources);
        _published = new(Publish);
        _feed = new(Pack);
        _tool = new(InstallTool);
        _index = new(BuildIndex);
    }

    /// <summary>The version every package and <c>knews --version</c> carry (Directory.Build.props).</summary>
    public static string Version { get; } =
        typeof(NewsIndex).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    /// <summary>The folder of <c>dotnet publish src/KoreanNewsSearch.Cli -c Release -o DIR</c>.</summary>
    public string PublishedFolder => _published.Value;

    /// <summary>The local feed holding both packages.</summary>
    public string Feed => _feed.Value;

    /// <summary>The <c>knews</c> executable installed with <c>dotnet tool install --tool-path</c>.</summary>
    public string InstalledTool => _tool.Value;

    /// <summary>An on-disk index holding the seed article.</summary>
    public string IndexPath => _index.Value;

    /// <summary>Runs an executable of the product in the fixture folder.</summary>
    internal ChildProcess.Result Run(string executable, params string[] args) =>
        ChildProcess.Run(ChildProcess.StartInfo(executable, _root.Path, args), TimeSpan.FromMinutes(1));

    public void Dispose() => _root.Dispose();

    private string CopySources()
    {
        var target = _root.File("repo");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "README.md" })
        {
            Directory.CreateDirectory(target);
            File.Copy(Path.Combine(TestPaths.RepoRoot, file), Path.Combine(target, file));
        }

        CopyTree(Path.Combine(TestPaths.RepoRoot, "src"), Path.Combine(target, "src"));
        return target;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(folder, Path.Combine(to, name));
            }
        }
    }

    private string Publish()
    {
        var output = _root.File("published");
        Dotnet("publish", "src/KoreanNewsSearch.Cli", "-c", "Release", "-o", output, NoBuildServer);
        return output;
    }

    private string Pack()
    {
        var feed = _root.File("feed");
        Dotnet("pack", "src/KoreanNewsSearch", "-c", "Release", "-o", feed, NoBuildServer);
        Dotnet("pack", "src/KoreanNewsSearch.Cli", "-c", "Release", "-o", feed, NoBuildServer);
        return feed;
    }

    private string InstallTool()
    {
        var toolPath = _root.File("tool");
        // A private packages folder: the global one would keep serving a knews of the same version installed before.
        Dotnet(
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = _root.File("nuget-packages") },
            "tool", "install", "knews", "--version", Version, "--tool-path", toolPath, "--add-source", Feed);
        return Path.Combine(toolPath, "knews");
    }

    private string BuildIndex()
    {
        var path = _root.File("index");
        using var index = NewsIndex.Open(path);
        index.Upsert([SearchCorpusFixture.SeedArticle]);
        index.Commit();
        return path;
    }

    // With MSBUILDDISABLENODEREUSE below: no compiler server or MSBuild node of a nested build outlives the test run.
    private const string NoBuildServer = "-p:UseSharedCompilation=false";

    private void Dotnet(params string[] args) => Dotnet(new Dictionary<string, string>(), args);

    private void Dotnet(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = ChildProcess.StartInfo("dotnet", _sources.Value, args);
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var inherited in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && k != "MSBUILDDISABLENODEREUSE").ToList())
        {
            info.Environment.Remove(inherited); // set by the test host's own build; they would steer the nested one
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var result = ChildProcess.Run(info, StepTimeout);
        Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed ({result.ExitCode}):\n{result.Output}");
    }
}
