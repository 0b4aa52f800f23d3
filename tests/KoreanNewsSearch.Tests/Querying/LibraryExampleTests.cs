using System.Text.RegularExpressions;
using KoreanNewsSearch;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary>The library example of README.md compiles and runs: its code block is the body of <see cref="Example"/>.</summary>
[Collection(nameof(ConsoleCollection))]
public partial class LibraryExampleTests
{
    private static readonly string DocPath = Path.Combine(TestPaths.RepoRoot, "README.md");
    private static readonly string ThisFile = Path.Combine(TestPaths.RepoRoot, "tests", "KoreanNewsSearch.Tests", "Querying", "LibraryExampleTests.cs");

    [Fact]
    public void The_documented_example_is_this_code()
    {
        var block = CSharpBlock().Match(File.ReadAllText(DocPath)).Groups[1].Value.ReplaceLineEndings("\n");
        var usings = block.Split('\n').TakeWhile(line => line.StartsWith("using ", StringComparison.Ordinal)).ToList();
        var statements = string.Join('\n', block.Split('\n').Skip(usings.Count)).Trim();

        var source = File.ReadAllText(ThisFile).ReplaceLineEndings("\n");
        var body = ExampleBody().Match(source).Groups[1].Value;
        var dedented = string.Join('\n', body.Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.TrimStart())).Trim();

        Assert.NotEmpty(usings);
        Assert.All(usings, line => Assert.Contains(line, source, StringComparison.Ordinal));
        Assert.Equal(statements, dedented);
    }

    [Fact]
    public void The_documented_example_runs_and_prints_the_hit()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(
            [
                "1 of 1 articles",
                "2024-06-07 한국금융신문 이재용 <mark>삼성전자</mark> 회장, 미국 통신업계 협력 본격화",
                "  이재용 <mark>삼성전자</mark> 회장은 버라이즌 CEO와 만나 <mark>갤럭시</mark> 신제품 판매 확대를 논의했다.",
                "한국금융신문: 1",
            ],
            output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n'));
    }

    private static void Example()
    {
        // example:begin
        using var index = NewsIndex.CreateInMemory(); // or NewsIndex.Open("index") for a folder on disk
        index.Upsert([
            new NewsArticle
            {
                Url = "https://www.fntimes.com/example",
                Source = "한국금융신문",
                Title = "이재용 삼성전자 회장, 미국 통신업계 협력 본격화",
                Body = "이재용 삼성전자 회장은 버라이즌 CEO와 만나 갤럭시 신제품 판매 확대를 논의했다.",
                Reporters = ["홍윤기"],
                Published = new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset),
            },
        ]);
        index.Commit(); // makes the articles durable and searchable

        var results = index.Search(new SearchRequest
        {
            Query = "삼성전자 갤럭시 -광고",
            From = new DateOnly(2024, 6, 1),
            Reporters = ["홍윤기"],
            Sort = SearchSort.Relevance,
            Limit = 10,
            Facets = true,
        });

        Console.WriteLine($"{results.Hits.Count} of {results.Total} articles");
        foreach (var hit in results.Hits)
        {
            Console.WriteLine($"{hit.Published:yyyy-MM-dd} {hit.Source} {hit.HighlightedTitle}");
            Console.WriteLine($"  {hit.Snippet}");
        }

        foreach (var source in results.Facets!.Sources)
        {
            Console.WriteLine($"{source.Value}: {source.Count}");
        }
        // example:end
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"// example:begin\n(.*?)\n\s*// example:end", RegexOptions.Singleline)]
    private static partial Regex ExampleBody();
}
