using System.Globalization;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>Whether a labelled time on a page is when the article was first published or when it was changed.</summary>
internal enum TimeLabelKind
{
    /// <summary>입력, 기사입력, 등록, 작성, 발행, 게재, 게시, 송고, 전송, Posted, Published.</summary>
    Published,

    /// <summary>수정, 최종수정, 업데이트, 승인, Updated, Modified.</summary>
    Updated,
}

/// <summary>A time found after a label such as <c>입력</c> or <c>수정</c>.</summary>
/// <param name="Kind">Publish or update.</param>
/// <param name="Label">The label as written.</param>
/// <param name="Time">The parsed time.</param>
internal readonly record struct LabelledTime(TimeLabelKind Kind, string Label, DateTimeOffset Time);

/// <summary>
/// Parses the date/time strings of Korean news pages and feeds into <see cref="DateTimeOffset"/>; a time written without an
/// offset is Korea time (<see cref="NewsArticle.KoreaOffset"/>), a date without a time is midnight Korea time.
/// </summary>
/// <remarks>
/// Accepted: <c>2024-06-07 08:55</c>, <c>2024.06.07 08:55</c>, <c>2024.06.07. 오전 8:55</c> (오전/오후, AM/PM),
/// <c>2024년 6월 7일 08시 55분</c>, <c>2024/06/07</c>, ISO 8601 (<c>2024-06-07T08:55:00+09:00</c>, <c>Z</c>), a weekday
/// in brackets after the date (<c>2024.11.21(목)</c>), a time in brackets (<c>2024.05.17 (09:05)</c>), a two-digit year
/// with a time of day (<c>24.05.17 09:05</c>, read as 2000-2099), and RFC 822 (<c>Fri, 30 Jan 2026 11:11:24 +0000</c>, GMT, KST).
/// </remarks>
internal static partial class PublishTimeParser
{
    private const string PublishedLabels =
        "최초\\s?입력|기사\\s?입력|입력\\s?일시|입력일|입력|기사\\s?등록|등록\\s?일시|등록일|등록|작성일|작성|발행일|발행|게재일|게재|" +
        "게시\\s?일시|게시일|게시|송고|기사\\s?전송|전송|출고|보도\\s?일시|보도일|보도|업로드|[Pp]osted|[Pp]ublished|POSTED|PUBLISHED";

    private const string UpdatedLabels =
        "최종\\s?수정|기사\\s?수정|수정\\s?일시|수정일|수정|최종\\s?업데이트|업데이트|갱신|승인|[Uu]pdated|[Mm]odified|UPDATED|MODIFIED";

    [GeneratedRegex(
        @"(?<![0-9])(?<y>(?:19|20)\d{2})\s*(?:[-./]|년)\s*(?<m>\d{1,2})\s*(?:[-./]|월)\s*(?<d>\d{1,2})(?![0-9])(?:\s*[.일])?" +
        @"(?:\s*[(（][월화수목금토일][)）])?" +
        @"(?:(?:\s*T|\s*,?\s+|\s*(?=오전|오후|[(（]\d))\s*[(（]?\s*(?<ampm>오전|오후|AM|PM|am|pm)?\s*(?<h>\d{1,2})\s*(?::|시)\s*(?<min>\d{1,2})(?![0-9])\s*분?" +
        @"(?:\s*(?::|(?<=분)\s*)\s*(?<s>\d{1,2})(?:[.,]\d+)?\s*초?)?(?:\s*(?<ampm2>AM|PM|am|pm)(?![A-Za-z]))?" +
        @"\s*(?<offset>Z(?![A-Za-z])|[+-]\d{2}:?\d{2}(?![0-9])|KST|UTC|GMT)?)?")]
    private static partial Regex NumericPattern();

    // A two-digit year ("24.05.17 09:05", "입력 24-05-17 오후 3:20") only with a time of day after it and one
    // separator throughout: without the time, "3.1.2" or "10.5.3" would read as dates.
    [GeneratedRegex(
        @"(?<![0-9.\-/])(?<y>\d{2})(?<sep>[-./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![0-9])\.?" +
        @"(?:\s*[(（][월화수목금토일][)）])?\s+[(（]?(?<ampm>오전|오후)?\s*(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?(?![0-9])")]
    private static partial Regex ShortYearPattern();

    [GeneratedRegex(
        @"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*)?(?<d>\d{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<y>\d{4})" +
        @"(?:\s+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<offset>[+-]\d{2}:?\d{2}|GMT|UTC|UT|Z|KST)?)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"(?<label>" + PublishedLabels + "|" + UpdatedLabels + @")\s*(?:시간|일시)?\s*[:：]?\s*(?=\d)")]
    private static partial Regex LabelPattern();

    // A label printed after its time ("2024-05-17 09:05 입력"): no time follows it.
    [GeneratedRegex(@"(?<label>" + PublishedLabels + "|" + UpdatedLabels + @")(?!\s*(?:시간|일시)?\s*[:：]?\s*\d)")]
    private static partial Regex TrailingLabelPattern();

    [GeneratedRegex(PublishedLabels + "|" + UpdatedLabels)]
    private static partial Regex LabelWordPattern();

    [GeneratedRegex(@"^\s*[•·*\-]?\s*(?:" + PublishedLabels + "|" + UpdatedLabels + @")\s*(?:시간|일시)?\s*[:：]?\s*$")]
    private static partial Regex LabelOnlyPattern();

    [GeneratedRegex("^(?:" + UpdatedLabels + ")$")]
    private static partial Regex UpdatedLabelPattern();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses the first date/time in <paramref name="text"/>.</summary>
    /// <param name="text">E.g. <c>2024.06.07. 오전 8:55</c> or <c>Fri, 30 Jan 2026 11:11:24 +0000</c>.</param>
    /// <returns>The time, or null when the text holds no valid date.</returns>
    public static DateTimeOffset? Parse(string? text) =>
        TryParse(text, out var value, out _, out _) ? value : null;

    /// <summary>Parses the first date/time in <paramref name="text"/> and tells where it was and whether it had a time of day.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The time.</param>
    /// <param name="match">Where it was found: (index, length) in <paramref name="text"/>.</param>
    /// <param name="hasTimeOfDay">False for a bare date.</param>
    /// <returns>Whether a valid date was found.</returns>
    public static bool TryParse(string? text, out DateTimeOffset value, out (int Index, int Length) match, out bool hasTimeOfDay)
    {
        value = default;
        match = default;
        hasTimeOfDay = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // The first date in the text wins, whichever way it is written; on a tie the four-digit year.
        Match[] found = [NumericPattern().Match(text), Rfc822Pattern().Match(text), ShortYearPattern().Match(text)];
        foreach (var candidate in found.Where(m => m.Success).OrderBy(m => m.Index))
        {
            if (TryBuild(candidate, monthFromName: candidate.Groups["mon"].Success, out value, out hasTimeOfDay))
            {
                match = (candidate.Index, candidate.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> holds a time label such as <c>입력</c> or <c>수정</c>: a cheap test before <see cref="FindLabelled"/>.</summary>
    /// <param name="text">A piece of page text.</param>
    /// <returns>Whether a label word occurs in it.</returns>
    public static bool MayHoldLabel(string text) => LabelWordPattern().IsMatch(text);

    /// <summary>The text before its first labelled time (<c>홍길동 기자</c> of <c>홍길동 기자 입력 2024.05.17 09:05</c>); the whole text when it has none.</summary>
    /// <param name="text">A header line.</param>
    /// <returns>The part before the label.</returns>
    public static string BeforeLabelledTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TimesAfterLabels(text).FirstOrDefault() is { Label: { } label } ? text[..label.Index].TrimEnd() : text;
    }

    /// <summary>True when <paramref name="line"/> is a time label and nothing else (<c>입력</c>, <c>• 입력 :</c>): its time is on the next line.</summary>
    /// <param name="line">One line of a dump.</param>
    /// <returns>Whether the line is a bare label.</returns>
    public static bool IsLabelOnly(string line) => LabelOnlyPattern().IsMatch(line);

    /// <summary>
    /// Finds every labelled time in a line, e.g. <c>입력 2023.05.01. 오후 3:20 수정 2023.05.01. 오후 4:00</c>, also with the
    /// label after its time (<c>2023.05.01 15:20 입력</c>).
    /// </summary>
    /// <param name="line">One line of a page.</param>
    /// <returns>The labelled times in order; empty when the line has none.</returns>
    public static IReadOnlyList<LabelledTime> FindLabelled(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var found = TimesAfterLabels(line).Select(t => (At: t.Label.Index, Time: Labelled(t.Label, t.Time))).ToList();

        foreach (Match label in TrailingLabelPattern().Matches(line))
        {
            if (TimeEndingAt(line, label.Index) is { } time)
            {
                found.Add((label.Index, Labelled(label, time)));
            }
        }

        return found.OrderBy(f => f.At).Select(f => f.Time).ToList();
    }

    /// <summary>Each label of <paramref name="line"/> that a date-time follows right after, with that time, in line order.</summary>
    private static IEnumerable<(Match Label, DateTimeOffset Time)> TimesAfterLabels(string line)
    {
        foreach (Match label in LabelPattern().Matches(line))
        {
            if (TryParse(line[(label.Index + label.Length)..], out var time, out var where, out _) && where.Index == 0)
            {
                yield return (label, time);
            }
        }
    }

    private static LabelledTime Labelled(Match label, DateTimeOffset time)
    {
        var name = label.Groups["label"].Value;
        return new LabelledTime(UpdatedLabelPattern().IsMatch(name) ? TimeLabelKind.Updated : TimeLabelKind.Published, name, time);
    }

    /// <summary>The date-time with a time of day that ends right before <paramref name="end"/> (spaces and brackets between), or null.</summary>
    private static DateTimeOffset? TimeEndingAt(string line, int end)
    {
        var before = line[..end].TrimEnd(' ', '\u00A0', ')', '）', ']');
        foreach (var m in NumericPattern().Matches(before).Concat(ShortYearPattern().Matches(before)))
        {
            if (m.Index + m.Length == before.Length && m.Groups["h"].Success && TryBuild(m, monthFromName: false, out var time, out _))
            {
                return time;
            }
        }

        return null;
    }

    private static bool TryBuild(Match m, bool monthFromName, out DateTimeOffset value, out bool hasTimeOfDay)
    {
        value = default;
        var year = Int(m, "y");
        if (m.Groups["y"].Length == 2)
        {
            year += 2000;
        }

        var month = monthFromName
            ? Array.IndexOf(MonthNames, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1
            : Int(m, "m");
        var day = Int(m, "d");
        hasTimeOfDay = m.Groups["h"].Success;
        var hour = hasTimeOfDay ? Int(m, "h") : 0;
        var minute = hasTimeOfDay ? Int(m, "min") : 0;
        var second = m.Groups["s"].Success ? Int(m, "s") : 0;

        var ampm = m.Groups["ampm"].Success ? m.Groups["ampm"].Value : m.Groups["ampm2"].Success ? m.Groups["ampm2"].Value : null;
        if (ampm is not null)
        {
            var afternoon = ampm is "오후" || ampm.Equals("PM", StringComparison.OrdinalIgnoreCase);
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (afternoon ? 12 : 0);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        if (ParseOffset(m.Groups["offset"].Success ? m.Groups["offset"].Value : null) is not { } offset)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    // Null for digits that are no UTC offset ("-4511": DateTimeOffset refuses more than 14 hours, found by fuzzing).
    private static TimeSpan? ParseOffset(string? offset)
    {
        if (offset is null or "KST")
        {
            return NewsArticle.KoreaOffset;
        }

        if (offset.ToUpperInvariant() is "Z" or "UTC" or "UT" or "GMT")
        {
            return TimeSpan.Zero;
        }

        var digits = offset.Replace(":", "", StringComparison.Ordinal);
        var sign = digits[0] == '-' ? -1 : 1;
        var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
        return hours > 14 || minutes > 59 || (hours == 14 && minutes > 0) ? null : sign * new TimeSpan(hours, minutes, 0);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
