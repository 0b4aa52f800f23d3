using System.Globalization;
using System.Net;
using KoreanNewsSearch.Querying;
using Spectre.Console;

namespace KoreanNewsSearch.Cli.Commands;

/// <summary>
/// The human form of search results: a total line, then per hit its date, source and reporters, the title and the
/// snippet with matches in bold. Spectre wraps by terminal cells (Korean is two cells wide) and drops styles when
/// the output is redirected.
/// </summary>
internal static class SearchConsoleOutput
{
    private const string MarkOpen = "<mark>";
    private const string MarkClose = "</mark>";

    public static void Write(TextWriter output, SearchRequest request, SearchResults results) =>
        WriteRendered(output, console => Render(console, request, results));

    /// <summary>A headline line, then the hits numbered from 1, as search lists them.</summary>
    public static void WriteHits(TextWriter output, string headline, IReadOnlyList<SearchHit> hits) =>
        WriteRendered(output, console =>
        {
            console.MarkupLine(Markup.Escape(headline));
            RenderHits(console, hits, 0);
        });

    private static void WriteRendered(TextWriter output, Action<IAnsiConsole> render)
    {
        // Spectre pads wrapped blocks to the block width: render into a buffer (with the real output's terminal
        // width and capabilities) so that trailing blanks can go.
        var target = new AnsiConsoleOutput(output);
        using var rendered = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new BufferedOutput(target, rendered),
            Ansi = target.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        render(console);
        foreach (var line in rendered.ToString().Split('\n'))
        {
            output.WriteLine(line.TrimEnd(' ', '\r'));
        }
    }

    private static void Render(IAnsiConsole console, SearchRequest request, SearchResults results)
    {
        var inv = CultureInfo.InvariantCulture;
        var shown = results.Hits.Count == 0
            ? ""
            : string.Create(inv, $", showing {request.Offset + 1}-{request.Offset + results.Hits.Count}");
        if (results.CorrectedQuery is { } corrected)
        {
            // Naver's wording; the original is one option away.
            console.MarkupLine(Markup.Escape($"'{corrected}'(으)로 검색한 결과입니다. '{request.Query}' 검색 결과 보기: --no-correct"));
        }

        var folded = results.FoldedTotal == results.Total ? "" : string.Create(inv, $", {results.FoldedTotal:N0} with copies of a story folded");
        console.MarkupLine(Markup.Escape(string.Create(inv, $"{results.Total:N0} articles{folded}{shown} ({results.Elapsed.TotalMilliseconds:0.#} ms)")));
        if (results.Relaxed)
        {
            console.MarkupLine(Markup.Escape(RelaxedLine(results)));
        }

        RenderHits(console, results.Hits, request.Offset);

        if (results.Facets is { } facets)
        {
            console.WriteLine();
            WriteFacet(console, "sources", facets.Sources);
            WriteFacet(console, "reporters", facets.Reporters);
            WriteFacet(console, "months", facets.Months);
        }
    }

    /// <summary>Why these results have only some of the words, and which words no article has (the ones to check).</summary>
    internal static string RelaxedLine(SearchResults results)
    {
        var found = results.MatchedWords.Count == 0 ? "" : "; found: " + string.Join(", ", results.MatchedWords);
        var missing = results.UnmatchedWords.Count == 0 ? "" : "; in no article: " + string.Join(", ", results.UnmatchedWords);
        return $"No article has all the words, showing articles with some of them{found}{missing}";
    }

    private static void RenderHits(IAnsiConsole console, IReadOnlyList<SearchHit> hits, int offset)
    {
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var meta = string.Join(" · ", new[]
            {
                hit.Published?.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy-MM-dd", inv) ?? "no date",
                hit.Source,
                hit.Reporters.Count == 0 ? null : string.Join(", ", hit.Reporters),
            }.Where(part => !string.IsNullOrWhiteSpace(part)));
            console.WriteLine();
            var copies = hit.DuplicateCount == 0 ? "" : string.Create(inv, $" [dim](같은 기사 {hit.DuplicateCount}건 더)[/]");
            console.MarkupLine(string.Create(inv, $"[dim]{offset + i + 1,3}.[/] {Markup.Escape(meta)}{copies}"));
            console.Write(new Padder(new Rows(
                new Markup(MarksToBold(hit.HighlightedTitle, "bold", "bold underline")),
                new Markup(MarksToBold(hit.Snippet, null, "bold")))).Padding(5, 0, 0, 0));
        }
    }

    private static void WriteFacet(IAnsiConsole console, string name, IReadOnlyList<Indexing.ValueCount> counts) =>
        console.MarkupLine($"[dim]{name}:[/] " + Markup.Escape(counts.Count == 0
            ? "-"
            : string.Join(" · ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Count:N0}")))));

    /// <summary>Snippet HTML (escaped text and &lt;mark&gt;) to Spectre markup, matches in <paramref name="markStyle"/>.</summary>
    private static string MarksToBold(string html, string? textStyle, string markStyle)
    {
        var markup = new System.Text.StringBuilder();
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf(MarkOpen, position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : html.IndexOf(MarkClose, open, StringComparison.Ordinal);
            if (close < 0)
            {
                Append(markup, html[position..], textStyle);
                break;
            }

            Append(markup, html[position..open], textStyle);
            Append(markup, html[(open + MarkOpen.Length)..close], markStyle);
            position = close + MarkClose.Length;
        }

        return markup.ToString();
    }

    private static void Append(System.Text.StringBuilder markup, string html, string? style)
    {
        if (html.Length == 0)
        {
            return;
        }

        var text = Markup.Escape(WebUtility.HtmlDecode(html));
        markup.Append(style is null ? text : $"[{style}]{text}[/]");
    }

    private sealed class BufferedOutput(IAnsiConsoleOutput target, TextWriter buffer) : IAnsiConsoleOutput
    {
        public TextWriter Writer => buffer;

        public bool IsTerminal => target.IsTerminal;

        public int Width => target.Width;

        public int Height => target.Height;

        public void SetEncoding(System.Text.Encoding encoding)
        {
        }
    }
}
