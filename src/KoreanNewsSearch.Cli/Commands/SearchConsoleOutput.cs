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

    public static void Write(TextWriter output, SearchRequest request, SearchResults results)
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
        Render(console, request, results);
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

        console.MarkupLine(Markup.Escape(string.Create(inv, $"{results.Total:N0} articles{shown} ({results.Elapsed.TotalMilliseconds:0.#} ms)")));

        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            var meta = string.Join(" · ", new[]
            {
                hit.Published?.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy-MM-dd", inv) ?? "no date",
                hit.Source,
                hit.Reporters.Count == 0 ? null : string.Join(", ", hit.Reporters),
            }.Where(part => !string.IsNullOrWhiteSpace(part)));
            console.WriteLine();
            console.MarkupLine(string.Create(inv, $"[dim]{request.Offset + i + 1,3}.[/] {Markup.Escape(meta)}"));
            console.Write(new Padder(new Rows(
                new Markup(MarksToBold(hit.HighlightedTitle, "bold", "bold underline")),
                new Markup(MarksToBold(hit.Snippet, null, "bold")))).Padding(5, 0, 0, 0));
        }

        if (results.Facets is { } facets)
        {
            console.WriteLine();
            WriteFacet(console, "sources", facets.Sources);
            WriteFacet(console, "reporters", facets.Reporters);
            WriteFacet(console, "months", facets.Months);
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
