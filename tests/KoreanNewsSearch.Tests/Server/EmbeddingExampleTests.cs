using System.Text.RegularExpressions;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KoreanNewsSearch.Tests.Server;

/// <summary>The README's ASP.NET Core example (the <c>```cs</c> block) is the body of <see cref="Example"/>, so it compiles.</summary>
public sealed partial class EmbeddingExampleTests
{
    [Fact]
    public void The_documented_embedding_example_is_this_code()
    {
        var block = CsBlock().Match(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"))).Groups[1].Value.ReplaceLineEndings("\n");
        var statements = string.Join('\n', block.Split('\n').SkipWhile(line => line.StartsWith("using ", StringComparison.Ordinal) || line.Length == 0)).Trim();
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "KoreanNewsSearch.Tests", "Server", "EmbeddingExampleTests.cs")).ReplaceLineEndings("\n");
        var body = ExampleBody().Match(source).Groups[1].Value;

        Assert.Equal(statements, string.Join('\n', body.Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.TrimStart())).Trim());
    }

    internal static async Task Example(string[] args)
    {
        // example:begin
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddNewsIndex("index");
        builder.Services.AddNewsSearchServer(); // only for the page and /api endpoints below
        var app = builder.Build();
        app.UseNewsSearchServer();
        app.MapGet("/count", (string q, NewsIndex index) => index.Search(new SearchRequest { Query = q }).Total);
        await app.RunAsync();
        // example:end
    }

    [GeneratedRegex("```cs\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsBlock();

    [GeneratedRegex(@"// example:begin\n(.*?)\n\s*// example:end", RegexOptions.Singleline)]
    private static partial Regex ExampleBody();
}
