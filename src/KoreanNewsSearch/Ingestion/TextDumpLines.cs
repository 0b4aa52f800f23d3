using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// Undoes what a text renderer does to a page's layout before the dump is parsed: columns printed side by side on one
/// line (w3m lays out tables that way) become lines of their own, and a time label printed on its own line
/// (<c>입력</c> / <c>2025.05.15 20:00</c>, from a definition list) is joined with its time.
/// </summary>
internal static partial class TextDumpLines
{
    // Columns of a table rendered side by side are set apart by a long run of spaces; words never are.
    [GeneratedRegex(@"[ \t\u00A0\u3000]{8,}")]
    private static partial Regex ColumnGapPattern();

    /// <summary>The lines of a dump, columns split and split time labels joined.</summary>
    /// <param name="text">The dump.</param>
    /// <returns>The lines, not yet cleaned.</returns>
    public static List<string> Split(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .SelectMany(line => ColumnGapPattern().Split(line.TrimEnd()))
            .ToList();
        JoinSplitTimeLabels(lines);
        return lines;
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
