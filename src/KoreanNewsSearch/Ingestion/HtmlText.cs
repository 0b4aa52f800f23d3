using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>String clean-up shared by the HTML metadata and body readers.</summary>
internal static partial class HtmlText
{
    // Separators publishers put between a headline and their name: "제목 | MBC 뉴스", "제목 - SBS 뉴스", "제목 : YTN".
    // Not "·": headlines use it between clauses ("26일 정상회담 · 27일 의회 연설").
    [GeneratedRegex(@"^(?<title>.+?)\s+(?:[|\-–—:]|::)\s+(?<site>[^|\-–—:]{1,30})$")]
    private static partial Regex SiteSuffixPattern();

    [GeneratedRegex(@"(?:뉴스|news|일보|신문|방송|닷컴|tv|ytn|mbc|kbs|sbs|jtbc)$", RegexOptions.IgnoreCase)]
    private static partial Regex PressLikeSuffixPattern();

    [GeneratedRegex(@"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();

    /// <summary>
    /// Decodes HTML entities, repeatedly, because scraped and CMS-generated metadata is often encoded twice
    /// (<c>&amp;amp;quot;</c>) and JSON-LD strings are never decoded by the HTML parser.
    /// </summary>
    /// <param name="text">Text that may hold entities.</param>
    /// <returns>The decoded text.</returns>
    public static string DecodeEntities(string text)
    {
        for (var round = 0; round < 3 && EntityPattern().IsMatch(text); round++)
        {
            text = WebUtility.HtmlDecode(text);
        }

        return text;
    }

    /// <summary>Collapses runs of white space (including no-break and zero-width spaces) to one space and trims.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    public static string CollapseSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True for characters that only separate words on a rendered page.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether it is white space for display purposes.</returns>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    /// <summary>A metadata string ready to use: entities decoded, white space collapsed; null when nothing is left.</summary>
    /// <param name="raw">The raw value.</param>
    /// <returns>The clean value or null.</returns>
    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var clean = CollapseSpace(DecodeEntities(raw));
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>
    /// Removes a trailing site name such as <c> | MBC 뉴스</c> or <c> - SBS 뉴스</c>: the last separated segment is dropped
    /// when it names one of <paramref name="siteNames"/> or reads like a press name.
    /// </summary>
    /// <param name="title">A clean headline.</param>
    /// <param name="siteNames">Names the page gives for its publisher.</param>
    /// <returns>The headline without the suffix.</returns>
    public static string StripSiteSuffix(string title, IEnumerable<string> siteNames)
    {
        var names = siteNames.Select(Squash).Where(n => n.Length > 0).ToList();
        var match = SiteSuffixPattern().Match(title);
        while (match.Success)
        {
            var site = Squash(match.Groups["site"].Value);
            var isSite = names.Any(n => site.Equals(n, StringComparison.OrdinalIgnoreCase) || site.StartsWith(n, StringComparison.OrdinalIgnoreCase))
                || PressLikeSuffixPattern().IsMatch(site);
            if (!isSite)
            {
                break;
            }

            title = match.Groups["title"].Value.TrimEnd();
            match = SiteSuffixPattern().Match(title);
        }

        return title;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !IsSpace(c)));
}
