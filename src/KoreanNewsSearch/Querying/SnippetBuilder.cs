using System.Globalization;
using System.Text;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// Highlighted titles and body snippets as HTML. Marks each query word or phrase where the analysis layer says it
/// matches (<see cref="QueryMatcher"/>, built once per builder), as one run from its first to its last character
/// (<c>&lt;mark&gt;삼성전자&lt;/mark&gt;</c>), not as the overlapping bigrams it was found by.
/// </summary>
internal sealed class SnippetBuilder
{
    /// <summary>Default snippet length in visible characters.</summary>
    public const int DefaultLength = 150;

    private const string Ellipsis = "…";
    private const int MaxMatchesConsidered = 256;
    private const int BoundarySearch = 12;

    private readonly IReadOnlyList<string> _terms;
    private readonly QueryMatcher _matcher;

    /// <summary>Creates a builder that marks these words and phrases (and their synonyms) wherever the index would match them.</summary>
    public SnippetBuilder(IEnumerable<string> terms, SynonymDictionary? synonyms = null)
    {
        _terms = terms.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).ToList();
        _matcher = new QueryMatcher(_terms, synonyms);
    }

    /// <summary>The whole text as HTML with every match marked.</summary>
    public string Highlight(string text)
    {
        var tidy = HtmlText.CollapseSpace(text);
        return Render(tidy, FindMatches(tidy), [new Span(0, tidy.Length)]);
    }

    /// <summary>
    /// At most <paramref name="length"/> visible characters of <paramref name="body"/> as HTML: the passage with
    /// the most distinct matched words, or two shorter passages when together they show more of them; the opening
    /// of the body when nothing matches.
    /// </summary>
    public string Snippet(string body, int length = DefaultLength)
    {
        var text = HtmlText.CollapseSpace(body);
        var matches = FindMatches(text);
        if (text.Length <= length)
        {
            return Render(text, matches, [new Span(0, text.Length)]);
        }

        // Text element boundaries are only needed when a cut finds no space nearby: computed then, once.
        var boundaries = new Lazy<int[]>(() => StringInfo.ParseCombiningCharacters(text), LazyThreadSafetyMode.None);
        if (matches.Count == 0)
        {
            return Render(text, matches, [Refine(text, boundaries, matches, new Span(0, length))]);
        }

        var none = new bool[_terms.Count];
        var single = BestWindow(text.Length, matches, length, covered: none, avoid: null) ?? new Span(0, length);
        var first = BestWindow(text.Length, matches, length / 2, covered: none, avoid: null) ?? new Span(0, length / 2);
        var inFirst = KeysIn(first, matches);
        var second = BestWindow(text.Length, matches, length / 2, covered: inFirst, avoid: first);
        var passages = second is { } other && inFirst.Zip(KeysIn(other, matches)).Count(both => both.First || both.Second) > KeysIn(single, matches).Count(k => k)
            ? new[] { first, other }.OrderBy(p => p.Start).ToArray()
            : [single];
        return Render(text, matches, passages.Select(p => Refine(text, boundaries, matches, p)).ToArray());
    }

    /// <summary>Non-overlapping matches in text order; each is keyed by the index of the query term it matched first.</summary>
    private List<Marked> FindMatches(string text)
    {
        var found = new List<Marked>();
        if (_terms.Count == 0)
        {
            return found;
        }

        // One scan of the text for all terms: analysing a long body is most of a snippet's cost.
        var spansByTerm = _matcher.FindMatches(text);
        for (var t = 0; t < _terms.Count; t++)
        {
            // A compatibility character that NFKC expands (㈀ is "(ᄀ)") can match with no width: nothing to mark, and
            // a zero-width mark inside a wider one broke rendering (found by fuzzing).
            foreach (var span in spansByTerm[t].Where(span => span.End > span.Start))
            {
                // Found is kept sorted and disjoint, so only the last match starting before this one ends can overlap
                // it: a binary search, where testing every match made a body with a hundred matches cost milliseconds.
                var after = FirstStartingAtOrAfter(found, span.End);
                if (after == 0 || found[after - 1].End <= span.Start)
                {
                    found.Insert(after, new Marked(span.Start, span.End, t));
                }

                if (found.Count >= MaxMatchesConsidered)
                {
                    return found;
                }
            }
        }

        return found;
    }

    /// <summary>The index of the first match in <paramref name="sorted"/> that starts at or after <paramref name="position"/>.</summary>
    private static int FirstStartingAtOrAfter(List<Marked> sorted, int position)
    {
        var (low, high) = (0, sorted.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = sorted[middle].Start < position ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>The window of this length around a match that shows the most terms not yet covered; null when none adds one.</summary>
    /// <remarks>
    /// Matches are sorted and disjoint, so their ends are sorted too and the matches inside a window are one run of
    /// them; windows move forward with their anchors, so the run's two ends only ever move forward.
    /// </remarks>
    private Span? BestWindow(int textLength, List<Marked> matches, int length, bool[] covered, Span? avoid)
    {
        Span? best = null;
        var bestScore = -1;
        var inside = new int[_terms.Count];
        var (first, end) = (0, 0);
        foreach (var anchor in matches)
        {
            var windowEnd = Math.Min(textLength, Math.Max(0, anchor.Start - (length / 5)) + length);
            var window = new Span(Math.Max(0, windowEnd - length), windowEnd);
            for (; end < matches.Count && matches[end].End <= window.End; end++)
            {
                inside[matches[end].Key]++;
            }

            for (; first < end && matches[first].Start < window.Start; first++)
            {
                inside[matches[first].Key]--;
            }

            if (avoid is { } other && window.Start < other.End && other.Start < window.End)
            {
                continue;
            }

            var newKeys = 0;
            for (var key = 0; key < inside.Length; key++)
            {
                newKeys += inside[key] > 0 && !covered[key] ? 1 : 0;
            }

            var score = (newKeys * 1000) + (end - first);
            if (newKeys > 0 && score > bestScore)
            {
                best = window;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Which terms have a match inside <paramref name="window"/>, by term index.</summary>
    private bool[] KeysIn(Span window, List<Marked> matches)
    {
        var keys = new bool[_terms.Count];
        foreach (var match in matches.Where(m => m.Start >= window.Start && m.End <= window.End))
        {
            keys[match.Key] = true;
        }

        return keys;
    }

    /// <summary>Moves the cuts to word boundaries when one is near, never inside a match, a syllable or a surrogate pair.</summary>
    private static Span Refine(string text, Lazy<int[]> boundaries, List<Marked> matches, Span window)
    {
        var start = window.Start;
        if (start > 0 && text[start - 1] != ' ')
        {
            var space = text.IndexOf(' ', start, Math.Min(BoundarySearch, window.End - start));
            start = space >= 0 ? space + 1 : SnapForward(boundaries.Value, start, text.Length);
        }

        if (Straddling(matches, start) is { } cutAtStart)
        {
            start = Math.Min(cutAtStart.End, window.End);
        }

        var end = window.End;
        if (end < text.Length && text[end] != ' ')
        {
            var from = Math.Max(start, end - BoundarySearch);
            var space = text.LastIndexOf(' ', end - 1, end - from);
            end = space > start ? space : SnapBack(boundaries.Value, end);
        }

        if (Straddling(matches, end) is { } cutAtEnd && cutAtEnd.Start > start)
        {
            end = cutAtEnd.Start;
        }

        return new Span(start, Math.Max(start, end));
    }

    /// <summary>The match that a cut at <paramref name="cut"/> would split, if any.</summary>
    private static Marked? Straddling(List<Marked> matches, int cut) =>
        FirstStartingAtOrAfter(matches, cut) is var after and > 0 && matches[after - 1].End > cut ? matches[after - 1] : null;

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

    private readonly record struct Span(int Start, int End);

    private readonly record struct Marked(int Start, int End, int Key);
}
