using System.ComponentModel;
using System.Globalization;
using KoreanNewsSearch.Integrity;
using Lucene.Net.Store;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary><c>knews check [--index DIR] [--repair]</c>: verify every segment of the index; optionally drop the broken ones.</summary>
internal sealed class CheckCommand : Command<CheckCommand.Settings>
{
    internal sealed class Settings : IndexSettings
    {
        [CommandOption("--repair")]
        [Description("Drop the damaged segments (their articles are lost from the index: re-ingest them); keeps every other article.")]
        public bool Repair { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IndexCheckReport report;
        try
        {
            report = IndexChecker.Check(settings.IndexPath);
        }
        catch (System.IO.DirectoryNotFoundException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return ExitCodes.Usage;
        }

        Print(report);
        if (report.IsClean)
        {
            Console.WriteLine("clean: every segment passed");
            return ExitCodes.Success;
        }

        if (!settings.Repair)
        {
            Console.WriteLine(report.IsRepairable
                ? Invariant($"run 'knews check --index {settings.IndexPath} --repair' to drop the damaged segments: that loses {report.ArticlesLostByRepair:N0} articles (re-ingest them) and keeps {report.Articles:N0}")
                : $"not repairable: re-create the index with 'knews ingest PATH --index {settings.IndexPath}' into an empty folder");
            return ExitCodes.PartialFailure;
        }

        return Repair(settings.IndexPath, report);
    }

    private static int Repair(string indexPath, IndexCheckReport report)
    {
        if (!report.IsRepairable)
        {
            Console.Error.WriteLine($"error: index '{indexPath}' cannot be repaired ({report.Problem}): re-create it with 'knews ingest PATH --index DIR' into an empty folder");
            return ExitCodes.PartialFailure;
        }

        Console.WriteLine(Invariant($"repairing: dropping {report.Damaged.Count} damaged segment(s) loses {report.ArticlesLostByRepair:N0} articles; keeping {report.Articles:N0}"));
        try
        {
            IndexChecker.Repair(indexPath);
        }
        catch (LockObtainFailedException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return ExitCodes.Usage;
        }

        Console.WriteLine(Invariant($"repaired: the index holds {report.Articles:N0} articles; re-ingest the sources of the {report.ArticlesLostByRepair:N0} lost ones (ingest updates in place, nothing is duplicated)"));
        return ExitCodes.Success;
    }

    private static void Print(IndexCheckReport report)
    {
        Console.WriteLine(Invariant($"index {report.Path}: {report.Segments} segment(s), {report.Articles:N0} articles in segments that passed"));
        if (report.Problem is { } problem)
        {
            Console.WriteLine($"damaged: {problem}");
        }

        foreach (var segment in report.Damaged)
        {
            Console.WriteLine(Invariant($"damaged: segment {segment.Name} ({segment.Articles:N0} articles): {segment.Error}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
