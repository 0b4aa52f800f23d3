using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>What a byline or signature says: reporter names (titles removed), e-mails, and the press when it is named.</summary>
/// <param name="Reporters">Names of 2–4 Hangul syllables, in order of appearance, without duplicates.</param>
/// <param name="Emails">E-mail addresses, in order of appearance, without duplicates.</param>
/// <param name="Press">The press, when the byline names one (bracketed, or a word such as <c>한국금융신문</c> before the title).</param>
internal sealed record Byline(IReadOnlyList<string> Reporters, IReadOnlyList<string> Emails, string? Press)
{
    /// <summary>True when the byline yielded neither a reporter nor an e-mail.</summary>
    public bool IsEmpty => Reporters.Count == 0 && Emails.Count == 0;
}

/// <summary>
/// Reads Korean bylines and signatures such as <c>[한국금융신문 홍윤기 기자]</c>, <c>(서울=연합뉴스) 홍길동 기자 =</c>,
/// <c>홍길동·김철수 기자</c>, <c>권오은 기자(조선비즈)</c>, <c>홍윤기 한국금융신문 기자 ahyk815@fntimes.com</c>.
/// </summary>
/// <remarks>
/// A reporter is a word of 2–4 Hangul syllables right before a reporter title (기자, 특파원, 논설위원, …), or a list of such
/// words joined by <c>·</c>, <c>,</c> or <c>/</c>. One affiliation word may stand between the names and the title
/// (<c>홍윤기 한국금융신문 기자</c>); when it ends like a press name (…신문, …일보, …뉴스) it is the press, else when it is
/// name-shaped it is one more name (<c>홍길동 김철수 기자</c>), unless a list stands before it: then the list is where the
/// reporter filed from (<c>순천, 광양 구현모 기자</c>). A count of further reporters (<c>박준석 기자 외 1명</c>) keeps a line a byline.
/// Meant for byline strings, not for running text: a sentence such as <c>관계자는 기자에게</c> would read as a byline.
/// </remarks>
internal static partial class BylineParser
{
    // Qualified titles are listed whole so that the qualifier (선임, 사진) is not read as a name.
    private const string Titles =
        "선임기자|수석기자|전문기자|객원기자|인턴기자|여행기자|사진기자|영상기자|취재기자|대기자|기자|" +
        "특파원|논설위원|편집위원|논설실장|선임연구위원|칼럼니스트|통신원|리포터|앵커|기상캐스터|객원논설위원|에디터|아나운서|PD";

    private const string PressSuffixes = "신문|일보|뉴스|비즈|경제|방송|미디어|닷컴|타임스|타임즈|저널|통신|데일리|투데이|포스트|헤럴드";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // names (joined by · , / ㆍ), an optional affiliation word, a title that is not the start of a longer word.
    [GeneratedRegex(
        @"(?<![가-힣])(?<names>[가-힣]{2,4}(?:\s*[·ㆍ,/、]\s*[가-힣]{2,4})*)(?:\s+(?<affiliation>[가-힣A-Za-z0-9]{2,})(?=\s))?\s*(?<title>" +
        Titles + @")(?![가-힣])")]
    private static partial Regex ReporterPattern();

    [GeneratedRegex(@"[가-힣]{2,4}")]
    private static partial Regex NamePattern();

    [GeneratedRegex(Titles)]
    private static partial Regex TitlePattern();

    // "사진=백승철 기자": the photographer, not the reporter.
    [GeneratedRegex(@"(?:사진|화면|영상)\s*[=:]\s*[가-힣]{2,4}\s*기자")]
    private static partial Regex PhotographerPattern();

    // Words that qualify a title (사진 기자, 선임 기자) and so stand where a name would.
    private static readonly HashSet<string> TitleQualifiers =
        new(["선임", "수석", "전문", "객원", "인턴", "여행", "사진", "영상", "취재", "논설", "편집", "사진부", "기자"], StringComparer.Ordinal);

    [GeneratedRegex(@"^[가-힣]{2,4}$")]
    private static partial Regex WholeNamePattern();

    [GeneratedRegex("(?:" + PressSuffixes + ")$")]
    private static partial Regex PressSuffixPattern();

    // (서울=연합뉴스), [서울=뉴시스]
    [GeneratedRegex(@"[\[(（【]\s*[^\[\]()（）【】=]{1,20}=\s*(?<press>[^\[\]()（）【】=]{2,30}?)\s*[\])）】]")]
    private static partial Regex DatelinePressPattern();

    // [한국금융신문 홍윤기 기자], 【…】
    [GeneratedRegex(@"[\[【](?<inner>[^\[\]【】]{2,60})[\]】]")]
    private static partial Regex BracketPattern();

    // 권오은 기자(조선비즈)
    [GeneratedRegex(@"(?:" + Titles + @")\s*[(（](?<press>[^()（）]{2,30})[)）]")]
    private static partial Regex TrailingPressPattern();

    [GeneratedRegex(@"[\[(（【][^\[\]()（）【】]*[\])）】]")]
    private static partial Regex BracketGroupPattern();

    [GeneratedRegex(@"[^\s=]*=")]
    private static partial Regex PlacePrefixPattern();

    [GeneratedRegex(@"[가-힣A-Za-z0-9]+")]
    private static partial Regex WordPattern();

    // "박준석 기자 외 1명": the page names one reporter and counts the others.
    [GeneratedRegex(@"(?<![가-힣])외\s*\d+\s*(?:명|인)(?![가-힣])")]
    private static partial Regex MoreReportersPattern();

    /// <summary>Reads one byline or signature string.</summary>
    /// <param name="text">The byline, e.g. <c>[한국금융신문 홍윤기 기자]</c>; null or blank gives an empty byline.</param>
    /// <returns>The names, e-mails and press found.</returns>
    public static Byline Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new Byline([], [], null);
        }

        var emails = Distinct(EmailPattern().Matches(text).Select(m => m.Value));
        var withoutEmails = EmailPattern().Replace(text, " ");

        var reporters = new List<string>();
        string? affiliationPress = null;
        foreach (Match match in ReporterPattern().Matches(withoutEmails))
        {
            var names = NamePattern().Matches(match.Groups["names"].Value).Select(m => m.Value).Where(IsName).ToList();
            var affiliation = match.Groups["affiliation"];
            if (affiliation.Success && WholeNamePattern().IsMatch(affiliation.Value) && IsName(affiliation.Value) && !IsPressWord(affiliation.Value))
            {
                // "홍길동 김철수 기자": names separated by a space only. But a list before the space ("순천, 광양 구현모 기자")
                // is the places the reporter filed from: reporters of one byline are all joined the same way.
                if (names.Count > 1)
                {
                    names.Clear();
                }

                names.Add(affiliation.Value);
            }
            else if (affiliation.Success && IsPressWord(affiliation.Value))
            {
                affiliationPress ??= affiliation.Value;
            }

            // "SBS연예뉴스 강선애 기자": the Hangul tail of a press name is not a reporter.
            reporters.AddRange(names.Where(n => !IsPressWord(n)));
        }

        var press = FindBracketedPress(withoutEmails) ?? affiliationPress;
        return new Byline(Distinct(reporters), emails, press);
    }

    /// <summary>
    /// True when <paramref name="text"/> is a byline and nothing else: once e-mails, reporters with their titles, bracketed
    /// groups and <c>place=</c> prefixes are removed, at most press words and punctuation remain. Tells a signature line
    /// (<c>홍윤기 한국금융신문 기자 ahyk815@fntimes.com</c>) from a sentence that mentions a reporter.
    /// </summary>
    /// <param name="text">A line.</param>
    /// <returns>Whether the line is only a byline.</returns>
    public static bool IsBylineOnly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Parse(text).IsEmpty)
        {
            return false;
        }

        var rest = EmailPattern().Replace(text, " ");
        rest = ReporterPattern().Replace(rest, " ");
        rest = BracketGroupPattern().Replace(rest, " ");
        rest = PlacePrefixPattern().Replace(rest, " ");
        rest = MoreReportersPattern().Replace(rest, " ");
        return WordPattern().Matches(rest).All(w => IsPressWord(w.Value));
    }

    /// <summary>True when <paramref name="text"/> holds a reporter title (기자, 특파원, …): a cheap test before <see cref="Parse"/>.</summary>
    /// <param name="text">A piece of page text.</param>
    /// <returns>Whether a title word occurs in it.</returns>
    public static bool MayHoldTitle(string text) => TitlePattern().IsMatch(text);

    /// <summary>The text without photo and video credits (<c>사진=백승철 기자</c>), whose names are not the article's reporters.</summary>
    /// <param name="text">A byline or signature.</param>
    /// <returns>The text with each credit replaced by a space.</returns>
    public static string WithoutPhotoCredits(string text) => PhotographerPattern().Replace(text, " ");

    /// <summary>True when the word looks like a press name: it ends like one (…신문, …일보, …뉴스, …).</summary>
    /// <param name="word">A single word.</param>
    /// <returns>Whether it reads as a press name.</returns>
    public static bool IsPressWord(string word) => word.Length >= 3 && PressSuffixPattern().IsMatch(word);

    private static bool IsName(string word) => !TitleQualifiers.Contains(word);

    private static string? FindBracketedPress(string text)
    {
        var dateline = DatelinePressPattern().Match(text);
        if (dateline.Success && !ReporterPattern().IsMatch(dateline.Groups["press"].Value))
        {
            return dateline.Groups["press"].Value.Trim();
        }

        foreach (Match bracket in BracketPattern().Matches(text))
        {
            var inner = bracket.Groups["inner"].Value;
            var reporter = ReporterPattern().Match(inner);
            if (reporter.Success)
            {
                var before = inner[..reporter.Index].Trim();
                if (before.Length > 0 && !before.Contains('='))
                {
                    return before;
                }
            }
        }

        var trailing = TrailingPressPattern().Match(text);
        return trailing.Success ? trailing.Groups["press"].Value.Trim() : null;
    }

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToList();
}
