using System.Text;

namespace KoreanNewsSearch.Server.Page;

/// <summary>The frame of every page: head with the stylesheet and script files (no inline script, as the CSP demands), header with the search form.</summary>
internal static class Layout
{
    public static string Render(string title, PageState state, string main)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.Text(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/static/site.css\"><script src=\"/static/site.js\" defer></script></head><body>")
            .Append("<header class=\"top\"><a class=\"brand\" href=\"/\">뉴스 아카이브 검색</a>")
            .Append(SearchForm(state))
            .Append("</header><main>").Append(main).Append("</main></body></html>");
        return html.ToString();
    }

    private static string SearchForm(PageState state)
    {
        string Selected(Querying.SearchSort sort) => state.Sort == sort ? " selected" : "";
        var html = new StringBuilder();
        html.Append("<form id=\"search-form\" role=\"search\" action=\"/\" method=\"get\">")
            .Append("<div class=\"box\"><label for=\"q\" class=\"sr-only\">검색어</label>")
            .Append("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"1000\" autocomplete=\"off\" placeholder=\"검색어를 입력하세요 ( / 키)\" value=\"")
            .Append(Html.Text(state.Query)).Append("\"><button type=\"submit\">검색</button></div>")
            .Append("<div class=\"options\">")
            .Append("<label>시작일 <input type=\"date\" name=\"from\" value=\"").Append(Html.Text(state.From)).Append("\"></label>")
            .Append("<label>종료일 <input type=\"date\" name=\"to\" value=\"").Append(Html.Text(state.To)).Append("\"></label>")
            .Append("<label>정렬 <select id=\"sort\" name=\"sort\">")
            .Append("<option value=\"relevance\"").Append(Selected(Querying.SearchSort.Relevance)).Append(">정확도</option>")
            .Append("<option value=\"newest\"").Append(Selected(Querying.SearchSort.Newest)).Append(">최신순</option>")
            .Append("<option value=\"oldest\"").Append(Selected(Querying.SearchSort.Oldest)).Append(">오래된순</option></select></label>")
            .Append("<label><input id=\"any\" type=\"checkbox\" name=\"any\" value=\"true\"").Append(state.Any ? " checked" : "")
            .Append("> 단어 중 하나만 있어도 (질문 검색)</label>");
        foreach (var (name, values) in new[] { ("source", state.Sources), ("reporter", state.Reporters), ("section", state.Sections) })
        {
            foreach (var value in values)
            {
                html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Html.Text(value)).Append("\">");
            }
        }

        return html.Append("</div></form>").ToString();
    }
}
