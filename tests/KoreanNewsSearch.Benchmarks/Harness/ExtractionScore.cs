using System.Globalization;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>The fields the <c>extraction</c> benchmark checks, in table order.</summary>
internal enum ExtractionField
{
    Title,
    Published,
    Reporters,
    BodyStart,
    BodyEnd,
    NoBoilerplate,
}

/// <summary>One field of one page: right, wrong (with what came out), or not checked (the expected file has no value).</summary>
internal sealed record FieldVerdict(ExtractionField Field, bool? Right, string Got);

/// <summary>Scores a parsed article against its <see cref="ExtractionCase"/>, field by field.</summary>
internal static partial class ExtractionScore
{
    // A leading dateline, which the expected files may keep or drop: "(서울=연합뉴스) 홍길동 기자 =", "【서울=뉴시스】홍길동 기자 =",
    // "[스포티비뉴스=홍길동 기자]".
    [GeneratedRegex(@"^[\(\[【<][^\)\]】>]{1,30}=[^\)\]】>]{0,30}[\)\]】>]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)?\s*=\s*)?")]
    private static partial Regex DatelinePattern();

    // Page furniture that never belongs to an article's text: copyright and redistribution notices, link arrows and
    // promotion, "provided by" credits.
    [GeneratedRegex(@"ⓒ|©|무단\s*전재|재배포\s*금지|Copyright|기사제공|바로가기|▶", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplatePattern();

    // Furniture only when it is the whole of a short line: an article may well say "페이스북에 글을 올려".
    [GeneratedRegex(@"구독|좋아요|페이스북|카카오톡|공유하기|[\w.+-]+@[\w-]+\.[\w.]+", RegexOptions.IgnoreCase)]
    private static partial Regex ShortLineBoilerplatePattern();

    private const int ShortLine = 50;

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();

    public static List<FieldVerdict> Score(ExtractionCase expected, NewsArticle? article)
    {
        if (article is null)
        {
            return Enum.GetValues<ExtractionField>().Select(f => new FieldVerdict(f, IsChecked(expected, f) ? false : null, "(not parsed)")).ToList();
        }

        var body = Flat(article.Body);
        var boilerplate = article.Body.Split('\n').FirstOrDefault(IsBoilerplate);
        return
        [
            new(ExtractionField.Title, Flat(article.Title) == Flat(expected.Title), article.Title),
            new(ExtractionField.Published, IsChecked(expected, ExtractionField.Published) ? TimeIsRight(expected, article.Published) : null,
                article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? "(none)"),
            new(ExtractionField.Reporters, expected.Reporters is null ? null
                    : expected.Reporters.Order(StringComparer.Ordinal).SequenceEqual(article.Reporters.Order(StringComparer.Ordinal)),
                "[" + string.Join(", ", article.Reporters) + "]"),
            new(ExtractionField.BodyStart, expected.BodyStart is null ? null : WithoutDateline(body).StartsWith(WithoutDateline(Flat(expected.BodyStart)), StringComparison.Ordinal),
                body[..Math.Min(60, body.Length)]),
            new(ExtractionField.BodyEnd, expected.BodyEnd is null ? null : body.EndsWith(Flat(expected.BodyEnd), StringComparison.Ordinal),
                body[Math.Max(0, body.Length - 60)..]),
            new(ExtractionField.NoBoilerplate, boilerplate is null, boilerplate ?? ""),
        ];
    }

    private static bool IsChecked(ExtractionCase expected, ExtractionField field) => field switch
    {
        ExtractionField.Published => expected.Published is not null,
        ExtractionField.Reporters => expected.Reporters is not null,
        ExtractionField.BodyStart => expected.BodyStart is not null,
        ExtractionField.BodyEnd => expected.BodyEnd is not null,
        _ => true,
    };

    /// <summary>Right to the minute and with the right offset; a bare expected date needs only the same day.</summary>
    private static bool TimeIsRight(ExtractionCase expected, DateTimeOffset? actual)
    {
        if (actual is not { } got)
        {
            return false;
        }

        var (time, day) = expected.ExpectedTime();
        if (day is { } expectedDay)
        {
            return DateOnly.FromDateTime(got.DateTime) == expectedDay;
        }

        var want = time!.Value;
        return got.Offset == want.Offset && ToMinute(got) == ToMinute(want);
    }

    private static DateTime ToMinute(DateTimeOffset time) =>
        new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, DateTimeKind.Unspecified);

    private static bool IsBoilerplate(string line) =>
        BoilerplatePattern().IsMatch(line) || (line.Length < ShortLine && ShortLineBoilerplatePattern().IsMatch(line));

    private static string Flat(string text) => SpacePattern().Replace(text, " ").Trim();

    private static string WithoutDateline(string text) => DatelinePattern().Replace(text, "");
}
