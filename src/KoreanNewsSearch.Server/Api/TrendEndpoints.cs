using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KoreanNewsSearch.Server.Api;

/// <summary><c>GET /api/trend</c>: matching articles per period, the same JSON as <c>knews trend --json</c>.</summary>
internal static class TrendEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/trend", ([AsParameters] SearchParameters parameters, [FromQuery(Name = "interval")] string? interval, NewsIndex index) =>
            ApiError.Guard(() =>
            {
                var period = string.IsNullOrEmpty(interval)
                    ? TrendInterval.Month
                    : TrendJsonOutput.Parse(interval) ?? throw new ArgumentException($"interval must be day, week, month or year, got '{interval}'");
                var trend = index.Trend(parameters.ToRequest(), period);
                return Results.Text(TrendJsonOutput.Serialize(trend), "application/json; charset=utf-8");
            }))
        .WithName("Trend")
        .WithSummary("Matching articles per day, week, month or year in Korea time, every period from the first to the last match.");
}
