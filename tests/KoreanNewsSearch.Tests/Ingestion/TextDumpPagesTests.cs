using System.Globalization;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

/// <summary>
/// Issue 11 in text dumps: the w3m dumps (<c>Dumps/</c>) of the <c>../shared/html-sites</c> pages, one table per failure
/// class, each checked against the page's expected file (the fields a reader wrote down from the page).
/// </summary>
public class TextDumpPagesTests
{
    // Class 7: who signed. A dateline list before the name, reporters printed above the time with their e-mails below,
    // a press that signs with an e-mail only, a photographer whose credit opens a caption, "외 1명".
    [Theory]
    [InlineData("flairNLP_fundus/HankookIlbo_2025_05_15")] // "순천, 광양 구현모 기자 ninek@hankookilbo.com"
    [InlineData("flairNLP_fundus/MBN_2025_06_03")] // four "이름 기자" / "e-mail" pairs between the headline and "입력 :"
    [InlineData("adbar_htmldate/naver_607_0000001728")] // "뉴스타파 webmaster@newstapa.org": no person
    [InlineData("forkonlp_DNH4/daum_v_20180516162315753")] // not 홍효식, whose byline opens the photo caption printed twice
    [InlineData("forkonlp_N2H4/naver_sports_read_f745ac")]
    public void Reporters_are_the_people_who_signed(string page) => AssertRight(page, ExtractionField.Reporters);

    [Fact]
    public void A_byline_counting_its_other_reporters_still_names_the_first()
    {
        // The dump prints "박준석 기자 외 1명"; the second name is only in the page's JSON-LD.
        Assert.Equal(["박준석"], Dump("HankookIlbo_2026_07_12").Reporters);
    }

    // Class 9 and page furniture above the article: a pull quote with its speaker, a summary box printed twice, a help
    // layer and a player's notice, a caption under a bare image placeholder, a caption printed twice that opens with a
    // byline, a caption that runs into the first paragraph.
    [Theory]
    [InlineData("flairNLP_fundus/HankookIlbo_2025_05_15")]
    [InlineData("flairNLP_fundus/MBN_2025_06_03")]
    [InlineData("adbar_htmldate/naver_607_0000001728")]
    [InlineData("flairNLP_fundus/HankookIlbo_2026_07_12")]
    [InlineData("forkonlp_DNH4/daum_v_20180516162315753")]
    [InlineData("forkonlp_DNH4/daum_v_20180516222212362")]
    [InlineData("mediacloud_metadata-lib/mk_693939_wayback")]
    [InlineData("forkonlp_N2H4/naver_read_0b6fd8")]
    [InlineData("forkonlp_DNH4/daum_v_20200522093902880")] // a radio transcript opens with "■ 방송 : …", "■ 진행 : …"
    [InlineData("forkonlp_N2H4/naver_sports_read_f745ac")] // "[0000073768]▲ 지아니 인판니노 FIFA 회장[스포티비뉴스=유현태 기자] 지아니 …"
    public void The_body_starts_with_the_first_sentence_of_the_article(string page) => AssertRight(page, ExtractionField.BodyStart);

    [Fact]
    public void A_pull_quote_and_its_speaker_go_to_the_subtitle()
    {
        var article = Dump("HankookIlbo_2025_05_15");

        Assert.Contains("\"경상도와 전라도로 나눠서 왜 싸우나.\"", article.Subtitle);
        Assert.Contains("이재명 더불어민주당 대선 후보", article.Subtitle);
    }

    [Fact]
    public void A_translation_widgets_notice_in_other_languages_is_not_the_article()
    {
        Assert.DoesNotContain("Hak cipta", Dump("daum_v_20200522093902880").Body, StringComparison.Ordinal);
    }

    // Class 10: what closes the article box. A signature with an e-mail, a press signing with an e-mail, a promotion line
    // and a reporter profile box, related-article headlines before the "기사제공" credit, the last photo's caption
    // printed twice, a programme credit, a "좋아요" call and a most-read list with no footer marker under it.
    [Theory]
    [InlineData("flairNLP_fundus/HankookIlbo_2025_05_15")]
    [InlineData("adbar_htmldate/naver_607_0000001728")]
    [InlineData("forkonlp_N2H4/naver_read_0b6fd8")]
    [InlineData("forkonlp_N2H4/naver_sports_read_f745ac")]
    [InlineData("forkonlp_DNH4/daum_v_20180516222212362")]
    [InlineData("forkonlp_DNH4/daum_v_20200522093902880")]
    [InlineData("flairNLP_fundus/MBN_2025_06_03")]
    [InlineData("mediacloud_metadata-lib/mk_693939_wayback")]
    public void The_body_ends_with_the_last_sentence_of_the_article(string page) => AssertRight(page, ExtractionField.BodyEnd);

    [Theory]
    [InlineData("flairNLP_fundus/MBN_2025_06_03")]
    [InlineData("adbar_htmldate/naver_607_0000001728")]
    [InlineData("forkonlp_N2H4/naver_read_0b6fd8")]
    [InlineData("forkonlp_N2H4/naver_sports_read_f745ac")]
    public void No_furniture_line_is_left_in_the_body(string page) => AssertRight(page, ExtractionField.NoBoilerplate);

    [Theory]
    [InlineData("HankookIlbo_2026_07_12", "12일 서울 여의도 국회의원회관에서 열린 전국자치분권민주지도자회의(KDLC)")]
    [InlineData("daum_v_20180516222212362", "난민구조 NGO 'SOS 메디테라네'가 구조한 리비아 난민들 [EPA=연합뉴스 자료사진]")]
    [InlineData("MBN_2025_06_03", "1978년 야구 글러브 공장인 ‘대양실업’ 소년공 시절의 이재명 대통령 당선인 모습.")]
    [InlineData("naver_sports_read_f745ac", "▲ 지아니 인판니노 FIFA 회장")]
    public void Captions_placed_under_a_placeholder_or_printed_twice_are_captions_once(string dump, string caption)
    {
        var article = Dump(dump);

        Assert.Single(article.Captions, c => c.StartsWith(caption, StringComparison.Ordinal));
        Assert.DoesNotContain(caption, article.Body, StringComparison.Ordinal);
    }

    // Class 4: an unlabelled time printed beside the byline, the example, and the shapes around it.
    [Theory]
    [InlineData("홍길동 기자 | 2021-08-09 14:22:31", "2021-08-09T14:22:31+09:00", "홍길동")]
    [InlineData("2021.08.09 14:22 홍길동 기자", "2021-08-09T14:22:00+09:00", "홍길동")]
    [InlineData("홍길동·김철수 기자 · 2021. 8. 9. 오후 2:22", "2021-08-09T14:22:00+09:00", "홍길동|김철수")]
    public void A_time_beside_the_byline_is_the_publish_time(string line, string time, string reporters)
    {
        Assert.True(BylineTime.TryRead(line, out var read, out var byline));
        Assert.Equal(DateTimeOffset.Parse(time, CultureInfo.InvariantCulture), read);
        Assert.Equal(reporters.Split('|'), BylineParser.Parse(byline).Reporters);
    }

    [Theory]
    [InlineData("홍길동 기자 | 2021-08-09")] // a bare date: the photo's or the column's day as often as the article's
    [InlineData("홍길동 기자는 2021-08-09 14:22 현장에 도착했다")] // a sentence about a reporter
    [InlineData("2021-08-09 14:22:31")] // no byline
    public void A_date_and_a_name_that_are_not_a_byline_with_its_time_are_not_read(string line) =>
        Assert.False(BylineTime.TryRead(line, out _, out _));

    [Fact]
    public void A_dump_whose_only_time_is_beside_the_byline_gets_it_and_the_reporter()
    {
        // The Yonhap brief of naver_read_0b6fd8 with its labelled time line printed the older way, beside the byline.
        var text = File.ReadAllText(DumpPath("naver_read_0b6fd8"))
            .Replace("기사입력 2017.04.20. 오후 3:53 기사원문 스크랩", "우영식 기자 | 2017-04-20 15:53:07", StringComparison.Ordinal);

        var article = TextDumpParser.Parse(text, "dump.txt");

        Assert.Equal(new DateTimeOffset(2017, 4, 20, 15, 53, 7, NewsArticle.KoreaOffset), article.Published);
        Assert.Equal("[연천소식] 군-초록우산어린이재단, 아동복지 협약", article.Title);
        Assert.Contains("우영식", article.Reporters);
    }

    [Fact]
    public void A_time_alone_under_the_headline_is_the_publish_time_and_marks_the_headline()
    {
        // "[단독] 권경애 …" / "2023년 04월 07일 18시 36분 댓글": no label, no byline; above the headline, a list of headlines.
        AssertRight("../html/YTN-Online_19d8f65a0b", ExtractionField.Title);
        AssertRight("../html/YTN-Online_19d8f65a0b", ExtractionField.Published);
    }

    private static void AssertRight(string page, ExtractionField field)
    {
        var expected = ExtractionCase.Load(Path.GetFullPath(Path.Combine(TestPaths.Shared, "html-sites", page + ".expected.json")));
        var article = Dump(Path.GetFileName(page));

        var verdict = ExtractionScore.Score(expected, article).Single(v => v.Field == field);

        Assert.True(verdict.Right, $"{page} {field}: got «{verdict.Got}»");
    }

    private static NewsArticle Dump(string name) => TextDumpParser.Parse(File.ReadAllText(DumpPath(name)), DumpPath(name));

    private static string DumpPath(string name) =>
        Path.Combine(TestPaths.RepoRoot, "tests", "KoreanNewsSearch.Tests", "Ingestion", "Dumps", name + ".txt");
}
