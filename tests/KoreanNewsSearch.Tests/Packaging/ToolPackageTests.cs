using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Packaging;

/// <summary><c>dotnet pack</c> makes a proper library package and a .NET tool that installs and searches.</summary>
[Collection(nameof(ReleaseBuildCollection))]
public sealed class ToolPackageTests(ReleaseBuildFixture build)
{
    [Fact]
    public void Library_package_carries_metadata_readme_and_xml_docs()
    {
        using var package = ZipFile.OpenRead(Path.Combine(build.Feed, $"KoreanNewsSearch.{ReleaseBuildFixture.Version}.nupkg"));
        var metadata = Metadata(package, "KoreanNewsSearch.nuspec");

        Assert.Equal("KoreanNewsSearch", Value(metadata, "id"));
        Assert.Equal(ReleaseBuildFixture.Version, Value(metadata, "version"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.Equal("expression", Element(metadata, "license").Attribute("type")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "license")));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal("git", Element(metadata, "repository").Attribute("type")?.Value);
        Assert.Contains(
            Element(metadata, "dependencies").Descendants().Select(d => d.Attribute("id")?.Value),
            id => id == "Lucene.Net");
        var files = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", files);
        Assert.Contains("lib/net10.0/KoreanNewsSearch.dll", files);
        Assert.Contains("lib/net10.0/KoreanNewsSearch.xml", files);
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_knews()
    {
        using var package = ZipFile.OpenRead(Path.Combine(build.Feed, $"knews.{ReleaseBuildFixture.Version}.nupkg"));
        var metadata = Metadata(package, "knews.nuspec");

        Assert.Equal("DotnetTool", Element(metadata, "packageType").Attribute("name")?.Value);
        using var settings = package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal("knews", command.Attribute("Name")?.Value);
        Assert.Equal("knews.dll", command.Attribute("EntryPoint")?.Value);
    }

    [Fact]
    public void Installed_tool_prints_its_version_and_searches()
    {
        var version = build.Run(build.InstalledTool, "--version");
        Assert.True(version.ExitCode == 0, version.Output);
        Assert.Equal(ReleaseBuildFixture.Version, version.StdOut.Trim());

        var search = build.Run(build.InstalledTool, "search", "삼성전자 갤럭시", "--index", build.IndexPath, "--json");
        Assert.True(search.ExitCode == 0, search.Output);
        using var json = JsonDocument.Parse(search.StdOut);
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal(SearchCorpusFixture.SeedArticle.Title, hit.GetProperty("title").GetString());
    }

    private static XElement Metadata(ZipArchive package, string nuspec)
    {
        using var stream = package.GetEntry(nuspec)!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Descendants().First(e => e.Name.LocalName == name);

    private static string Value(XElement metadata, string name) => Element(metadata, name).Value;
}
