using System.ComponentModel;
using System.Globalization;
using KoreanNewsSearch.Querying;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>
/// <c>knews trend QUERY [--interval day|week|month|year] [search filters] [--json]</c>: matching articles per period
/// in Korea time, as a bar chart on a terminal, tab-separated lines when redirected.
/// </summary>
internal sealed class TrendCommand : Command<TrendCommand.Settings>
{
    internal sealed class Settings : SearchCommand.Settings
    {
        [CommandOption("--interval <PERIOD>")]
        [Description("day, week (ISO, from Monday), month (default) or year.")]
        [DefaultValue("month")]
        public string Interval { get; init; } = "month";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        SearchCommand.RunOnIndex(
            settings,
            (index, request) => index.Trend(request, TrendJsonOutput.Parse(settings.Interval)
                ?? throw new ArgumentException($"--interval must be day, week, month or year, got '{settings.Interval}'")),
            (_, trend) => Print(settings, trend),
            cancellationToken);

    private static void Print(Settings settings, KeywordTrend trend)
    {
        if (settings.Json)
        {
            Console.Out.WriteLine(TrendJsonOutput.Serialize(trend));
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var undated = trend.Undated > 0 ? string.Create(inv, $", {trend.Undated:N0} without a publish time") : "";
        Console.Out.WriteLine(string.Create(inv, $"{trend.Total:N0} articles in {trend.Buckets.Count:N0} {TrendJsonOutput.Name(trend.Interval)}s{undated}"));
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            foreach (var bucket in trend.Buckets)
            {
                Console.Out.WriteLine(string.Create(inv, $"{bucket.Period}\t{bucket.Count}"));
            }

            return;
        }

        var chart = new BarChart().Width(Math.Min(100, Console.WindowWidth));
        foreach (var bucket in trend.Buckets)
        {
            chart.AddItem(bucket.Period, bucket.Count, Color.SteelBlue);
        }

        AnsiConsole.Write(chart);
    }
}
