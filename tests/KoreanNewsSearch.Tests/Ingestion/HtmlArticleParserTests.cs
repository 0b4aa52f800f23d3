using System.Text;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>Metadata and body rules on small pages built for one rule each; the real pages are in <see cref="HtmlRealPagesTests"/>.</summary>
public class HtmlArticleParserTests
{
    private const string Paragraph1 = "정부가 내년 예산안을 국회에 제출했습니다. 총지출은 올해보다 2.8% 늘어난 규모입니다.";
    private const string Paragraph2 = "기획재정부는 건전재정 기조를 유지하면서도 민생 예산을 늘렸다고 설명했습니다.";

    private static readonly string ArticleBody = $"<div class=\"article_body\"><p>{Paragraph1}</p><p>{Paragraph2}</p></div>";

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"&amp;quot;예산&amp;quot; 제출\">", "\"예산\" 제출")]
    [InlineData("<meta property=\"og:title\" content=\"정부 &#39;건전재정&#39; 유지\">", "정부 '건전재정' 유지")]
    [InlineData("<title>정부, 내년 예산안 제출 | MBC 뉴스</title>", "정부, 내년 예산안 제출")]
    [InlineData("<title>정부, 내년 예산안 제출 - SBS 뉴스</title>", "정부, 내년 예산안 제출")]
    [InlineData("<title>정부, 내년 예산안 제출 : 한국일보</title>", "정부, 내년 예산안 제출")]
    [InlineData("<title>남북 - 미중 관계 전망</title>", "남북 - 미중 관계 전망")]
    [InlineData("<title>정부 대책 발표 · 가짜뉴스 | YTN</title>", "정부 대책 발표 · 가짜뉴스")]
    [InlineData("<meta property=\"og:site_name\" content=\"KNN\"><title>부산 시정 브리핑 | KNN</title>", "부산 시정 브리핑")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"&quot;예산&quot; 제출\"}</script>", "\"예산\" 제출")]
    public void Titles_are_decoded_and_lose_the_site_name(string head, string title)
    {
        Assert.Equal(title, Parse(head).Title);
    }

    [Theory]
    [InlineData("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"그래프 속 기사\",\"datePublished\":\"2024-06-07T08:55:00+09:00\"}]}")]
    [InlineData("[{\"@type\":\"BreadcrumbList\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"그래프 속 기사\",\"datePublished\":\"2024-06-07T08:55:00+09:00\"}]")]
    [InlineData("{\"@type\":\"Article\", // CMS comment\n \"headline\":\"그래프 속 기사\",\"datePublished\":\"2024-06-07T08:55:00+09:00\",}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"그래프 속\n기사\",\"datePublished\":\"2024-06-07T08:55:00+09:00\"}")]
    public void The_article_is_found_in_any_JSON_LD_shape(string jsonLd)
    {
        var article = Parse($"<script type=\"application/ld+json\">{jsonLd}</script>");

        Assert.Equal("그래프 속 기사", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset), article.Published);
    }

    [Fact]
    public void Broken_JSON_LD_falls_back_to_OpenGraph()
    {
        var article = Parse("""
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"깨진 JSON" "datePublished":</script>
            <meta property="og:title" content="오픈그래프 제목">
            <meta property="article:published_time" content="2024-06-07T08:55:00+09:00">
            """);

        Assert.Equal("오픈그래프 제목", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 6, 7, 8, 55, 0, NewsArticle.KoreaOffset), article.Published);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-06-07T08:55:00\">", "2024-06-07T08:55:00+09:00")]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-06-06T23:55:00Z\">", "2024-06-06T23:55:00+00:00")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2024-06-07 08:55\">", "2024-06-07T08:55:00+09:00")]
    [InlineData("<body><time datetime=\"2024-06-07T08:55\">6월 7일</time></body>", "2024-06-07T08:55:00+09:00")]
    public void A_publish_time_without_offset_is_Korea_time(string markup, string published)
    {
        Assert.Equal(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Parse(markup).Published);
    }

    [Fact]
    public void Url_source_section_tags_and_update_time_come_from_the_meta_tags()
    {
        var article = Parse("""
            <link rel="canonical" href="/news/123">
            <meta property="og:url" content="https://news.example.co.kr/news/123?utm=x">
            <meta property="og:site_name" content="예시뉴스">
            <meta property="article:section" content="뉴스"><meta property="article:section2" content="경제">
            <meta property="article:tag" content="예산"><meta property="article:tag" content="국회"><meta property="article:tag" content="예시뉴스">
            <meta property="article:modified_time" content="2024-06-07T10:00:00+09:00">
            """);

        Assert.Equal("https://news.example.co.kr/news/123", article.Url);
        Assert.Equal("예시뉴스", article.Source);
        Assert.Equal("경제", article.Section);
        Assert.Equal(["예산", "국회"], article.Tags);
        Assert.Equal(new DateTimeOffset(2024, 6, 7, 10, 0, 0, NewsArticle.KoreaOffset), article.Updated);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"홍길동·김철수 기자\">", "", "홍길동|김철수", "")]
    [InlineData("<meta name=\"author\" content=\"예시뉴스\">", "<p>[예시뉴스 홍길동 기자]</p>", "홍길동", "")]
    [InlineData("", "<p>홍길동 특파원 hong@example.co.kr</p>", "홍길동", "hong@example.co.kr")]
    [InlineData("", "<p>MBC뉴스 홍길동입니다.</p>", "홍길동", "")]
    public void Reporters_come_from_the_author_meta_or_the_signature(string head, string signature, string reporters, string emails)
    {
        var article = Parse(head, $"<div class=\"article_body\"><p>{Paragraph1}</p><p>{Paragraph2}</p>{signature}</div>");

        Assert.Equal(reporters.Split('|', StringSplitOptions.RemoveEmptyEntries), article.Reporters);
        Assert.Equal(emails.Split('|', StringSplitOptions.RemoveEmptyEntries), article.ReporterEmails);
        Assert.Equal($"{Paragraph1}\n\n{Paragraph2}", article.Body);
    }

    [Fact]
    public void Furniture_around_and_inside_the_article_is_left_out()
    {
        var article = Parse("", $"""
            <header><nav><a href="/">홈</a><a href="/politics">정치</a></nav></header>
            <div class="aside_area"><h3>많이 본 뉴스</h3><p>사이드바에 걸린 인기 기사 제목이 여기에 길게 나옵니다. 본문이 아닙니다.</p></div>
            <article>
              <div id="articleBody" itemprop="articleBody">
                <p>(세종=연합뉴스) 홍길동 기자 = {Paragraph1}</p>
                <figure><img src="a.jpg" alt="사진"><figcaption>국회에 제출된 예산안 [연합뉴스 자료사진]</figcaption></figure>
                {Paragraph2}<br><br>둘째 줄도 본문입니다.
                <div class="share_sns"><a href="#">페이스북</a><a href="#">카카오톡</a></div>
                <ul class="related_news"><li><a href="/1">관련 기사 하나의 아주 긴 제목입니다</a></li><li><a href="/2">관련 기사 둘의 긴 제목</a></li></ul>
                <script>var ad = "광고 스크립트";</script>
                <p>ⓒ 예시뉴스 무단전재 및 재배포 금지</p>
              </div>
            </article>
            <div class="comment_box"><p>댓글을 남겨 주세요. 로그인한 사용자만 댓글을 쓸 수 있습니다.</p></div>
            <footer><p>Copyright 예시뉴스. All rights reserved.</p></footer>
            """);

        Assert.Equal($"{Paragraph1}\n\n{Paragraph2}\n\n둘째 줄도 본문입니다.", article.Body);
        Assert.Equal(["국회에 제출된 예산안 [연합뉴스 자료사진]"], article.Captions);
        Assert.Equal(["홍길동"], article.Reporters);
    }

    [Theory]
    [InlineData("{0}\\n{1}")]
    [InlineData("<p>{0}</p><p>{1}</p>")]
    public void JSON_LD_articleBody_is_the_fallback_when_the_markup_has_no_text(string articleBody)
    {
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, articleBody, Paragraph1, Paragraph2);
        var article = Parse(
            $"<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"제목\",\"articleBody\":\"{body}\"}}</script>",
            "<div id=\"app\"></div>");

        Assert.Equal($"{Paragraph1}\n\n{Paragraph2}", article.Body);
    }

    [Fact]
    public void A_page_without_any_headline_is_rejected()
    {
        var html = $"<html><body>{ArticleBody}</body></html>";

        var error = Assert.Throws<ArticleFormatException>(() => HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(html), "x.html"));

        Assert.Equal("title", error.Field);
        Assert.StartsWith("no headline", error.Message, StringComparison.Ordinal);
    }

    private static NewsArticle Parse(string head, string? body = null)
    {
        var fallbackTitle = head.Contains("title", StringComparison.OrdinalIgnoreCase) || head.Contains("headline", StringComparison.Ordinal)
            ? ""
            : "<title>기본 제목</title>";
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{fallbackTitle}{head}</head><body>{body ?? ArticleBody}</body></html>";
        return HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(html), "page.html");
    }
}
