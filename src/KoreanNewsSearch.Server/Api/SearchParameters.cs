using System.Globalization;
using KoreanNewsSearch.Querying;
using Microsoft.AspNetCore.Mvc;

namespace KoreanNewsSearch.Server.Api;

/// <summary>
/// The query-string form of a <see cref="SearchRequest"/>, shared by the search, trend and export endpoints and the
/// page; the names are the CLI's options. Values arrive as text so that a bad one gets a message naming it.
/// </summary>
internal sealed class SearchParameters
{
    /// <summary>The parameter of the first day; also the <see cref="ArgumentException.ParamName"/> of its errors.</summary>
    public const string FromName = "from";

    /// <summary>The parameter of the last day; also the <see cref="ArgumentException.ParamName"/> of its errors.</summary>
    public const string ToName = "to";

    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [FromQuery(Name = FromName)]
    public string? From { get; init; }

    [FromQuery(Name = ToName)]
    public string? To { get; init; }

    [FromQuery(Name = "reporter")]
    public string[]? Reporter { get; init; }

    [FromQuery(Name = "source")]
    public string[]? Source { get; init; }

    [FromQuery(Name = "section")]
    public string[]? Section { get; init; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    [FromQuery(Name = "offset")]
    public string? Offset { get; init; }

    [FromQuery(Name = "facets")]
    public string? Facets { get; init; }

    [FromQuery(Name = "any")]
    public string? Any { get; init; }

    /// <summary><c>correct=false</c> searches the query as typed even when it reads as typed on the wrong keyboard layout.</summary>
    [FromQuery(Name = "correct")]
    public string? Correct { get; init; }

    /// <summary>The request; throws <see cref="ArgumentException"/> naming the first parameter that does not parse.</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Q ?? "",
        From = Day(From, FromName),
        To = Day(To, ToName),
        Reporters = Values(Reporter),
        Sources = Values(Source),
        Sections = Values(Section),
        Sort = ParseSort(Sort),
        Limit = Number(Limit, "limit") ?? 10,
        Offset = Number(Offset, "offset") ?? 0,
        Facets = Flag(Facets, "facets"),
        Mode = Flag(Any, "any") ? QueryMode.Any : QueryMode.All,
        CorrectLayout = string.IsNullOrEmpty(Correct) || Flag(Correct, "correct"),
    };

    public static SearchSort ParseSort(string? sort) => sort?.ToLowerInvariant() switch
    {
        null or "" or "relevance" => SearchSort.Relevance,
        "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => throw new ArgumentException($"sort must be relevance, newest or oldest, got '{sort}'"),
    };

    public static string SortName(SearchSort sort) => sort.ToString().ToLowerInvariant();

    private static string[] Values(string[]? values) => values?.Where(v => !string.IsNullOrWhiteSpace(v)).ToArray() ?? [];

    private static DateOnly? Day(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"{name} must be a day as YYYY-MM-DD, got '{text}'", name);
    }

    internal static int? Number(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} must be a whole number, got '{text}'", name);
    }

    private static bool Flag(string? text, string name) => text?.ToLowerInvariant() switch
    {
        null or "" or "false" or "0" => false,
        "true" or "1" or "on" => true,
        _ => throw new ArgumentException($"{name} must be true or false, got '{text}'"),
    };
}
