using System.Text;
using KoreanNewsSearch.Cli.Commands;
using Spectre.Console.Cli;

Console.OutputEncoding = Encoding.UTF8;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("knews");
    config.UseAssemblyInformationalVersion();
    config.UseStrictParsing();
    config.SetExceptionHandler((error, _) => CommandErrors.Report(error));
    config.AddCommand<IngestCommand>("ingest")
        .WithDescription("Parse articles from files and folders (.html, .htm, .txt, .jsonl, .jsonl.gz) into the index.")
        .WithExample("ingest", "data");
    config.AddCommand<ParseCommand>("parse")
        .WithDescription("Parse one file without indexing and print the article fields.")
        .WithExample("parse", "data/seed/000_c11fe9059b579c8f.txt", "--json");
    config.AddCommand<SearchCommand>("search")
        .WithDescription("Search the index (built from data/ on first use when the default index is empty).")
        .WithExample("search", "삼성전자");
    config.AddCommand<RelatedCommand>("related").WithDescription("Articles about the same story as one article (its own copies left out).");
    config.AddCommand<SuggestCommand>("suggest").WithDescription("Complete a typed prefix from the index's headline words (초성, half-typed syllables, wrong layout).").WithExample("suggest", "ㅅㅅㅈㅈ");
    config.AddCommand<TrendCommand>("trend")
        .WithDescription("Matching articles per day, week, month or year (Korea time): a bar chart, or --json.")
        .WithExample("trend", "대통령", "--interval", "year");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Serve the search page and JSON API on http://127.0.0.1:5080 (read-only; sees other processes' ingests).");
    config.AddCommand<StatsCommand>("stats")
        .WithDescription("Article count, date range, sources, top reporters and size of the index.");
    config.AddCommand<CheckCommand>("check").WithDescription("Verify every segment of the index (Lucene CheckIndex); --repair drops damaged ones.");
});

// Spectre.Console.Cli reports an invalid command line as -1; the documented usage-error exit code is 2.
var exitCode = app.Run(args);
return exitCode < 0 ? ExitCodes.Usage : exitCode;
