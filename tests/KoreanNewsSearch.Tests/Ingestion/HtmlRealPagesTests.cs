using System.Text.Json;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>
/// The 33 real pages of <c>../shared/html</c> against the scraper's <c>.expected.json</c>. The scraper's values are not
/// hand-checked; where one is plainly wrong the test asserts the correct value and <see cref="Corrections"/> says why.
/// </summary>
public class HtmlRealPagesTests
{
    private const string IMbcDesk = "expected author 'iMBC 연예' is the entertainment desk, not a person; the page signs the article ";
    private const string SbsDesk = "expected author 'SBS NEWS' is the channel, not a person; ";
    private const string SbsEntities = "expected title keeps the HTML entity &#34; where the page shows a double quote";

    /// <summary>Per page: the fields where the expected file is wrong, the correct value, and why.</summary>
    private static readonly Dictionary<string, Correction[]> Corrections = new()
    {
        ["MBC-News_0377be4e80"] =
        [
            new("text", "정부와 여당이 양곡관리법 개정안에 대한 재의요구권, 즉 거부권 행사를 윤석열 대통령에게 건의하겠다고 밝혔습니다.",
                "expected text is only the anchor's role marker '◀ 앵커 ▶'; the article's first sentence follows it"),
        ],
        ["MBC-News_4ebfa6cd9b"] = [new("reporter", "백아영", IMbcDesk + "'백아영 / 화면캡처 유튜브'")],
        ["MBC-News_7829685e59"] = [new("reporter", "백승훈", IMbcDesk + "'백승훈 / 사진제공 쿠팡플레이'")],
        ["MBC-News_8f8e575760"] = [new("reporter", "박노준", IMbcDesk + "'박노준 / 사진출처 송중기 인스타그램'")],
        ["MBC-News_9b1190b10a"] = [new("reporter", "백아영", IMbcDesk + "'백아영 / 화면캡처 MBC'")],
        ["MBC-News_d90f244568"] = [new("reporter", "박노준", IMbcDesk + "'박노준 / 사진출처 비비 인스타그램'")],
        ["sbsnews_139f1a814f"] =
        [
            new("title", "\"돌담 식구들 다 모인 건 처음\"…'낭만닥터 김사부3' 메인 포스터 공개", SbsEntities),
            new("reporter", "강선애", SbsDesk + "the body is signed '(SBS연예뉴스 강선애 기자)'"),
        ],
        ["sbsnews_13cf471029"] =
        [
            new("title", "[정치쇼] 김현욱 \"러시아의 경제보복? 약소국이 강대국 제재하나\"", SbsEntities),
            new("reporter", "", SbsDesk + "a radio interview transcript that names no reporter"),
        ],
        ["sbsnews_685519b280"] =
        [
            new("title", "[실시간 e뉴스] \"나를 건드리지 말았어야지\"…교사가 학부모에 보낸 협박 편지", SbsEntities),
            new("reporter", "", SbsDesk + "the page names no reporter"),
        ],
        ["sbsnews_6f351fffce"] = [new("title", "문체부, 가짜뉴스 퇴치 기능 전면 강화…\"신고센터 설치 · AI 활용\"", SbsEntities)],
        ["sbsnews_b8996b9e74"] =
        [
            new("title", "'JMS 탈교 선언' DKZ 경윤, 활동 일시 중단…\"치료와 안정에 전념\"", SbsEntities),
            new("reporter", "강경윤", SbsDesk + "the body is signed '(SBS연예뉴스 강경윤 기자)' ('사진=백승철 기자' is the photographer)"),
        ],
        ["sbsnews_bbac47f7ee"] = [new("reporter", "", SbsDesk + "a subtitled video clip that names no reporter")],
        ["sbsnews_cd6d9f6a8e"] = [new("title", "[D리포트] \"무서워 죽는 줄\"…흑인 소년에 총 쏜 80대 무죄 주장", SbsEntities)],
        ["sbsnews_f2d4443016"] = [new("title", "\"손님 많아서 못 타\" 예매하고도 탑승 거부당한 장애인", SbsEntities)],
        ["sbsnews_f472801f8e"] = [new("title", "[D리포트] \"밤 깎게 칼 좀 주세요\" 상상이나 했을까 다음 행동을", SbsEntities)],
        ["sbsnews_fef6eec749"] = [new("reporter", "", SbsDesk + "a subtitled video clip that names no reporter")],
    };

    // Text that only page furniture carries; none of it belongs in an article body.
    private static readonly string[] Junk =
    [
        "<", "function", "var ", "{", "}", "무단전재", "무단 전재", "재배포", "Copyright", "ⓒ", "저작권", "공유하기", "URL 복사",
        "기사목록", "이미지 확대", "댓글", "좋아요", "구독", "@", "제보", "◀ 앵커 ▶", "◀ 리포트 ▶",
    ];

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in PageNames())
        {
            data.Add(page);
        }

        return data;
    }

    [Fact]
    public void All_33_pages_are_there()
    {
        Assert.Equal(33, PageNames().Count);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Title_published_and_reporter_match_the_expected_file(string page)
    {
        var article = Parse(page);
        var expected = Expected(page);

        Assert.Equal(Corrected(page, "title", expected.Title), article.Title);
        Assert.Equal(expected.Published, article.Published);
        Assert.Equal(NewsArticle.KoreaOffset, article.Published!.Value.Offset);

        var reporter = Corrected(page, "reporter", expected.Reporter);
        if (reporter.Length == 0)
        {
            Assert.Empty(article.Reporters);
        }
        else
        {
            Assert.Equal([reporter], article.Reporters);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Body_is_the_article_text_without_page_furniture(string page)
    {
        var article = Parse(page);
        var expected = Expected(page);

        Assert.True(article.Body.Length >= 50, $"body too short ({article.Body.Length}): {article.Body}");
        foreach (var junk in Junk)
        {
            Assert.DoesNotContain(junk, article.Body, StringComparison.Ordinal);
        }

        var paragraphs = article.Body.Split("\n\n");
        Assert.All(paragraphs, p => Assert.True(p.Length > 0 && p == p.Trim() && !p.Contains('\n', StringComparison.Ordinal), $"bad paragraph: [{p}]"));
        Assert.DoesNotContain(article.Title, paragraphs);

        // The page's text starts where the scraper's does (the deck or the first caption may come first on the page)...
        string[] parts = [Squash(string.Concat(article.Subtitle)), .. article.Captions.Select(Squash), Squash(article.Body)];
        Assert.Contains(parts, part => part.StartsWith(expected.TextOpening, StringComparison.Ordinal));

        // ...and the first body paragraph is real article text, present in the scraper's text.
        Assert.Contains(Squash(paragraphs[0]), Squash(expected.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sbsnews_093ac3aac3", "▲ 지난해 11월 캄보디아 프놈펜에서 열린 한미 정상회담|(사진=연합뉴스)")]
    [InlineData("MBC-News_00b8da9cf3", "사진제공 : 연합뉴스")]
    [InlineData("MBC-News_279a0594ce", "노동계, 최저임금 1만2천원 요구 [사진 제공: 연합뉴스]")]
    public void Captions_are_kept_out_of_the_body(string page, string captions)
    {
        var article = Parse(page);

        Assert.Equal(captions.Split('|'), article.Captions);
        Assert.All(article.Captions, c => Assert.DoesNotContain(c, article.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void Deck_lines_go_to_the_subtitle_and_the_signature_to_the_reporter_fields()
    {
        var article = Parse("YTN-Online_19d8f65a0b");

        Assert.Equal(
            ["권경애, 논란 이후 YTN 통해 첫 입장 표명", "\"잠적했다는 건 사실 아냐…유족 측과 계속 연락\"", "\"기자 전화만 안 받아…언론 취재에 할 말 없어\""],
            article.Subtitle);
        Assert.Equal(["나혜인"], article.Reporters);
        Assert.Equal(["dglee@ytn.co.kr"], article.ReporterEmails);
        Assert.EndsWith("지금까지 사회1부에서 전해드렸습니다.", article.Body, StringComparison.Ordinal);
        Assert.Equal("사회", article.Section);
        Assert.Equal("YTN", article.Source);
    }

    [Theory]
    [InlineData("MBC-News_00b8da9cf3", "https://imnews.imbc.com/news/2023/world/article/6475754_36133.html", "MBC 뉴스", "세계", "물가인상|파업|공무원파업")]
    [InlineData("sbsnews_093ac3aac3", "https://news.sbs.co.kr/news/endPage.do?news_id=N1007161610", "SBS 뉴스", "정치", "국빈|대통령|미국|바이든|방미|이명박|정상회담")]
    [InlineData("YTN-Online_19d8f65a0b", "https://www.ytn.co.kr/_ln/0103_202304071836587452", "YTN", "사회", null)]
    public void Url_source_section_and_tags_come_from_the_metadata(string page, string url, string source, string section, string? tags)
    {
        var result = ArticleFileReader.ReadFile(PagePath(page)).Single();
        var article = result.Article!;

        Assert.Equal(url, article.Url);
        Assert.Equal(url, article.Id);
        Assert.Equal(source, article.Source);
        Assert.Equal(section, article.Section);
        if (tags is not null)
        {
            Assert.Equal(tags.Split('|'), article.Tags);
        }
    }

    internal static List<string> PageNames() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.Shared, "html"), "*.html")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static string PagePath(string page) => Path.Combine(TestPaths.Shared, "html", page + ".html");

    internal static NewsArticle Parse(string page) => HtmlArticleParser.Parse(File.ReadAllBytes(PagePath(page)), PagePath(page));

    private static string Corrected(string page, string field, string expected) =>
        Corrections.TryGetValue(page, out var corrections) && corrections.FirstOrDefault(c => c.Field == field) is { } correction
            ? correction.Value
            : expected;

    private static ExpectedPage Expected(string page)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Shared, "html", page + ".expected.json")));
        var root = json.RootElement;
        var author = root.GetProperty("author")[0].GetProperty("name").GetString()!;
        var text = Corrected(page, "text", string.Join(" ", root.GetProperty("text").EnumerateArray().Select(t => t.GetString())));

        // The scraper kept the label of SBS's image-zoom button ("이미지 확대하기") as text.
        var opening = Squash(text.Replace("이미지 확대하기", "", StringComparison.Ordinal));
        return new ExpectedPage(
            root.GetProperty("title")[0].GetString()!,
            DateTimeOffset.Parse(root.GetProperty("published_at")[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            // The model keeps names without titles: "김기태 기자" is the reporter 김기태.
            StripTitle(author),
            text,
            opening[..Math.Min(20, opening.Length)]);
    }

    private static string StripTitle(string author)
    {
        foreach (var title in new[] { " 기자", " 에디터", " 특파원" })
        {
            if (author.EndsWith(title, StringComparison.Ordinal))
            {
                return author[..^title.Length];
            }
        }

        return author;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private sealed record Correction(string Field, string Value, string Reason);

    private sealed record ExpectedPage(string Title, DateTimeOffset Published, string Reporter, string Text, string TextOpening);
}
