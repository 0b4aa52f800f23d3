using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// Highlighted titles and body snippets as HTML. Works on the stored text and the query's surface words, so a
/// matched word is marked once as the run the reader typed (<c>&lt;mark&gt;삼성전자&lt;/mark&gt;</c>), not as the
/// overlapping index terms it was found by.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>Default snippet length in visible characters.</summary>
    public const int DefaultLength = 150;

    private const string Ellipsis = "…";
    private const int MaxMatchesConsidered = 256;
    private const int BoundarySearch = 12;

    private readonly Regex? _matcher;

    /// <summary>Creates a builder that marks these words and phrases (case-insensitive, any whitespace inside phrases).</summary>
    public SnippetBuilder(IEnumerable<string> terms)
    {
        var patterns = terms
            .Select(t => t.Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .Select(words => string.Join(@"\s+", words.Select(Regex.Escape)))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToList();
        _matcher = patterns.Count == 0
            ? null
            : new Regex(string.Join('|', patterns), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The whole text as HTML with every match marked.</summary>
    public string Highlight(string text)
    {
        var tidy = Tidy(text);
        return Render(tidy, FindMatches(tidy), [new Span(0, tidy.Length)]);
    }

    /// <summary>
    /// At most <paramref name="length"/> visible characters of <paramref name="body"/> as HTML: the passage with
    /// the most distinct matched words, or two shorter passages when together they show more of them; the opening
    /// of the body when nothing matches.
    /// </summary>
    public string Snippet(string body, int length = DefaultLength)
    {
        var text = Tidy(body);
        var matches = FindMatches(text);
        if (text.Length <= length)
        {
            return Render(text, matches, [new Span(0, text.Length)]);
        }

        var boundaries = StringInfo.ParseCombiningCharacters(text);
        if (matches.Count == 0)
        {
            return Render(text, matches, [Refine(text, boundaries, matches, new Span(0, length))]);
        }

        var single = BestWindow(text.Length, matches, length, covered: [], avoid: null) ?? new Span(0, length);
        var first = BestWindow(text.Length, matches, length / 2, covered: [], avoid: null) ?? new Span(0, length / 2);
        var second = BestWindow(text.Length, matches, length / 2, covered: KeysIn(first, matches), avoid: first);
        var passages = second is { } other && KeysIn(first, matches).Union(KeysIn(other, matches)).Count() > KeysIn(single, matches).Count
            ? new[] { first, other }.OrderBy(p => p.Start).ToArray()
            : [single];
        return Render(text, matches, passages.Select(p => Refine(text, boundaries, matches, p)).ToArray());
    }

    private List<Marked> FindMatches(string text)
    {
        var found = new List<Marked>();
        if (_matcher is null)
        {
            return found;
        }

        foreach (Match m in _matcher.Matches(text))
        {
            if (found.Count >= MaxMatchesConsidered)
            {
                break;
            }

            if (IsInsideWord(text, m.Index, m.Index + m.Length))
            {
                continue;
            }

            found.Add(new Marked(m.Index, m.Index + m.Length, Key(m.Value)));
        }

        return found;
    }

    // Latin words and numbers are whole words ("AI" is not marked inside "SAID"); Korean matches any syllable run.
    private static bool IsInsideWord(string text, int start, int end) =>
        (start > 0 && IsAlphabeticWordChar(text[start]) && IsAlphabeticWordChar(text[start - 1]))
        || (end < text.Length && IsAlphabeticWordChar(text[end - 1]) && IsAlphabeticWordChar(text[end]));

    private static bool IsAlphabeticWordChar(char c) =>
        char.IsLetterOrDigit(c) && !(c is (>= '\u1100' and <= '\u11FF') or (>= '\u3040' and <= '\u30FF') or (>= '\u3130' and <= '\u318F')
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7A3'));

    private static string Key(string matched) =>
        string.Join(' ', matched.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>The window of this length around a match that shows the most words not yet covered; null when none adds one.</summary>
    private static Span? BestWindow(int textLength, List<Marked> matches, int length, HashSet<string> covered, Span? avoid)
    {
        Span? best = null;
        var bestScore = -1;
        foreach (var anchor in matches)
        {
            var start = Math.Max(0, anchor.Start - (length / 5));
            var end = Math.Min(textLength, start + length);
            start = Math.Max(0, end - length);
            var window = new Span(start, end);
            if (avoid is { } other && window.Start < other.End && other.Start < window.End)
            {
                continue;
            }

            var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
            var newKeys = inside.Select(m => m.Key).Where(k => !covered.Contains(k)).Distinct().Count();
            var score = (newKeys * 1000) + inside.Count;
            if (newKeys > 0 && score > bestScore)
            {
                best = window;
                bestScore = score;
            }
        }

        return best;
    }

    private static HashSet<string> KeysIn(Span window, List<Marked> matches) =>
        matches.Where(m => m.Start >= window.Start && m.End <= window.End).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Moves the cuts to word boundaries when one is near, never inside a match, a syllable or a surrogate pair.</summary>
    private static Span Refine(string text, int[] boundaries, List<Marked> matches, Span window)
    {
        var start = window.Start;
        if (start > 0 && text[start - 1] != ' ')
        {
            var space = text.IndexOf(' ', start, Math.Min(BoundarySearch, window.End - start));
            start = space >= 0 ? space + 1 : SnapForward(boundaries, start, text.Length);
        }

        if (matches.FirstOrDefault(m => m.Start < start && start < m.End) is { } cutAtStart)
        {
            start = Math.Min(cutAtStart.End, window.End);
        }

        var end = window.End;
        if (end < text.Length && text[end] != ' ')
        {
            var from = Math.Max(start, end - BoundarySearch);
            var space = text.LastIndexOf(' ', end - 1, end - from);
            end = space > start ? space : SnapBack(boundaries, end);
        }

        if (matches.FirstOrDefault(m => m.Start < end && end < m.End) is { } cutAtEnd && cutAtEnd.Start > start)
        {
            end = cutAtEnd.Start;
        }

        return new Span(start, Math.Max(start, end));
    }

    private static int SnapForward(int[] boundaries, int index, int textLength)
    {
        var i = Array.BinarySearch(boundaries, index);
        return i >= 0 ? index : ~i < boundaries.Length ? boundaries[~i] : textLength;
    }

    private static int SnapBack(int[] boundaries, int index)
    {
        var i = Array.BinarySearch(boundaries, index);
        return i >= 0 ? index : boundaries[~i - 1];
    }

    private static string Render(string text, List<Marked> matches, IReadOnlyList<Span> passages)
    {
        var html = new StringBuilder();
        if (passages[0].Start > 0)
        {
            html.Append(Ellipsis);
        }

        for (var p = 0; p < passages.Count; p++)
        {
            if (p > 0)
            {
                html.Append(' ').Append(Ellipsis).Append(' ');
            }

            var (start, end) = (passages[p].Start, passages[p].End);
            var position = start;
            foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
            {
                AppendEscaped(html, text.AsSpan(position, match.Start - position));
                html.Append("<mark>");
                AppendEscaped(html, text.AsSpan(match.Start, match.End - match.Start));
                html.Append("</mark>");
                position = match.End;
            }

            AppendEscaped(html, text.AsSpan(position, end - position).TrimEnd(' '));
        }

        if (passages[^1].End < text.Length)
        {
            html.Append(Ellipsis);
        }

        return html.ToString();
    }

    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }

    /// <summary>Whitespace runs (line and paragraph breaks included) become one space.</summary>
    private static string Tidy(string text)
    {
        var tidy = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = tidy.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                tidy.Append(' ');
                pendingSpace = false;
            }

            tidy.Append(c);
        }

        return tidy.ToString();
    }

    private readonly record struct Span(int Start, int End);

    private sealed record Marked(int Start, int End, string Key);
}
