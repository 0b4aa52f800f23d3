using System.ComponentModel;
using System.Text.Json;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary><c>knews related ID [--index DIR] [--limit N] [--json]</c>: articles about the same story as one article.</summary>
internal sealed class RelatedCommand : Command<RelatedCommand.Settings>
{
    internal sealed class Settings : IndexSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The article id, as search lists it (its URL for most articles).")]
        public string Id { get; init; } = "";

        [CommandOption("--limit <N>")]
        [Description("Related articles to show, 1 to 100.")]
        [DefaultValue(10)]
        public int Limit { get; init; } = 10;

        [CommandOption("--json")]
        [Description("Print {\"id\": ..., \"hits\": [...]} with the hits as search --json gives them; errors go to stderr as {\"error\": ...}.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        NewsArticle? article;
        IReadOnlyList<SearchHit> hits;
        try
        {
            FirstUseIndex.EnsureBuilt(settings.IndexPath, cancellationToken);
            if (!NewsIndex.Exists(settings.IndexPath))
            {
                return Fail(settings, $"no index in '{settings.IndexPath}': run 'knews ingest PATH --index {settings.IndexPath}' first");
            }

            using var index = NewsIndex.OpenReadOnly(settings.IndexPath);
            article = index.Get(settings.Id);
            if (article is null)
            {
                return Fail(settings, $"no article with id '{settings.Id}' in '{settings.IndexPath}'");
            }

            hits = index.Related(settings.Id, settings.Limit);
        }
        catch (ArgumentOutOfRangeException error)
        {
            return Fail(settings, $"--limit must be between 1 and {SearchRequest.MaxLimit}, got {error.ActualValue}");
        }
        catch (IOException error)
        {
            return Fail(settings, error.Message);
        }

        if (settings.Json)
        {
            var document = new Document(settings.Id, [.. hits.Select(SearchJsonOutput.ToJson)]);
            Console.Out.WriteLine(JsonSerializer.Serialize(document, ArticleJson.Options));
        }
        else
        {
            var headline = hits.Count == 0 ? $"no articles related to '{article.Title}'" : $"related to '{article.Title}':";
            SearchConsoleOutput.WriteHits(Console.Out, headline, hits);
        }

        return ExitCodes.Success;
    }

    private static int Fail(Settings settings, string message)
    {
        if (settings.Json)
        {
            SearchJsonOutput.WriteError(Console.Error, message);
        }
        else
        {
            Console.Error.WriteLine($"error: {message}");
        }

        return ExitCodes.Usage;
    }

    private sealed record Document(string Id, IReadOnlyList<SearchJsonOutput.Hit> Hits);
}
