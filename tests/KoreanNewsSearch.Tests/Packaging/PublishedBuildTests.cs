using System.Reflection.PortableExecutable;
using System.Text.Json;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Packaging;

/// <summary>The README's <c>dotnet publish</c> build: compiled ahead of time, starts, and answers a search.</summary>
[Collection(nameof(ReleaseBuildCollection))]
public sealed class PublishedBuildTests(ReleaseBuildFixture build)
{
    private string Knews => Path.Combine(build.PublishedFolder, "knews");

    [Theory]
    [InlineData("knews.dll")]
    [InlineData("KoreanNewsSearch.dll")]
    [InlineData("Lucene.Net.dll")]
    [InlineData("Spectre.Console.Cli.dll")]
    [InlineData("Microsoft.AspNetCore.Server.Kestrel.Core.dll")] // outside the composite, with its own native code
    public void Every_assembly_is_ReadyToRun_compiled(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(Path.Combine(build.PublishedFolder, assembly)));

        // ReadyToRun images carry native code behind the CLI header's managed-native header; IL-only ones do not.
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is IL only");
    }

    [Fact]
    public void Published_knews_starts_shows_help_and_answers_a_search()
    {
        var help = build.Run(Knews, "--help");
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("search", help.StdOut, StringComparison.Ordinal);

        var search = build.Run(Knews, "search", "갤럭시", "--index", build.IndexPath, "--json");
        Assert.True(search.ExitCode == 0, search.Output);
        using var json = JsonDocument.Parse(search.StdOut);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(SearchCorpusFixture.SeedArticle.Title, json.RootElement.GetProperty("hits")[0].GetProperty("title").GetString());
    }
}
