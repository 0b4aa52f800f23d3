using System.Globalization;
using System.Text;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Server.Page;

/// <summary>The article view, <c>/articles/{id}?q=</c>: headline, deck lines, metadata, body with the query's words marked, captions, original link.</summary>
internal static class ArticlePageView
{
    public const string Prefix = "/articles/";

    public static string Url(string id, string query) =>
        Api.ArticleIds.ToPath(Prefix, id) + (string.IsNullOrWhiteSpace(query) ? "" : "?q=" + Uri.EscapeDataString(query));

    public static string Render(NewsArticle article, string query)
    {
        var highlighted = HighlightedArticle.For(article, query);
        var inv = CultureInfo.InvariantCulture;
        var html = new StringBuilder("<article class=\"article\">");
        html.Append("<p class=\"back\"><a href=\"").Append(Html.Text(new PageState { Query = query }.Url())).Append("\">← 검색 결과</a></p>");
        html.Append("<h1 id=\"headline\">").Append(highlighted.Title).Append("</h1>");
        foreach (var deck in article.Subtitle)
        {
            html.Append("<p class=\"deck\">").Append(Html.Text(deck)).Append("</p>");
        }

        html.Append("<dl class=\"meta\">");
        void Meta(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                html.Append("<dt>").Append(label).Append("</dt><dd>").Append(Html.Text(value)).Append("</dd>");
            }
        }

        Meta("언론사", article.Source);
        Meta("섹션", article.Section);
        Meta("입력", article.Published?.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy.MM.dd HH:mm", inv));
        Meta("수정", article.Updated?.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy.MM.dd HH:mm", inv));
        Meta("기자", string.Join(", ", article.Reporters));
        Meta("태그", string.Join(", ", article.Tags));
        html.Append("</dl><div class=\"body\">");
        foreach (var paragraph in highlighted.Body.Split('\n').Where(p => p.Length > 0))
        {
            html.Append("<p>").Append(paragraph).Append("</p>");
        }

        html.Append("</div>");
        if (article.Captions.Count > 0)
        {
            html.Append("<section class=\"captions\"><h2>사진 설명</h2><ul>");
            foreach (var caption in article.Captions)
            {
                html.Append("<li>").Append(Html.Text(caption)).Append("</li>");
            }

            html.Append("</ul></section>");
        }

        if (Html.SafeExternalUrl(article.Url) is { } original)
        {
            html.Append("<p class=\"original\"><a id=\"original\" href=\"").Append(Html.Text(original))
                .Append("\" rel=\"noopener noreferrer\" target=\"_blank\">원문 보기</a></p>");
        }

        return Layout.Render(article.Title + " - 뉴스 검색", new PageState { Query = query }, html.Append("</article>").ToString());
    }
}
