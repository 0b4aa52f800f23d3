using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>
/// Issue 11: pages of sites the parsers were not written for (<c>../shared/html-sites</c>: Naver and Daum portal pages,
/// 한국일보, 매일경제, from extraction projects' public test fixtures), one table per failure class, and their text dumps
/// (<c>Dumps/</c>).
/// </summary>
public partial class UnseenSitePagesTests
{
    [GeneratedRegex(@"<script\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in ExtractionCase.LoadFolder(Folder))
        {
            data.Add(page.Name);
        }

        return data;
    }

    [Fact]
    public void All_13_pages_are_there() => Assert.Equal(13, ExtractionCase.LoadFolder(Folder).Count);

    /// <summary>Title, time to the minute with offset, reporters, first and last sentence, no furniture: every page, every field.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_field_matches_the_expected_file(string page)
    {
        var expected = ExtractionCase.LoadFolder(Folder).Single(c => c.Name == page);

        var article = HtmlArticleParser.Parse(File.ReadAllBytes(expected.HtmlPath), expected.HtmlPath);

        var wrong = ExtractionScore.Score(expected, article).Where(v => v.Right == false).Select(v => $"{v.Field}: «{v.Got}»");

        Assert.Empty(wrong);
    }

    // Class 1: the body is only in a script (a dehydrated query cache of a Next.js page).
    [Fact]
    public void A_client_rendered_page_reads_its_body_from_the_script_data()
    {
        var article = Parse("flairNLP_fundus/HankookIlbo_2026_01_29");

        Assert.StartsWith("장동혁 국민의힘 대표가 당권을 위협하던 한동훈 전 대표를 제명했지만, 어깨는 한층 무거워졌다.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("$$", article.Body, StringComparison.Ordinal);
        Assert.Equal(["신현주"], article.Reporters);
        Assert.Contains(article.Captions, c => c.StartsWith("장동혁(맨 앞) 국민의힘 대표가 29일", StringComparison.Ordinal));
    }

    // Class 2: the same page saved before its scripts (and so its text) came: headline, time and description remain.
    [Fact]
    public void A_page_with_a_headline_and_a_time_but_no_text_is_indexed_from_its_metadata_with_a_warning()
    {
        using var folder = new TempDirectory();
        var html = File.ReadAllText(PagePath("flairNLP_fundus/HankookIlbo_2026_01_29"));
        var path = Path.Combine(folder.Path, "no-text.html");
        File.WriteAllText(path, ScriptPattern().Replace(html, ""), Encoding.UTF8);

        var result = ArticleFileReader.ReadFile(path).Single();

        Assert.Null(result.Error);
        Assert.Equal("body", result.Warning!.Field);
        Assert.Equal(path, result.Warning.Path);
        Assert.Contains("description as the body", result.Warning.Message, StringComparison.Ordinal);
        Assert.Equal("장동혁, 한동훈 제명했지만… '윤 어게인' 절연 ·외연 확장 부담 커졌다", result.Article!.Title);
        Assert.Equal(new DateTimeOffset(2026, 1, 29, 18, 40, 0, NewsArticle.KoreaOffset), result.Article.Published);
        Assert.StartsWith("장동혁 국민의힘 대표가 한동훈 제명 후", result.Article.Body, StringComparison.Ordinal);
        Assert.False(result.Article.Body.EndsWith('|'));
    }

    // Class 3: the site name before or after the headline, in every form these pages use.
    [Theory]
    [InlineData("민주당 '선호투표제' 도입 또다시 불발··· 친청계 \"당규 개정 왜 밀어붙이나\"-정치ㅣ한국일보", "한국일보", "민주당 '선호투표제' 도입 또다시 불발··· 친청계 \"당규 개정 왜 밀어붙이나\"")]
    [InlineData("\"왜 경상도, 전라도 나눠서 싸우나\"... DJ 고향에서 '국민 통합' 외친 이재명 | 한국일보", "한국일보", "\"왜 경상도, 전라도 나눠서 싸우나\"... DJ 고향에서 '국민 통합' 외친 이재명")]
    [InlineData("[종합] 코로나19 신규확진 44명중 해외유입 24명 - 매일경제", "매일경제", "[종합] 코로나19 신규확진 44명중 해외유입 24명")]
    [InlineData("[연천소식] 군-초록우산어린이재단, 아동복지 협약 : 네이버 뉴스", "네이버 뉴스", "[연천소식] 군-초록우산어린이재단, 아동복지 협약")]
    [InlineData("매일경제 모바일 :: [종합] 코로나19 신규확진 44명중 해외유입 24명", "매일경제", "[종합] 코로나19 신규확진 44명중 해외유입 24명")]
    [InlineData("MBN뉴스TV ‘흙수저’ 소년공이 쏘아올린 정치 신화", "MBN뉴스", "‘흙수저’ 소년공이 쏘아올린 정치 신화")]
    [InlineData("안철수 ″정부·여당이 지방선거 압승하면 경제 엉망으로 만들 것″", "뉴시스", "안철수 \"정부·여당이 지방선거 압승하면 경제 엉망으로 만들 것\"")]
    [InlineData("[연천소식] 군-초록우산어린이재단, 아동복지 협약", "연합뉴스", "[연천소식] 군-초록우산어린이재단, 아동복지 협약")]
    public void Site_names_around_the_headline_are_dropped(string raw, string site, string headline) =>
        Assert.Equal(headline, HeadlineText.Clean(raw, [site]));

    // Class 4: time shapes of these pages' headers.
    [Theory]
    [InlineData("입력 2024.05.17 (09:05)", "2024-05-17T09:05:00+09:00")]
    [InlineData("등록 2024.05.17 09:05", "2024-05-17T09:05:00+09:00")]
    [InlineData("기사입력 2015-03-02 06:00:00 기사수정 2015-03-02 07:10:00", "2015-03-02T06:00:00+09:00")]
    [InlineData("입력 : 2020.07.07 10:42:42   수정 : 2020.07.07 12:20:27", "2020-07-07T10:42:42+09:00")]
    [InlineData("기사입력 2017.05.12. 오후 02:09", "2017-05-12T14:09:00+09:00")]
    [InlineData("입력 2018. 05. 16. 16:23", "2018-05-16T16:23:00+09:00")]
    public void Labelled_header_times_are_read(string line, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture),
            PublishTimeParser.FindLabelled(line).First(t => t.Kind == TimeLabelKind.Published).Time);

    [Theory]
    [InlineData("기사전송 2015/03/02 06:00", "2015-03-02T06:00:00+09:00")]
    [InlineData("게시 2024.05.17 09:05", "2024-05-17T09:05:00+09:00")]
    [InlineData("Posted : 2024-05-17 09:05", "2024-05-17T09:05:00+09:00")]
    [InlineData("2024-05-17 09:05 입력 | 2024-05-17 10:20 수정", "2024-05-17T09:05:00+09:00")]
    public void Other_labels_and_labels_after_their_time_are_read(string line, string expected) =>
        Labelled_header_times_are_read(line, expected);

    [Fact]
    public void A_label_after_its_time_gives_the_kind_of_that_time()
    {
        var times = PublishTimeParser.FindLabelled("2024-05-17 09:05 입력 | 2024-05-17 10:20 수정");

        Assert.Equal([TimeLabelKind.Published, TimeLabelKind.Updated], times.Select(t => t.Kind));
        Assert.Equal(new DateTimeOffset(2024, 5, 17, 10, 20, 0, NewsArticle.KoreaOffset), times[1].Time);
    }

    // Classes 4 and 8: the Yonhap brief of naver_read_0b6fd8, which has no time in any metadata, with its
    // "기사입력 2017.04.20. 오후 3:53" header printed the ways other layouts print it.
    private const string PrintedTime = "기사입력 <span class=\"t11\">2017.04.20. 오후 3:53</span>";

    [Theory]
    [InlineData("<span class=\"byline\">우영식 기자</span> | <span class=\"t11\">2017-04-20 15:53:07</span>", "2017-04-20T15:53:07+09:00")] // beside the byline
    [InlineData("승인 <span class=\"t11\">2017.04.20. 오후 3:53</span>", "2017-04-20T15:53:00+09:00")] // the desk's release, the only label
    [InlineData("<span class=\"view_date\">2017-04-20 15:53</span>", "2017-04-20T15:53:00+09:00")] // no label, a date class
    [InlineData("<time>2017-04-20 15:53</time>", "2017-04-20T15:53:00+09:00")] // no label, a time element without datetime
    [InlineData("<span class=\"t11\">2017.04.20 15:53</span> 입력", "2017-04-20T15:53:00+09:00")] // the label after the time
    [InlineData("<ul><li><a href=\"/a/1\">다른 기사</a> <span class=\"date\">2017-04-19 10:00</span></li></ul>", null)] // a related list's date
    public void The_publish_time_printed_in_other_shapes_is_read(string printed, string? expected)
    {
        var article = ParseRewritten("forkonlp_N2H4/naver_read_0b6fd8", (PrintedTime, printed));

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), article.Published);
    }

    // Class 7: the same page without its author metadata (two metas naming the press): the byline the page prints names
    // the reporter. With either meta in place the page keeps its expected reporters, none.
    private const string AuthorMeta = "<meta property=\"og:article:author\"\tcontent=\"연합뉴스 | 네이버\"/>";
    private const string CreatorMeta = "<meta name=\"twitter:creator\"\t\tcontent=\"연합뉴스\">";
    private const string JournalistCard = "<div class=\"journalistcard_summary_name\">우영식 기자</div>";

    [Fact]
    public void Without_author_metadata_the_printed_byline_names_the_reporter() =>
        Assert.Equal(["우영식"], ParseRewritten("forkonlp_N2H4/naver_read_0b6fd8", (AuthorMeta, ""), (CreatorMeta, ""), (PrintedTime, "")).Reporters);

    [Fact]
    public void A_printed_byline_and_its_labelled_time_are_read_together()
    {
        var article = ParseRewritten("forkonlp_N2H4/naver_read_0b6fd8", (AuthorMeta, ""), (CreatorMeta, ""), (JournalistCard, ""),
            (PrintedTime, "<div class=\"info\">[연합뉴스] <a href=\"/j/1\">김철수</a> 기자 입력 2017.04.20 15:53</div>"));

        Assert.Equal(["김철수"], article.Reporters);
        Assert.Equal(new DateTimeOffset(2017, 4, 20, 15, 53, 0, NewsArticle.KoreaOffset), article.Published);
    }

    [Fact]
    public void Photo_credits_and_side_column_lists_are_not_the_byline() =>
        Assert.Empty(ParseRewritten("forkonlp_N2H4/naver_read_0b6fd8", (AuthorMeta, ""), (CreatorMeta, ""), (JournalistCard, ""),
            (PrintedTime, "<aside><ul><li><a href=\"/c/1\">박영희 논설위원</a></li></ul></aside><p class=\"caption\">사진=최민수 기자</p>")).Reporters);

    private static NewsArticle ParseRewritten(string page, params (string Old, string New)[] replacements)
    {
        using var folder = new TempDirectory();
        var html = File.ReadAllText(PagePath(page));
        foreach (var (old, replacement) in replacements)
        {
            Assert.Contains(old, html, StringComparison.Ordinal);
            html = html.Replace(old, replacement, StringComparison.Ordinal);
        }

        var path = Path.Combine(folder.Path, "rewritten.html");
        File.WriteAllText(path, html, Encoding.UTF8);
        return HtmlArticleParser.Parse(File.ReadAllBytes(path), path);
    }

    // Class 6: meta says euc-kr, the bytes are UTF-8.
    [Theory]
    [InlineData("forkonlp_N2H4/naver_read_0b6fd8", "[연천소식] 군-초록우산어린이재단, 아동복지 협약")]
    [InlineData("mediacloud_metadata-lib/mk_693939_wayback", "[종합] 코로나19 신규확진 44명중 해외유입 24명")]
    public void A_page_is_decoded_by_what_its_bytes_are(string page, string title)
    {
        Assert.Contains("euc-kr", File.ReadAllText(PagePath(page)), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(title, Parse(page).Title);
    }

    // Class 7: who is and who is not a reporter.
    [Theory]
    [InlineData("mediacloud_metadata-lib/mk_693939_live", "류영상")] // meta "By 류영상", "[류영상 기자 …] [ⓒ 매일경제 …]" under the body
    [InlineData("forkonlp_DNH4/daum_v_20180516162315753", "이근홍")] // "【서울=뉴시스】이근홍 기자 =", not the photographer 홍효식
    [InlineData("adbar_htmldate/naver_607_0000001728", "")] // signed by the press: "뉴스타파 webmaster@newstapa.org"
    [InlineData("flairNLP_fundus/HankookIlbo_2026_07_12", "박준석,김태연")] // JSON-LD authors, not the meta "박준석 기자 외 1명"
    public void Reporters_are_people_only(string page, string reporters) =>
        Assert.Equal(reporters.Split(',', StringSplitOptions.RemoveEmptyEntries), Parse(page).Reporters);

    // Class 8: the time only on the visible page.
    [Theory]
    [InlineData("forkonlp_DNH4/daum_v_20100101092104056", "2010-01-01T09:21:00+09:00", "2010-01-01T09:40:00+09:00")]
    [InlineData("forkonlp_N2H4/naver_read_0b6fd8", "2017-04-20T15:53:00+09:00", null)]
    [InlineData("forkonlp_N2H4/naver_sports_read_f745ac", "2017-05-12T14:09:00+09:00", "2017-05-12T14:09:00+09:00")]
    [InlineData("adbar_htmldate/naver_607_0000001728", "2023-11-02T20:06:13+09:00", null)]
    [InlineData("flairNLP_fundus/HankookIlbo_2026_01_29", "2026-01-29T18:40:00+09:00", "2026-01-29T18:49:00+09:00")]
    public void The_printed_time_is_read_when_no_metadata_has_one(string page, string published, string? updated)
    {
        var article = Parse(page);

        Assert.Equal(DateTimeOffset.Parse(published, CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(updated is null ? null : DateTimeOffset.Parse(updated, CultureInfo.InvariantCulture), article.Updated);
    }

    // Class 9: deck lines at the top of the article element.
    [Theory]
    [InlineData("flairNLP_fundus/HankookIlbo_2026_07_12", "2시간 반 만에 끝난 '빈손' 최고위|선호투표제 당규 개정안 상정에|친청계 \"명백한 당헌 위반\" 반발|15일 최고위가 사실상 마지노선")]
    [InlineData("flairNLP_fundus/MBN_2025_06_03", "이재명 제21대 대통령선거 당선자|가난에 공장에서 일한 ‘소년공’|제때 치료받지 못해 장애판정도|공장관리자 되려 공부…‘인권변호사’로|정치 입문 후 두 번의 대선 거쳐 대통령 당선")]
    [InlineData("mediacloud_metadata-lib/mk_693939_live", "경기 13명-광주 6명-서울 3명-인천·대전 2명-대구·전북 1명")]
    public void Deck_lines_go_to_the_subtitle_not_the_body(string page, string deck)
    {
        var article = Parse(page);

        Assert.Equal(deck.Split('|'), article.Subtitle.Take(deck.Split('|').Length));
        Assert.DoesNotContain(deck.Split('|')[0], article.Body, StringComparison.Ordinal);
    }

    // Class 10: what closes the body without being part of it.
    [Theory]
    [InlineData("forkonlp_N2H4/naver_read_0b6fd8", "최신 유행 트렌드 총집결")] // a promotion link
    [InlineData("forkonlp_N2H4/naver_sports_read_f745ac", "[EPL] 36R 프리뷰")] // related-article links
    [InlineData("forkonlp_DNH4/daum_v_20200522093902880", "[CBS 김현정의 뉴스쇼]")] // the programme credit
    [InlineData("forkonlp_DNH4/daum_v_20180516222212362", "[EPA=연합뉴스 자료사진]")] // the last photo's caption
    public void Trailers_are_not_in_the_body(string page, string trailer) =>
        Assert.DoesNotContain(trailer, Parse(page).Body, StringComparison.Ordinal);

    // Classes 3, 4, 5 in text dumps: the headline above the time (not a deck line, a rule or a list number), a label on
    // its own line, columns side by side, a two-paragraph brief.
    [Theory]
    [InlineData("HankookIlbo_2025_05_15", "\"왜 경상도, 전라도 나눠서 싸우나\"... DJ 고향에서 '국민 통합' 외친 이재명", "2025-05-15T20:00:00+09:00")]
    [InlineData("mk_693939_wayback", "[종합] 코로나19 신규확진 44명중 해외유입 24명", "2020-07-07T10:42:42+09:00")]
    [InlineData("naver_read_0b6fd8", "[연천소식] 군-초록우산어린이재단, 아동복지 협약", "2017-04-20T15:53:00+09:00")]
    public void A_text_dump_gives_the_headline_and_the_time(string dump, string title, string published)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "KoreanNewsSearch.Tests", "Ingestion", "Dumps", dump + ".txt");

        var article = TextDumpParser.Parse(File.ReadAllText(path), path);

        Assert.Equal(title, article.Title);
        Assert.Equal(DateTimeOffset.Parse(published, CultureInfo.InvariantCulture), article.Published);
    }

    private static string Folder => Path.Combine(TestPaths.Shared, "html-sites");

    private static string PagePath(string page) => Path.Combine(Folder, page.Replace('/', Path.DirectorySeparatorChar) + ".html");

    private static NewsArticle Parse(string page) => HtmlArticleParser.Parse(File.ReadAllBytes(PagePath(page)), PagePath(page));
}
