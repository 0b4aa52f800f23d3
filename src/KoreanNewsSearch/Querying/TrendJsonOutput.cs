using System.Text.Json;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// The <c>knews trend --json</c> document (the server's <c>/api/trend</c> too):
/// <c>{"interval": "month", "buckets": [{"period": "2024-06", "count": 12, "from": ..., "to": ...}], "total": N, "undated": N}</c>.
/// </summary>
internal static class TrendJsonOutput
{
    public static string Serialize(KeywordTrend trend) =>
        JsonSerializer.Serialize(
            new Document(
                Name(trend.Interval),
                trend.Buckets.Select(b => new Bucket(b.Period, b.Count, b.From, b.To)).ToList(),
                trend.Total,
                trend.Undated),
            ArticleJson.Options);

    /// <summary>The interval as written on the command line and in JSON: <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>.</summary>
    public static string Name(TrendInterval interval) => interval.ToString().ToLowerInvariant();

    /// <summary>Reads an interval name; null when it is none of <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>.</summary>
    public static TrendInterval? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "day" => TrendInterval.Day,
        "week" => TrendInterval.Week,
        "month" => TrendInterval.Month,
        "year" => TrendInterval.Year,
        _ => null,
    };

    private sealed record Document(string Interval, IReadOnlyList<Bucket> Buckets, int Total, int Undated);

    private sealed record Bucket(string Period, int Count, DateOnly From, DateOnly To);
}
