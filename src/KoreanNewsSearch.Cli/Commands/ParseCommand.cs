using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using KoreanNewsSearch.Ingestion;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary><c>knews parse FILE [--json]</c>: parse without indexing and print the fields.</summary>
internal sealed class ParseCommand : Command<ParseCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The file to parse (.html, .htm, .txt, .jsonl, .jsonl.gz).")]
        public string File { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print a JSON array of articles (camelCase fields).")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            Console.Error.WriteLine($"{settings.File}: no such file");
            return ExitCodes.Usage;
        }

        var results = ArticleFileReader.ReadFile(settings.File).ToList();
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        foreach (var warned in results.Where(r => r.Warning is not null))
        {
            Console.Error.WriteLine($"warning: {warned.Warning}");
        }

        foreach (var error in results.Where(r => r.Error is not null))
        {
            Console.Error.WriteLine($"failed: {error.Error}");
        }

        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(articles, ArticleJson.IndentedOptions));
        }
        else
        {
            foreach (var article in articles)
            {
                PrintFields(article);
            }
        }

        return results.Any(r => r.Error is not null) ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static void PrintFields(NewsArticle article)
    {
        static string List(IReadOnlyList<string> values) => values.Count == 0 ? "-" : string.Join(" | ", values);

        Console.WriteLine($"id:        {article.Id}");
        Console.WriteLine($"url:       {article.Url ?? "-"}");
        Console.WriteLine($"source:    {article.Source ?? "-"}");
        Console.WriteLine($"section:   {article.Section ?? "-"}");
        Console.WriteLine($"title:     {article.Title}");
        Console.WriteLine($"subtitle:  {List(article.Subtitle)}");
        Console.WriteLine($"published: {article.Published?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}");
        Console.WriteLine($"updated:   {article.Updated?.ToString("O", CultureInfo.InvariantCulture) ?? "-"}");
        Console.WriteLine($"reporters: {List(article.Reporters)}");
        Console.WriteLine($"emails:    {List(article.ReporterEmails)}");
        Console.WriteLine($"tags:      {List(article.Tags)}");
        Console.WriteLine($"captions:  {List(article.Captions)}");
        Console.WriteLine("body:");
        Console.WriteLine(article.Body);
        Console.WriteLine();
    }
}
