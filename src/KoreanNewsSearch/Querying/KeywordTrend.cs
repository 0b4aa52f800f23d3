using System.Globalization;

namespace KoreanNewsSearch.Querying;

/// <summary>The length of one period of a <see cref="KeywordTrend"/>.</summary>
public enum TrendInterval
{
    /// <summary>Calendar days, labelled <c>2024-06-07</c>.</summary>
    Day,

    /// <summary>ISO 8601 weeks (Monday to Sunday), labelled <c>2024-W23</c>.</summary>
    Week,

    /// <summary>Calendar months, labelled <c>2024-06</c>.</summary>
    Month,

    /// <summary>Calendar years, labelled <c>2024</c>.</summary>
    Year,
}

/// <summary>
/// How many articles matched a search per period, in Korea time: every period from the first to the last match,
/// including empty ones. <see cref="Buckets"/> counts plus <see cref="Undated"/> make <see cref="Total"/>.
/// </summary>
public sealed record KeywordTrend
{
    /// <summary>The period length.</summary>
    public TrendInterval Interval { get; init; }

    /// <summary>One bucket per period, oldest first; empty when nothing dated matched.</summary>
    public IReadOnlyList<TrendBucket> Buckets { get; init; } = [];

    /// <summary>All matching articles, the same number as <see cref="SearchResults.Total"/> of the same request.</summary>
    public int Total { get; init; }

    /// <summary>Matching articles without a publish time, which fall in no period.</summary>
    public int Undated { get; init; }
}

/// <summary>The matching articles of one period.</summary>
/// <param name="Period">The period's label: <c>2024-06-07</c>, <c>2024-W23</c>, <c>2024-06</c> or <c>2024</c>.</param>
/// <param name="From">Its first day (Korea time).</param>
/// <param name="To">Its last day (Korea time), inclusive.</param>
/// <param name="Count">How many matching articles were published in it.</param>
public sealed record TrendBucket(string Period, DateOnly From, DateOnly To, int Count);

/// <summary>Calendar arithmetic of the trend periods.</summary>
internal static class TrendPeriods
{
    /// <summary>The first day of the period holding <paramref name="day"/>.</summary>
    public static DateOnly Start(DateOnly day, TrendInterval interval) => interval switch
    {
        TrendInterval.Day => day,
        TrendInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TrendInterval.Month => new DateOnly(day.Year, day.Month, 1),
        TrendInterval.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "unknown trend interval"),
    };

    /// <summary>The first day of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Next(DateOnly start, TrendInterval interval) => interval switch
    {
        TrendInterval.Day => start.AddDays(1),
        TrendInterval.Week => start.AddDays(7),
        TrendInterval.Month => start.AddMonths(1),
        _ => start.AddYears(1),
    };

    public static string Label(DateOnly start, TrendInterval interval)
    {
        var inv = CultureInfo.InvariantCulture;
        return interval switch
        {
            TrendInterval.Day => start.ToString("yyyy-MM-dd", inv),
            TrendInterval.Week => string.Create(inv, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
            TrendInterval.Month => start.ToString("yyyy-MM", inv),
            _ => start.ToString("yyyy", inv),
        };
    }
}
