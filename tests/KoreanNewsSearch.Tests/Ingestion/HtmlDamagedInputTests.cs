using System.Text;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>Legacy encodings and inputs that are not (whole) article pages.</summary>
public class HtmlDamagedInputTests
{
    private static readonly Encoding StrictKorean = Encoding.GetEncoding(
        TextDecoding.Korean.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static TheoryData<string, string, string> KoreanEncodedPages => new()
    {
        // <meta charset="utf-8"> on MBC, <meta http-equiv="content-type" content="text/html;charset=UTF-8"> on YTN.
        { "MBC-News_00b8da9cf3", "<meta charset=\"utf-8\">", "<meta charset=\"euc-kr\">" },
        { "YTN-Online_19d8f65a0b", "content=\"text/html;charset=UTF-8\"", "content=\"text/html;charset=euc-kr\"" },
        { "sbsnews_093ac3aac3", "<meta charset=\"utf-8\">", "<meta charset=\"ks_c_5601-1987\">" },
    };

    [Theory]
    [MemberData(nameof(KoreanEncodedPages))]
    public void An_EUC_KR_page_parses_like_its_UTF8_original(string page, string utf8Declaration, string koreanDeclaration)
    {
        var path = HtmlRealPagesTests.PagePath(page);
        var html = File.ReadAllText(path, Encoding.UTF8);
        Assert.Contains(utf8Declaration, html, StringComparison.Ordinal);
        var declared = StrictKorean.GetBytes(html.Replace(utf8Declaration, koreanDeclaration, StringComparison.Ordinal));

        Assert.Equal(Fields(HtmlRealPagesTests.Parse(page)), Fields(HtmlArticleParser.Parse(declared, path)));
    }

    [Theory]
    [MemberData(nameof(KoreanEncodedPages))]
    public void A_CP949_page_without_any_charset_declaration_is_detected(string page, string utf8Declaration, string koreanDeclaration)
    {
        _ = koreanDeclaration;
        var path = HtmlRealPagesTests.PagePath(page);
        var html = File.ReadAllText(path, Encoding.UTF8).Replace(utf8Declaration, "", StringComparison.Ordinal);
        var bytes = StrictKorean.GetBytes(html);
        Assert.Null(HtmlCharset.DeclaredEncoding(bytes));

        var article = HtmlArticleParser.Parse(bytes, path);

        Assert.Equal(Fields(HtmlRealPagesTests.Parse(page)), Fields(article));
    }

    [Theory]
    [InlineData("<meta charset=\"utf-16\">")]
    [InlineData("<meta charset=\"no-such-charset\">")]
    public void A_wrong_or_unknown_charset_declaration_falls_back_to_detection(string declaration)
    {
        const string page = "MBC-News_00b8da9cf3";
        var path = HtmlRealPagesTests.PagePath(page);
        var html = File.ReadAllText(path, Encoding.UTF8).Replace("<meta charset=\"utf-8\">", declaration, StringComparison.Ordinal);

        Assert.Equal(Fields(HtmlRealPagesTests.Parse(page)), Fields(HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(html), path)));
    }

    [Fact]
    public void A_page_cut_in_half_gives_the_article_up_to_the_cut()
    {
        const string page = "sbsnews_13cf471029";
        var bytes = File.ReadAllBytes(HtmlRealPagesTests.PagePath(page));
        var whole = HtmlRealPagesTests.Parse(page);

        // Half-way falls inside the interview; cut inside a Hangul character too, as a download that stops would.
        var cut = bytes.Length / 2;
        while ((bytes[cut] & 0xC0) != 0x80)
        {
            cut++;
        }

        Assert.True(HtmlCharset.WithoutIncompleteUtf8Tail(bytes.AsSpan(0, cut)) < cut);
        var half = HtmlArticleParser.Parse(bytes[..cut], "cut.html");

        Assert.Equal(whole.Title, half.Title);
        Assert.Equal(whole.Published, half.Published);
        Assert.Equal(whole.Url, half.Url);
        var paragraphs = half.Body.Split("\n\n");
        var wholeParagraphs = whole.Body.Split("\n\n");
        Assert.InRange(paragraphs.Length, 5, wholeParagraphs.Length - 5);
        Assert.Equal(wholeParagraphs[..(paragraphs.Length - 1)], paragraphs[..^1]);
        Assert.StartsWith(paragraphs[^1], wholeParagraphs[paragraphs.Length - 1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MBC-News_0377be4e80")]
    [InlineData("YTN-Online_415a52f55d")]
    [InlineData("sbsnews_842b7b0984")]
    public void A_page_cut_anywhere_or_with_bytes_flipped_parses_or_says_why_not(string page)
    {
        var bytes = File.ReadAllBytes(HtmlRealPagesTests.PagePath(page));
        var random = new Random(page.Length);
        for (var trial = 0; trial < 40; trial++)
        {
            var damaged = bytes[..random.Next(bytes.Length)];
            for (var flip = 0; flip < trial; flip++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            try
            {
                var article = HtmlArticleParser.Parse(damaged, "damaged.html");
                Assert.False(string.IsNullOrWhiteSpace(article.Title));
                Assert.False(string.IsNullOrWhiteSpace(article.Body));
            }
            catch (ArticleFormatException error)
            {
                Assert.EndsWith("damaged.html", error.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_page_cut_before_its_article_is_indexed_from_its_metadata_with_a_warning()
    {
        var bytes = File.ReadAllBytes(HtmlRealPagesTests.PagePath("MBC-News_00b8da9cf3"));
        var whole = HtmlArticleParser.Parse(bytes, "whole.html");

        var cut = HtmlArticleParser.Read(bytes[..(bytes.Length / 2)], "cut.html");

        Assert.StartsWith("no article text on the page", cut.Warning, StringComparison.Ordinal);
        Assert.Equal(whole.Title, cut.Article.Title);
        Assert.Equal(whole.Published, cut.Article.Published);
        // The description is the opening of the article, cut short by the site.
        Assert.StartsWith(whole.Body[..40], cut.Article.Body, StringComparison.Ordinal);
        Assert.True(cut.Article.Body.Length < whole.Body.Length);
    }

    [Fact]
    public void A_navigation_page_is_not_an_article()
    {
        var links = string.Concat(HtmlRealPagesTests.PageNames().Select(page =>
            $"<li><a href=\"/news/{page}\">{HtmlRealPagesTests.Parse(page).Title}</a></li>\n"));
        var html = $"""
            <!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>최신 뉴스 | MBC 뉴스</title>
            <meta property="og:site_name" content="MBC NEWS"></head>
            <body><header><nav><a href="/">홈</a> <a href="/politics">정치</a> <a href="/economy">경제</a></nav></header>
            <div id="content"><h2>최신 뉴스</h2><ul class="list">{links}</ul>
            <div class="paging"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">다음</a></div></div>
            <footer><p>Copyright © MBC. All rights reserved.</p></footer></body></html>
            """;

        var error = Assert.Throws<ArticleFormatException>(() => HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(html), "list.html"));

        Assert.Equal("body", error.Field);
        Assert.Contains("navigation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Binary_bytes_are_rejected_as_binary(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);

        var error = Assert.Throws<ArticleFormatException>(() => HtmlArticleParser.Parse(bytes, "photo.html"));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
        Assert.Contains("photo.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void An_empty_file_is_rejected_as_empty(string content)
    {
        var error = Assert.Throws<ArticleFormatException>(() => HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(content), "empty.html"));

        Assert.Equal("empty file: empty.html", error.Message);
    }

    [Fact]
    public void Plain_text_saved_as_html_is_not_an_html_page()
    {
        var bytes = Encoding.UTF8.GetBytes("캐나다 연방정부 공무원 15만 명이 임금 인상을 요구하며 파업에 들어갔습니다.");

        var error = Assert.Throws<ArticleFormatException>(() => HtmlArticleParser.Parse(bytes, "note.html"));

        Assert.StartsWith("not an HTML page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_reader_reports_a_bad_page_as_an_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"knews-empty-{Guid.NewGuid():N}.html");
        File.WriteAllBytes(path, []);
        try
        {
            var result = Assert.Single(ArticleFileReader.ReadFile(path));

            Assert.Null(result.Article);
            Assert.Equal(path, result.Error!.Path);
            Assert.StartsWith("empty file", result.Error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Fields(NewsArticle article) => ArticleJson.Serialize(article);
}
