using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Ingestion;

/// <summary>
/// What a dump's lines are by where they stand rather than by what they say: photo captions that a renderer prints twice
/// (the image's alternative text, then its caption) or right under a bare image placeholder (<c>[a882fa87-1]이미지
/// 확대보기</c>), and lines the page prints more than once (summary boxes, share boxes, headline lists), which are never where
/// an article starts.
/// </summary>
internal sealed partial class TextDumpMarks
{
    private const int MinRepeatedLength = 10;
    private const int MaxCaptionLength = 300;

    private readonly HashSet<int> _captions = [];
    private readonly HashSet<string> _recurring;

    // An image placeholder and its enlarge button with no words of a caption: "[a882fa87-1]이미지 확대보기".
    [GeneratedRegex(@"^\[?[^가-힣]*\]?\s*(?:이미지|사진)?\s?확대보기$")]
    private static partial Regex BarePlaceholderPattern();

    /// <summary>Marks the lines of one dump.</summary>
    /// <param name="lines">The cleaned lines of the dump.</param>
    public TextDumpMarks(List<string> lines)
    {
        _recurring = lines.Where(l => l.Length >= MinRepeatedLength)
            .GroupBy(l => l, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || NextContentLine(lines, i) is not { } next)
            {
                continue;
            }

            if (lines[i].Length >= MinRepeatedLength && string.Equals(lines[i], lines[next], StringComparison.Ordinal))
            {
                _captions.Add(i);
                _captions.Add(next);
            }
            else if (BarePlaceholderPattern().IsMatch(lines[i]) && lines[next].Length <= MaxCaptionLength)
            {
                _captions.Add(next);
            }
        }
    }

    /// <summary>True when the line at <paramref name="index"/> is a caption by its place.</summary>
    /// <param name="index">A line index.</param>
    /// <returns>Whether it is a caption.</returns>
    public bool IsCaption(int index) => _captions.Contains(index);

    /// <summary>True when <paramref name="line"/> is printed more than once on the page.</summary>
    /// <param name="line">A cleaned line.</param>
    /// <returns>Whether it recurs.</returns>
    public bool Recurs(string line) => _recurring.Contains(line);

    /// <summary>The index of the next non-blank line after <paramref name="index"/>, or null.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="index">Where to start (exclusive).</param>
    /// <returns>The index, or null at the end.</returns>
    public static int? NextContentLine(List<string> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Length > 0)
            {
                return j;
            }
        }

        return null;
    }
}
