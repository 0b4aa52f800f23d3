using System.ComponentModel;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>
/// <c>knews serve [--index DIR] [--urls URL]</c>: the search page and JSON API over the index, opened read-only and
/// refreshed as another process ingests into it.
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    internal sealed class Settings : IndexSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, ';' between several (default http://127.0.0.1:5080, this machine only; http://127.0.0.1:0 picks a free port).")]
        [DefaultValue(NewsSearchServer.DefaultUrl)]
        public string Urls { get; init; } = NewsSearchServer.DefaultUrl;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        FirstUseIndex.EnsureBuilt(settings.IndexPath, cancellationToken);
        if (!NewsIndex.Exists(settings.IndexPath))
        {
            await Console.Error.WriteLineAsync($"error: no index in '{settings.IndexPath}': run 'knews ingest PATH --index {settings.IndexPath}' first");
            return ExitCodes.Usage;
        }

        var urls = settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var app = NewsSearchServer.Create(settings.IndexPath, urls);
        // Open the index now, so that a broken one fails here rather than on the first request.
        var articles = app.Services.GetRequiredService<NewsIndex>().GetStats(0).Articles;
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException error)
        {
            await Console.Error.WriteLineAsync($"error: cannot listen on {settings.Urls}: {error.Message}");
            return ExitCodes.Usage;
        }

        foreach (var url in urls.Where(u => !NewsSearchServer.IsLoopback(u)))
        {
            await Console.Error.WriteLineAsync($"warning: {url} listens beyond this machine: anyone who can reach it can search this archive");
        }

        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"serving {articles:N0} articles from {Path.GetFullPath(settings.IndexPath)} (read-only, new commits appear within ~1 s)");
        foreach (var address in listening)
        {
            Console.WriteLine($"listening on {address}");
        }

        Console.WriteLine("press Ctrl+C to stop");
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
