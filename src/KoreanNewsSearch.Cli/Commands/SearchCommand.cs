using System.ComponentModel;
using System.Globalization;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Integrity;
using KoreanNewsSearch.Querying;
using Spectre.Console.Cli;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>
/// <c>knews search QUERY [--index DIR] [--from DAY] [--to DAY] [--reporter NAME]... [--source NAME]... [--section NAME]...
/// [--sort relevance|newest|oldest] [--limit N] [--offset N] [--any] [--no-relax] [--facets] [--all-duplicates] [--no-correct] [--json]</c>: search the index.
/// </summary>
internal sealed class SearchCommand : Command<SearchCommand.Settings>
{
    internal class Settings : IndexSettings
    {
        [CommandArgument(0, "<QUERY>")]
        [Description("The query: words (all must match), \"exact phrase\", OR, -exclude, (groups), title: body: reporter: source: section: date:2024-06-01..2024-06-30. Empty (\"\") matches every article.")]
        public string Query { get; init; } = "";

        [CommandOption("--from <YYYY-MM-DD>")]
        [Description("First publish day to include (Korea time).")]
        public string? From { get; init; }

        [CommandOption("--to <YYYY-MM-DD>")]
        [Description("Last publish day to include (Korea time).")]
        public string? To { get; init; }

        [CommandOption("--reporter <NAME>")]
        [Description("Only articles by this reporter; repeat for any of several.")]
        public string[] Reporters { get; init; } = [];

        [CommandOption("--source <NAME>")]
        [Description("Only articles from this source (press); repeat for any of several.")]
        public string[] Sources { get; init; } = [];

        [CommandOption("--section <NAME>")]
        [Description("Only articles in this section; repeat for any of several.")]
        public string[] Sections { get; init; } = [];

        [CommandOption("--sort <ORDER>")]
        [Description("relevance (default), newest or oldest.")]
        public string Sort { get; init; } = "relevance";

        [CommandOption("--limit <N>")]
        [Description("Hits to show, 1 to 100.")]
        [DefaultValue(10)]
        public int Limit { get; init; } = 10;

        [CommandOption("--offset <N>")]
        [Description("Hits to skip (for paging).")]
        [DefaultValue(0)]
        public int Offset { get; init; }

        [CommandOption("--any")]
        [Description("Match any of the words, ranking articles with more of them first (for questions).")]
        public bool Any { get; init; }

        [CommandOption("--no-relax")]
        [Description("When no article has all the words, show nothing instead of the articles with some of them.")]
        public bool NoRelax { get; init; }

        [CommandOption("--facets")]
        [Description("Also count sources, reporters and months over all matches.")]
        public bool Facets { get; init; }

        [CommandOption("--all-duplicates")]
        [Description("Show every copy of a wire story republished by several outlets, instead of one hit with (같은 기사 N건 더).")]
        public bool AllDuplicates { get; init; }

        [CommandOption("--json")]
        [Description("Print the results as JSON; errors go to stderr as {\"error\": ...}.")]
        public bool Json { get; init; }

        [CommandOption("--no-correct")]
        [Description("Search the query exactly as typed, even when it reads as typed on the wrong keyboard layout (tkatjdwjswk for 삼성전자).")]
        public bool NoCorrect { get; init; }

        [CommandOption("--synonyms <FILE>")]
        [Description("Synonym groups to apply to the query words: a text file, one group a line, e.g. 'AI, 인공지능'.")]
        public string? SynonymsFile { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunOnIndex(settings, (index, request) => index.Search(request), (request, results) =>
        {
            if (settings.Json)
            {
                SearchJsonOutput.Write(Console.Out, request, results);
            }
            else
            {
                SearchConsoleOutput.Write(Console.Out, request, results);
            }
        }, cancellationToken);

    /// <summary>
    /// Opens the index (built from data/ on first use) read-only, asks it <paramref name="read"/> for the request the
    /// settings describe and prints the answer; a bad query or setting is a usage error, as JSON with <c>--json</c>.
    /// </summary>
    internal static int RunOnIndex<TAnswer>(
        Settings settings, Func<NewsIndex, SearchRequest, TAnswer> read, Action<SearchRequest, TAnswer> print, CancellationToken cancellationToken)
    {
        TAnswer answer;
        SearchRequest request;
        try
        {
            request = ToRequest(settings);
            FirstUseIndex.EnsureBuilt(settings.IndexPath, cancellationToken);
            if (!NewsIndex.Exists(settings.IndexPath))
            {
                return Fail(settings, $"no index in '{settings.IndexPath}': run 'knews ingest PATH --index {settings.IndexPath}' first");
            }

            using var index = NewsIndex.OpenReadOnly(settings.IndexPath);
            answer = read(index, request);
        }
        catch (IndexDamagedException damaged)
        {
            // Reported like a usage error, but the command line was fine: exit 1, as for any input that failed.
            UsageError.Report(settings.Json, DamagedIndexMessage.For(damaged, settings.IndexPath));
            return ExitCodes.PartialFailure;
        }
        catch (Exception error) when (error is QuerySyntaxException or ArgumentException or FormatException or IOException)
        {
            return Fail(settings, error switch
            {
                ArgumentException argument => RequestErrors.Plain(argument),
                QuerySyntaxException { Repaired: { } repaired } => $"{error.Message}; did you mean: {repaired}",
                _ => error.Message,
            });
        }

        print(request, answer);
        return ExitCodes.Success;
    }

    private static SearchRequest ToRequest(Settings settings) => new()
    {
        Query = settings.Query,
        From = ParseDay(settings.From, "--from"),
        To = ParseDay(settings.To, "--to"),
        Reporters = settings.Reporters,
        Sources = settings.Sources,
        Sections = settings.Sections,
        Sort = settings.Sort.ToLowerInvariant() switch
        {
            "relevance" => SearchSort.Relevance,
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => throw new ArgumentException($"--sort must be relevance, newest or oldest, got '{settings.Sort}'"),
        },
        Limit = settings.Limit,
        Offset = settings.Offset,
        Mode = settings.Any ? QueryMode.Any : QueryMode.All,
        RelaxWhenFewerThan = settings.NoRelax ? 0 : SearchRequest.DefaultRelaxWhenFewerThan,
        Facets = settings.Facets,
        FoldDuplicates = !settings.AllDuplicates,
        CorrectLayout = !settings.NoCorrect,
        Synonyms = settings.SynonymsFile is { } file ? SynonymDictionary.Load(file) : null,
    };

    private static DateOnly? ParseDay(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"{option} must be a day as YYYY-MM-DD, got '{text}'");
    }

    private static int Fail(Settings settings, string message) => UsageError.Report(settings.Json, message);
}
