using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Undoes what a text renderer does to a page's layout before the dump is parsed: columns printed side by side on one
/// line (w3m lays out tables that way) become lines of their own, a time label printed on its own line
/// (<c>입력</c> / <c>2025.05.15 20:00</c>, from a definition list) is joined with its time, and a photo caption run into the
/// first paragraph (<c>▲ 지아니 인판티노 FIFA 회장[스포티비뉴스=유현태 기자] 지아니 …</c>) is set on a line of its own.
/// </summary>
internal static partial class TextDumpLines
{
    // Columns of a table rendered side by side are set apart by a long run of spaces; words never are.
    [GeneratedRegex(@"[ \t\u00A0\u3000]{8,}")]
    private static partial Regex ColumnGapPattern();

    // A "▲" caption (after an image placeholder such as "[0000073768]") ended by the bracketed byline that opens the article.
    [GeneratedRegex(@"^(?<caption>(?:\[[^\]가-힣]{1,40}\])?\s*[▲△][^\[\]【】()（）]{2,200}?)(?<article>[\[【(（][^\]】)）]{1,30}(?:=|기자)[^\]】)）]{0,30}[\]】)）].+)$")]
    private static partial Regex GluedCaptionPattern();

    /// <summary>The lines of a dump, columns split and split time labels joined.</summary>
    /// <param name="text">The dump.</param>
    /// <returns>The lines, not yet cleaned.</returns>
    public static List<string> Split(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .SelectMany(line => ColumnGapPattern().Split(line.TrimEnd()))
            .SelectMany(SplitGluedCaption)
            .ToList();
        JoinSplitTimeLabels(lines);
        return lines;
    }

    private static IEnumerable<string> SplitGluedCaption(string line)
    {
        var glued = GluedCaptionPattern().Match(line);
        return glued.Success ? [glued.Groups["caption"].Value.Trim(), glued.Groups["article"].Value] : [line];
    }

    private static void JoinSplitTimeLabels(List<string> lines)
    {
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (!PublishTimeParser.IsLabelOnly(lines[i]))
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count - 1 && string.IsNullOrWhiteSpace(lines[next]))
            {
                next++;
            }

            if (PublishTimeParser.TryParse(lines[next], out _, out var where, out _) && lines[next][..where.Index].Trim().Length == 0)
            {
                lines[i] = lines[i].TrimEnd() + " " + lines[next].Trim();
                lines[next] = "";
            }
        }
    }
}
