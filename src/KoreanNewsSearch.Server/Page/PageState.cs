using System.Globalization;
using System.Text;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Server.Api;

namespace KoreanNewsSearch.Server.Page;

/// <summary>Everything the search page shows is in its URL: <c>/?q=삼성전자&amp;from=2024-01-01&amp;source=조선일보&amp;sort=newest&amp;page=2</c>.</summary>
internal sealed record PageState
{
    public const int PageSize = 10;
    public const int MaxPage = (SearchRequest.MaxOffset / PageSize) + 1;

    /// <summary>The page-number parameter; also the <see cref="ArgumentException.ParamName"/> of its errors.</summary>
    public const string PageName = "page";

    public string Query { get; init; } = "";

    public string? From { get; init; }

    public string? To { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<string> Reporters { get; init; } = [];

    public IReadOnlyList<string> Sections { get; init; } = [];

    public SearchSort Sort { get; init; }

    public bool Any { get; init; }

    /// <summary>Search the query as typed, not as its wrong-keyboard-layout reading.</summary>
    public bool AsTyped { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>The state and its search request; throws <see cref="ArgumentException"/> naming a parameter that does not parse.</summary>
    public static (PageState State, SearchRequest Request) Parse(SearchParameters parameters, string? page)
    {
        var number = SearchParameters.Number(page, PageName) ?? 1;
        if (number is < 1 or > MaxPage)
        {
            throw new ArgumentException($"page must be between 1 and {MaxPage}, got {number}", PageName);
        }

        var request = parameters.ToRequest() with { Offset = (number - 1) * PageSize, Limit = PageSize, Facets = true };
        var state = new PageState
        {
            Query = request.Query,
            From = parameters.From is { Length: > 0 } ? parameters.From : null,
            To = parameters.To is { Length: > 0 } ? parameters.To : null,
            Sources = request.Sources,
            Reporters = request.Reporters,
            Sections = request.Sections,
            Sort = request.Sort,
            Any = request.Mode == QueryMode.Any,
            AsTyped = !request.CorrectLayout,
            Page = number,
        };
        return (state, request);
    }

    /// <summary>The page's URL for this state.</summary>
    public string Url() => "/?" + QueryString(includePage: true);

    /// <summary>The export download of this search.</summary>
    public string ExportUrl(string format) => "/api/export?" + QueryString(includePage: false) + "&format=" + format;

    /// <summary>The same search with one more value of a filter, or one fewer when it is already on; back to page 1.</summary>
    public PageState Toggle(string filter, string value)
    {
        static IReadOnlyList<string> Flip(IReadOnlyList<string> values, string value) =>
            values.Contains(value, StringComparer.Ordinal) ? [.. values.Where(v => v != value)] : [.. values, value];

        return filter switch
        {
            "source" => this with { Sources = Flip(Sources, value), Page = 1 },
            "reporter" => this with { Reporters = Flip(Reporters, value), Page = 1 },
            _ => this with { Sections = Flip(Sections, value), Page = 1 },
        };
    }

    public PageState WithDates(DateOnly? from, DateOnly? to) => this with
    {
        From = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Page = 1,
    };

    private string QueryString(bool includePage)
    {
        var pairs = new List<(string Name, string Value)> { ("q", Query) };
        if (From is not null)
        {
            pairs.Add(("from", From));
        }

        if (To is not null)
        {
            pairs.Add(("to", To));
        }

        pairs.AddRange(Sources.Select(v => ("source", v)));
        pairs.AddRange(Reporters.Select(v => ("reporter", v)));
        pairs.AddRange(Sections.Select(v => ("section", v)));
        if (Sort != SearchSort.Relevance)
        {
            pairs.Add(("sort", SearchParameters.SortName(Sort)));
        }

        if (Any)
        {
            pairs.Add(("any", "true"));
        }

        if (AsTyped)
        {
            pairs.Add(("correct", "false"));
        }

        if (includePage && Page > 1)
        {
            pairs.Add(("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            text.Append(text.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }
}
