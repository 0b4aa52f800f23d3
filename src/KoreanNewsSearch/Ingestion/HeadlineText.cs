using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Turns a headline as a page's metadata or title line gives it into the headline as printed: without the site name
/// before or after it (<c>제목 | OO신문</c>, <c>제목 - OO일보</c>, <c>제목-정치ㅣOO일보</c>, <c>OO일보 모바일 :: 제목</c>,
/// <c>OO뉴스TV 제목</c>) and with the substitute characters of metadata put back (<c>″</c> for <c>"</c>).
/// </summary>
internal static partial class HeadlineText
{
    // Separators publishers put between a headline and their name: "제목 | MBC 뉴스", "제목 - SBS 뉴스", "제목 : YTN",
    // and bars, which no headline ends with, also without spaces ("제목ㅣ한국일보", "제목｜OO신문"; "ㅣ" is the Hangul
    // vowel used as a bar). Not "·": headlines use it between clauses ("26일 정상회담 · 27일 의회 연설").
    [GeneratedRegex(@"^(?<title>.+?)(?:\s+(?:[|\-–—:ㅣ｜]|::)\s+|\s*[|ㅣ｜]\s*)(?<site>[^|\-–—:ㅣ｜]{1,30})$")]
    private static partial Regex SiteSuffixPattern();

    // A section between headline and site: "제목-정치ㅣ한국일보", "제목 - 경제 | OO신문".
    [GeneratedRegex(@"^(?<title>.+?)\s*[|\-–—:ㅣ｜]\s*(?<section>[^\s|\-–—:ㅣ｜]{1,10})\s*[|ㅣ｜]\s*(?<site>[^|\-–—:ㅣ｜]{1,30})$")]
    private static partial Regex SectionAndSiteSuffixPattern();

    // The site name first: "OO일보 모바일 :: 제목", "OO신문 | 제목", "[OO일보] 제목" is left alone (a bracket tag is printed).
    [GeneratedRegex(@"^(?<site>[^|:ㅣ｜\[\]""']{1,30}?)\s*(?:::|[|ㅣ｜])\s*(?<title>.+)$")]
    private static partial Regex SitePrefixPattern();

    [GeneratedRegex(@"(?:뉴스|news|일보|신문|방송|닷컴|tv|ytn|mbc|kbs|sbs|jtbc)$", RegexOptions.IgnoreCase)]
    private static partial Regex PressLikeSuffixPattern();

    // What a site appends to its name before the headline: "모바일", "TV", "m".
    [GeneratedRegex(@"^(?:모바일|mobile|m|tv|뉴스|온라인)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteNameTailPattern();

    /// <summary>The printed headline of <paramref name="title"/> (a clean, one-line string).</summary>
    /// <param name="title">A headline as metadata or a title line gives it.</param>
    /// <param name="siteNames">Names the page gives for its publisher (site name, publisher).</param>
    /// <returns>The headline without site names and with substitute characters replaced.</returns>
    public static string Clean(string title, IEnumerable<string> siteNames)
    {
        ArgumentNullException.ThrowIfNull(title);
        var names = siteNames.Select(Squash).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var printed = StripSitePrefix(StripSiteSuffix(title.Replace('″', '"'), names), names);
        return printed.Length > 0 ? printed : title;
    }

    private static string StripSiteSuffix(string title, List<string> names)
    {
        while (true)
        {
            var match = SectionAndSiteSuffixPattern().Match(title);
            if (!match.Success || !IsSite(match.Groups["site"].Value, names))
            {
                match = SiteSuffixPattern().Match(title);
            }

            if (!match.Success || !IsSite(match.Groups["site"].Value, names))
            {
                return title;
            }

            title = match.Groups["title"].Value.TrimEnd();
        }
    }

    private static string StripSitePrefix(string title, List<string> names)
    {
        var match = SitePrefixPattern().Match(title);
        if (match.Success && IsSite(match.Groups["site"].Value, names))
        {
            return match.Groups["title"].Value.TrimStart();
        }

        // "OO뉴스TV 제목": the page's own name, perhaps with "TV" or "모바일", then a space.
        foreach (var name in names)
        {
            var squashed = Squash(title);
            if (squashed.Length > name.Length + 5 && squashed.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                var end = IndexAfterSquashed(title, name.Length);
                var space = title.IndexOf(' ', end);
                if (space > 0 && SiteNameTailPattern().IsMatch(title[end..space]))
                {
                    return title[(space + 1)..].TrimStart();
                }
            }
        }

        return title;
    }

    private static bool IsSite(string segment, List<string> names)
    {
        var site = Squash(segment);
        return names.Any(n => site.Equals(n, StringComparison.OrdinalIgnoreCase) || site.StartsWith(n, StringComparison.OrdinalIgnoreCase))
            || PressLikeSuffixPattern().IsMatch(site);
    }

    /// <summary>The index in <paramref name="text"/> just after its first <paramref name="letters"/> non-space characters.</summary>
    private static int IndexAfterSquashed(string text, int letters)
    {
        var index = 0;
        for (var seen = 0; index < text.Length && seen < letters; index++)
        {
            if (!HtmlText.IsSpace(text[index]))
            {
                seen++;
            }
        }

        return index;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !HtmlText.IsSpace(c)));
}
