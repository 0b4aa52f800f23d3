using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// A publish time printed with no label beside the byline, as older layouts do: <c>홍길동 기자 | 2021-08-09 14:22:31</c>,
/// <c>2021.08.09 14:22 홍길동 기자</c>, <c>김재호 MK스포츠 기자(greatnemo@maekyung.com) 2023. 11. 1. 05:48</c>.
/// </summary>
/// <remarks>
/// Only a full date and time counts (a bare date next to a name is as often the date of a photo or a column), and the rest
/// of the line must be the byline and separators and nothing else, so a sentence that mentions a reporter and a date is
/// never read as the publish time.
/// </remarks>
internal static partial class BylineTime
{
    private const int MaxLineLength = 100;

    // What stands between a byline and its time: "|", "·", "/", brackets, a comma.
    [GeneratedRegex(@"[|｜·ㆍ/,]+")]
    private static partial Regex SeparatorPattern();

    /// <summary>Reads the time of a line that is a byline and a date-time and nothing more.</summary>
    /// <param name="line">One line of a page.</param>
    /// <param name="time">The time (Korea time when the line gives no offset).</param>
    /// <param name="byline">The line without its time: the byline.</param>
    /// <returns>Whether the line is such a byline with its time.</returns>
    public static bool TryRead(string line, out DateTimeOffset time, out string byline)
    {
        ArgumentNullException.ThrowIfNull(line);
        time = default;
        byline = "";
        if (line.Length > MaxLineLength || !PublishTimeParser.TryParse(line, out var parsed, out var where, out var hasTimeOfDay) || !hasTimeOfDay)
        {
            return false;
        }

        var rest = SeparatorPattern().Replace(line[..where.Index] + " " + line[(where.Index + where.Length)..], " ").Trim();
        if (BylineParser.Parse(rest).Reporters.Count == 0 || !BylineParser.IsBylineOnly(rest))
        {
            return false;
        }

        time = parsed;
        byline = rest;
        return true;
    }
}
