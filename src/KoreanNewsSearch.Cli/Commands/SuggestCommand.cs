using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Suggesting;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>
/// <c>knews suggest PREFIX [--index DIR] [--limit N] [--json]</c>: completions of a typed prefix from the index's
/// headline words and phrases, with 초성 (<c>ㅅㅅㅈㅈ</c>), half-typed syllables (<c>삼ㅅ</c>) and the wrong layout (<c>tkatjd</c>).
/// </summary>
internal sealed class SuggestCommand : Command<SuggestCommand.Settings>
{
    internal sealed class Settings : IndexSettings
    {
        [CommandArgument(0, "<PREFIX>")]
        [Description("What has been typed so far: 삼성, 삼ㅅ, 반도ㅊ, ㅅㅅㅈㅈ, tkatjd, ...")]
        public string Prefix { get; init; } = "";

        [CommandOption("--limit <N>")]
        [Description("Completions to show, 1 to 100.")]
        [DefaultValue(10)]
        public int Limit { get; init; } = 10;

        [CommandOption("--json")]
        [Description("Print {\"prefix\": ..., \"suggestions\": [{\"text\": ..., \"count\": ...}]}; errors go to stderr as {\"error\": ...}.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<Suggestion> suggestions;
        try
        {
            if (settings.Limit is < 1 or > NewsIndex.MaxSuggestions)
            {
                return Fail(settings, $"--limit must be between 1 and {NewsIndex.MaxSuggestions}, got {settings.Limit}");
            }

            FirstUseIndex.EnsureBuilt(settings.IndexPath, cancellationToken);
            if (!NewsIndex.Exists(settings.IndexPath))
            {
                return Fail(settings, $"no index in '{settings.IndexPath}': run 'knews ingest PATH --index {settings.IndexPath}' first");
            }

            using var index = NewsIndex.OpenReadOnly(settings.IndexPath);
            suggestions = index.Suggest(settings.Prefix, settings.Limit);
        }
        catch (IOException error)
        {
            return Fail(settings, error.Message);
        }

        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Document(settings.Prefix, suggestions), ArticleJson.Options));
            return ExitCodes.Success;
        }

        if (suggestions.Count == 0)
        {
            Console.WriteLine($"no suggestions for '{settings.Prefix}'");
        }

        var width = suggestions.Count == 0 ? 0 : suggestions.Max(s => s.Count).ToString("N0", CultureInfo.InvariantCulture).Length;
        foreach (var suggestion in suggestions)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{suggestion.Count.ToString("N0", CultureInfo.InvariantCulture).PadLeft(width)}  {suggestion.Text}"));
        }

        return ExitCodes.Success;
    }

    private static int Fail(Settings settings, string message) => UsageError.Report(settings.Json, message);

    private sealed record Document(string Prefix, IReadOnlyList<Suggestion> Suggestions);
}
