using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Integrity;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary><c>knews stats [--index DIR] [--json]</c>: what the index holds.</summary>
internal sealed class StatsCommand : Command<StatsCommand.Settings>
{
    internal sealed class Settings : IndexSettings
    {
        [CommandOption("--json")]
        [Description("Print the statistics as JSON.")]
        public bool Json { get; init; }

        [CommandOption("--top <N>")]
        [Description("How many reporters to list.")]
        [DefaultValue(20)]
        public int Top { get; init; } = 20;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!NewsIndex.Exists(settings.IndexPath))
        {
            Console.Error.WriteLine($"no index in '{settings.IndexPath}': run 'knews ingest PATH --index {settings.IndexPath}' first");
            return ExitCodes.Usage;
        }

        IndexStats stats;
        try
        {
            using var index = NewsIndex.OpenReadOnly(settings.IndexPath);
            stats = index.GetStats(settings.Top);
        }
        catch (IndexDamagedException damaged)
        {
            Console.Error.WriteLine($"error: {DamagedIndexMessage.For(damaged, settings.IndexPath)}");
            return ExitCodes.PartialFailure;
        }

        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(stats, ArticleJson.IndentedOptions));
            return ExitCodes.Success;
        }

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"articles:   {stats.Articles:N0}"));
        Console.WriteLine($"published:  {stats.Earliest?.ToString("yyyy-MM-dd", inv) ?? "-"} .. {stats.Latest?.ToString("yyyy-MM-dd", inv) ?? "-"}");
        Console.WriteLine(string.Create(inv, $"size:       {stats.SizeOnDiskBytes / 1024.0 / 1024.0:0.0} MiB"));
        Console.WriteLine(string.Create(inv, $"segments:   {stats.Segments}"));
        Console.WriteLine("sources:");
        foreach (var source in stats.Sources)
        {
            Console.WriteLine(string.Create(inv, $"  {source.Count,8:N0}  {source.Value}"));
        }

        Console.WriteLine("top reporters:");
        foreach (var reporter in stats.TopReporters)
        {
            Console.WriteLine(string.Create(inv, $"  {reporter.Count,8:N0}  {reporter.Value}"));
        }

        return ExitCodes.Success;
    }
}
