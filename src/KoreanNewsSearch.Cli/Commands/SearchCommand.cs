using System.ComponentModel;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

// PLACEHOLDER options and output: the query layer work completes them (filters, sort, paging, facets, --json).
/// <summary><c>knews search QUERY</c>: search the index.</summary>
internal sealed class SearchCommand : Command<SearchCommand.Settings>
{
    internal sealed class Settings : IndexSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("The query (see the README's query syntax).")]
        public string Query { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        FirstUseIndex.EnsureBuilt(settings.IndexPath, cancellationToken);
        using var index = NewsIndex.OpenReadOnly(settings.IndexPath);
        var results = index.Search(new SearchRequest { Query = settings.Query });
        Console.WriteLine($"{results.Total} articles");
        foreach (var hit in results.Hits)
        {
            Console.WriteLine($"{hit.Published:yyyy-MM-dd} {hit.Source} {hit.Title}");
        }

        return ExitCodes.Success;
    }
}
