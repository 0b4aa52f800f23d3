using System.Globalization;
using System.Text;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Server.Page;

/// <summary>
/// The search page rendered on the server from the library's answers, so that the first load of any URL (and
/// <c>chromium --dump-dom</c>) already shows the results; links carry every change of state.
/// </summary>
internal static class SearchPageView
{
    private const int FacetValuesShown = 15;

    public static string Render(NewsIndex index, PageState state, SearchRequest request, SyntaxRepairNotice? repair = null)
    {
        var results = index.Search(request);
        var main = new StringBuilder();
        main.Append(QuickRanges(state));
        main.Append("<div class=\"layout\"><aside class=\"facets\" aria-label=\"검색 결과 좁히기\">");
        if (results.Facets is { } facets)
        {
            main.Append(FacetList("언론사", "source", facets.Sources, state.Sources, state))
                .Append(FacetList("기자", "reporter", facets.Reporters, state.Reporters, state))
                .Append(FacetList("섹션", "section", facets.Sections, state.Sections, state));
        }

        main.Append("</aside><section class=\"results\" aria-label=\"검색 결과\">");
        main.Append(CultureInfo.InvariantCulture, $"<p class=\"summary\" id=\"summary\">검색 결과 <strong>{results.Total:N0}</strong>건 · {results.Elapsed.TotalMilliseconds:0.#} ms</p>");
        main.Append(RepairNotice(repair));
        main.Append(LayoutCorrectionNotice(results, state));
        main.Append(RelaxedOffer(results, state));
        if (results.Total > 0)
        {
            main.Append(TrendChartSvg.Render(Trend(index, request), state));
            main.Append("<p class=\"downloads\"><a class=\"button\" id=\"export-csv\" href=\"").Append(Html.Text(state.ExportUrl("csv")))
                .Append("\">CSV 내려받기</a> <a class=\"button\" id=\"export-xlsx\" href=\"").Append(Html.Text(state.ExportUrl("xlsx")))
                .Append("\">Excel 내려받기</a></p>");
        }

        main.Append("<ol class=\"hits\" start=\"").Append(request.Offset + 1).Append("\">");
        foreach (var hit in results.Hits)
        {
            main.Append(Hit(hit, state));
        }

        main.Append("</ol>").Append(Paging(results.Total, state)).Append("</section></div>");
        var title = state.Query.Length > 0 ? $"{state.Query} - 뉴스 검색" : "뉴스 아카이브 검색";
        return Layout.Render(title, state, main.ToString());
    }

    /// <summary>The page for a request that was rejected, with the reason where the results would be.</summary>
    public static string RenderError(PageState state, string message) =>
        Layout.Render("검색 오류 - 뉴스 검색", state, $"<p class=\"error\" role=\"alert\">검색할 수 없습니다: {Html.Text(message)}</p>");

    // Per month; per day when the matches span a few months or less, per year when they span more than ten years.
    private static KeywordTrend Trend(NewsIndex index, SearchRequest request)
    {
        var monthly = index.Trend(request, TrendInterval.Month);
        return monthly.Buckets.Count switch
        {
            <= 3 => index.Trend(request, TrendInterval.Day),
            > 120 => index.Trend(request, TrendInterval.Year),
            _ => monthly,
        };
    }

    private static string RepairNotice(SyntaxRepairNotice? repair) => repair is null
        ? ""
        : $"<p class=\"corrected\" id=\"repaired\">입력하신 '{Html.Text(repair.Typed)}'에서 {Html.Text(repair.Problem)}. '<strong>{Html.Text(repair.Repaired)}</strong>'(으)로 검색한 결과입니다.</p>";

    // As Naver does: say which reading was searched and offer the query as typed.
    private static string LayoutCorrectionNotice(SearchResults results, PageState state)
    {
        if (results.CorrectedQuery is not { } corrected)
        {
            return "";
        }

        var asTyped = Html.Text((state with { AsTyped = true, Page = 1 }).Url());
        return $"<p class=\"corrected\" id=\"corrected\">'<strong>{Html.Text(corrected)}</strong>'(으)로 검색한 결과입니다. <a href=\"{asTyped}\">'{Html.Text(state.Query)}' 검색 결과 보기</a></p>";
    }

    // As Naver does: when all words together find nothing, the library has already answered with the articles that
    // have some of them (SearchResults.Relaxed); say so, name the words no article has, and link the any-word mode.
    private static string RelaxedOffer(SearchResults results, PageState state)
    {
        if (!results.Relaxed)
        {
            return "";
        }

        var missing = results.UnmatchedWords.Count == 0
            ? ""
            : $" 어느 기사에도 없는 단어: <strong>{Html.Text(string.Join(", ", results.UnmatchedWords))}</strong>.";
        var url = Html.Text((state with { Any = true, Page = 1 }).Url());
        return string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"relaxed\" id=\"relaxed\">모든 단어가 들어간 기사가 없어 단어 일부만 들어간 기사를 보여 드립니다.{missing} <a href=\"{url}\">단어 일부만 들어간 기사 {results.Total:N0}건 보기</a></p>");
    }

    private static string QuickRanges(PageState state)
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(NewsArticle.KoreaOffset).DateTime);
        var ranges = new (string Label, DateOnly? From)[]
        {
            ("1일", today.AddDays(-1)), ("1주", today.AddDays(-7)), ("1개월", today.AddMonths(-1)), ("1년", today.AddYears(-1)), ("전체", null),
        };
        var html = new StringBuilder("<nav class=\"quick\" aria-label=\"기간 빠르게 고르기\">");
        foreach (var (label, from) in ranges)
        {
            var next = state.WithDates(from, from is null ? null : today);
            var current = next.From == state.From && next.To == state.To;
            html.Append("<a href=\"").Append(Html.Text(next.Url())).Append('"').Append(current ? " aria-current=\"true\"" : "").Append('>')
                .Append(label).Append("</a>");
        }

        return html.Append("</nav>").ToString();
    }

    private static string FacetList(string title, string filter, IReadOnlyList<ValueCount> counts, IReadOnlyList<string> selected, PageState state)
    {
        var shown = counts.Take(FacetValuesShown).ToList();
        shown.AddRange(selected.Where(s => !shown.Any(c => c.Value == s)).Select(s => new ValueCount(s, 0)));
        if (shown.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder();
        html.Append("<section class=\"facet\" data-facet=\"").Append(filter).Append("\"><h2>").Append(title).Append("</h2><ul>");
        foreach (var value in shown)
        {
            var on = selected.Contains(value.Value, StringComparer.Ordinal);
            html.Append("<li><a href=\"").Append(Html.Text(state.Toggle(filter, value.Value).Url())).Append('"')
                .Append(on ? " class=\"on\" aria-pressed=\"true\"" : " aria-pressed=\"false\"").Append("><span class=\"value\">")
                .Append(Html.Text(value.Value)).Append("</span> <span class=\"count\">")
                .Append(value.Count.ToString("N0", CultureInfo.InvariantCulture)).Append("</span></a></li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    private static string Hit(SearchHit hit, PageState state)
    {
        var href = Html.Text(ArticlePageView.Url(hit.Id, state.Query));
        var meta = new List<string>();
        if (hit.Source is { } source)
        {
            meta.Add(Html.Text(source));
        }

        if (hit.Published is { } published)
        {
            meta.Add(published.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy.MM.dd HH:mm", CultureInfo.InvariantCulture));
        }

        if (hit.Reporters.Count > 0)
        {
            meta.Add(Html.Text(string.Join(", ", hit.Reporters) + " 기자"));
        }

        if (hit.Section is { } section)
        {
            meta.Add(Html.Text(section));
        }

        // The highlighted title and snippet come from the library already escaped, with only <mark> added.
        return $"<li class=\"hit\"><h3><a href=\"{href}\">{hit.HighlightedTitle}</a></h3><p class=\"meta\">{string.Join(" · ", meta)}</p><p class=\"snippet\">{hit.Snippet}</p></li>";
    }

    private static string Paging(int total, PageState state)
    {
        var pages = Math.Min(PageState.MaxPage, (total + PageState.PageSize - 1) / PageState.PageSize);
        if (pages <= 1)
        {
            return "";
        }

        var html = new StringBuilder("<nav class=\"paging\" aria-label=\"페이지\">");
        if (state.Page > 1)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(Html.Text((state with { Page = state.Page - 1 }).Url())).Append("\">이전</a>");
        }

        for (var page = Math.Max(1, state.Page - 4); page <= Math.Min(pages, state.Page + 4); page++)
        {
            html.Append(page == state.Page
                ? $"<span aria-current=\"page\">{page}</span>"
                : $"<a href=\"{Html.Text((state with { Page = page }).Url())}\">{page}</a>");
        }

        if (state.Page < pages)
        {
            html.Append("<a rel=\"next\" href=\"").Append(Html.Text((state with { Page = state.Page + 1 }).Url())).Append("\">다음</a>");
        }

        return html.Append("</nav>").ToString();
    }
}
