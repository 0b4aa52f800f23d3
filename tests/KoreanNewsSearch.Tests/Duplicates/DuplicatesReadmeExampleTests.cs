using System.Text.RegularExpressions;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Duplicates;

/// <summary>The code block of README.md's "Wire-story duplicates" section is the body of <see cref="Example"/>, and it runs.</summary>
[Collection(nameof(ConsoleCollection))]
public partial class DuplicatesReadmeExampleTests
{
    private static readonly string ThisFile = Path.Combine(TestPaths.RepoRoot, "tests", "KoreanNewsSearch.Tests", "Duplicates", "DuplicatesReadmeExampleTests.cs");

    [Fact]
    public void The_documented_example_is_this_code()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Wire-story duplicates", StringComparison.Ordinal)..];
        var block = CSharpBlock().Match(section).Groups[1].Value.Trim();
        var body = ExampleBody().Match(File.ReadAllText(ThisFile).ReplaceLineEndings("\n")).Groups[1].Value;
        var dedented = string.Join('\n', body.Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.TrimStart())).Trim();

        Assert.Equal(block, dedented);
    }

    [Fact]
    public void The_documented_example_runs_and_counts_the_copies()
    {
        var original = JsonLinesArticleReader.ReadFile(Path.Combine(TestPaths.Data, "wikinews", "wikinews.jsonl"))
            .Select(r => r.Article!).First(a => a.Title == "서울 상공에 5년만에 나타난 북한 무인기");
        using var index = NewsIndex.CreateInMemory();
        index.Upsert([original with { Id = "", Url = "https://a.example/1" }, original with { Id = "", Url = "https://b.example/1", Title = "北 무인기 서울 침범" }]);
        index.Commit();
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            Example(index);
        }
        finally
        {
            Console.SetOut(console);
        }

        // The best-ranked copy stands for the group: the short headline that is mostly the query word.
        Assert.Equal(["2 articles, 1 stories", "北 무인기 서울 침범 (+1 copies)"], output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n'));
    }

    private static void Example(NewsIndex index)
    {
        // example:begin
        var results = index.Search(new SearchRequest { Query = "무인기" });
        Console.WriteLine($"{results.Total} articles, {results.FoldedTotal} stories");
        foreach (var hit in results.Hits)
        {
            Console.WriteLine($"{hit.Title} (+{hit.DuplicateCount} copies)");
        }
        // example:end
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"// example:begin\n(.*?)\n\s*// example:end", RegexOptions.Singleline)]
    private static partial Regex ExampleBody();
}
