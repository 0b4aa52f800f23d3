using System.Globalization;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

public class TextDumpParserTests
{
    private static NewsArticle ReadSeed()
    {
        var result = Assert.Single(ArticleFileReader.ReadFile(TestPaths.Seed));
        Assert.Null(result.Error);
        return result.Article!;
    }

    [Fact]
    public void Seed_title_time_source_and_byline()
    {
        var article = ReadSeed();

        Assert.Equal("이재용 삼성전자 회장, 美 IT·AI·반도체·통신업계 협력 본격화...\"30여 차례 미팅 예정\"", article.Title);
        Assert.Equal(DateTimeOffset.Parse("2024-06-07T08:55:00+09:00", CultureInfo.InvariantCulture), article.Published);
        Assert.Equal(NewsArticle.KoreaOffset, article.Published!.Value.Offset);
        Assert.Null(article.Updated);
        Assert.Equal("한국금융신문", article.Source);
        Assert.Equal(["홍윤기"], article.Reporters);
        Assert.Equal(["ahyk815@fntimes.com"], article.ReporterEmails);
    }

    [Fact]
    public void Seed_deck_lines_are_the_subtitle()
    {
        Assert.Equal(
            ["4일(현지시간) 한스 베스트베리 버라이즌 CEO 만나", "AI활용 방안·하반기 갤럭시 신제품 판매 확대 협력 등 논의", "이달 중순까지 미국서 30차례 미팅 소화예정"],
            ReadSeed().Subtitle);
    }

    [Fact]
    public void Seed_body_is_clean_paragraphs()
    {
        var body = ReadSeed().Body;

        Assert.StartsWith("이재용 삼성전자 회장이 미국 IT·AI(인공지능)·반도체·통신 기업과의 협력 논의를 본격화했다.", body, StringComparison.Ordinal);
        Assert.EndsWith("아무도 못하는 사업은 누구보다 먼저 해내자\"고 말했다.", body, StringComparison.Ordinal);
        Assert.Contains("삼성전자 노태문 MX(Mobile eXperience)사업부장", body, StringComparison.Ordinal);
        foreach (var junk in new[] { "닫기", "기사 모아보기", "kakao", "Copyright", "무단 전재", "추천뉴스", "BEST CLICK", "기사더보기", "이미지 확대보기", "2024.11.21", "사진 =", "ahyk815", "[한국금융신문" })
        {
            Assert.DoesNotContain(junk, body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
        var paragraphs = body.Split("\n\n");
        Assert.Equal(15, paragraphs.Length);
        Assert.All(paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p) || p.Contains('\n', StringComparison.Ordinal)));
    }

    [Fact]
    public void Seed_caption_is_kept_once_with_its_credit_and_out_of_the_body()
    {
        var article = ReadSeed();

        var caption = Assert.Single(article.Captions);
        Assert.Equal("지난 2021년 11월 이재용 당시 삼성전자 부회장이 버라이즌 본사를 방문해 한스 베스트베리 CEO와 기념 촬영하고 있다./사진 = 삼성전자", caption);
        Assert.DoesNotContain("기념 촬영하고 있다", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Seed_without_blank_lines_or_with_crlf_parses_the_same(string newline)
    {
        var seed = ReadSeed();
        var lines = File.ReadAllLines(TestPaths.Seed).Where(l => l.Trim().Length > 0);

        var article = TextDumpParser.Parse(string.Join(newline, lines), "compact.txt");

        Assert.Equal(seed.Title, article.Title);
        Assert.Equal(seed.Subtitle, article.Subtitle);
        Assert.Equal(seed.Published, article.Published);
        Assert.Equal(seed.Reporters, article.Reporters);
        Assert.Equal(seed.Captions, article.Captions);
        Assert.Equal(seed.Body, article.Body);
    }

    private const string NaverLayout = """
        뉴스홈
        정치 경제 사회

        2023.06.10(토)

        [단독] 시청 앞 광장 새 단장…내달 시민에 개방

        입력 2023.05.01. 오후 3:20  수정 2023.05.01. 오후 4:05

        김철수 기자

          • 공유하기
          • 글자크기

        광장 바닥 전면 교체
        야간 조명도 새로 설치

        서울시청 앞 광장에서 공사가 진행되고 있다. [사진=뉴시스]
        서울시가 시청 앞 광장을 새로 단장해 다음 달 시민에게 개방한다고 1일 밝혔다.

        시는 바닥 전체를 교체하고 야간 조명을 새로 설치했다.

        시 관계자는 "시민 누구나 편하게 쉬는 공간이 될 것"이라고 말했다.

        kim@example.co.kr

        Copyright ⓒ 뉴스원. All rights reserved. 무단 전재 및 재배포 금지.

        많이 본 뉴스
        다른 기사 제목이 여기에 길게 이어진다 이것은 본문이 아니다.
        """;

    [Fact]
    public void Naver_like_layout_with_am_pm_times_and_a_byline_line()
    {
        var article = TextDumpParser.Parse(NaverLayout, "naver.txt");

        Assert.Equal("[단독] 시청 앞 광장 새 단장…내달 시민에 개방", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 5, 1, 15, 20, 0, NewsArticle.KoreaOffset), article.Published);
        Assert.Equal(new DateTimeOffset(2023, 5, 1, 16, 5, 0, NewsArticle.KoreaOffset), article.Updated);
        Assert.Equal(["김철수"], article.Reporters);
        Assert.Equal(["kim@example.co.kr"], article.ReporterEmails);
        Assert.Equal("뉴스원", article.Source);
        Assert.Equal(["광장 바닥 전면 교체", "야간 조명도 새로 설치"], article.Subtitle);
        Assert.Equal(["서울시청 앞 광장에서 공사가 진행되고 있다. [사진=뉴시스]"], article.Captions);
        Assert.Equal(
            "서울시가 시청 앞 광장을 새로 단장해 다음 달 시민에게 개방한다고 1일 밝혔다.\n\n시는 바닥 전체를 교체하고 야간 조명을 새로 설치했다.\n\n시 관계자는 \"시민 누구나 편하게 쉬는 공간이 될 것\"이라고 말했다.",
            article.Body);
    }

    private const string YonhapLayout = """
        연합뉴스 최신기사
        전체메뉴 닫기

        부산항 물동량 3개월 연속 증가

        송고2023-05-02 09:10

        컨테이너 처리량 전년 대비 5% 늘어

        (부산=연합뉴스) 김철수 이영희 기자 = 부산항의 컨테이너 물동량이 석 달 연속 증가했다.
        부두에 컨테이너가 쌓여 있다. /연합뉴스 자료사진 제공
        부산항만공사는 4월 물동량이 지난해 같은 달보다 5% 늘었다고 2일 밝혀고 설명했다.
        chulsoo@yna.co.kr

        <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
        2023/05/02 09:10 송고
        """;

    [Fact]
    public void Yonhap_layout_with_dateline_byline_and_credit_caption()
    {
        var article = TextDumpParser.Parse(YonhapLayout, "yonhap.txt");

        Assert.Equal("부산항 물동량 3개월 연속 증가", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 5, 2, 9, 10, 0, NewsArticle.KoreaOffset), article.Published);
        Assert.Equal("연합뉴스", article.Source);
        Assert.Equal(["김철수", "이영희"], article.Reporters);
        Assert.Equal(["chulsoo@yna.co.kr"], article.ReporterEmails);
        Assert.Equal(["컨테이너 처리량 전년 대비 5% 늘어"], article.Subtitle);
        Assert.Equal(["부두에 컨테이너가 쌓여 있다. /연합뉴스 자료사진 제공"], article.Captions);
        Assert.Equal(
            "부산항의 컨테이너 물동량이 석 달 연속 증가했다.\n\n부산항만공사는 4월 물동량이 지난해 같은 달보다 5% 늘었다고 2일 밝혀고 설명했다.",
            article.Body);
    }

    private const string DeckAboveTimeLayout = """
        2025.03.02(일) 오늘의 날씨 맑음

        전기요금 2분기 동결
        한전 적자 누적에도 물가 부담 고려
        연료비 조정단가 유지

        등록 2025년 03월 01일 오전 10시 00분    승인 2025.03.01 10:30
        박영수 기자

        정부가 2분기 전기요금을 동결하기로 했다고 1일 밝혔다.

        산업부 관계자는 "물가 안정을 우선했다"고 말했다.

        박영수 기자 park@example.kr
        저작권자 © 에너지데일리 무단전재 및 재배포 금지
        """;

    [Fact]
    public void Deck_lines_printed_under_the_title_above_the_time()
    {
        var article = TextDumpParser.Parse(DeckAboveTimeLayout, "deck.txt");

        Assert.Equal("전기요금 2분기 동결", article.Title);
        Assert.Equal(["한전 적자 누적에도 물가 부담 고려", "연료비 조정단가 유지"], article.Subtitle);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 0, 0, NewsArticle.KoreaOffset), article.Published);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 10, 30, 0, NewsArticle.KoreaOffset), article.Updated);
        Assert.Equal(["박영수"], article.Reporters);
        Assert.Equal(["park@example.kr"], article.ReporterEmails);
        Assert.Equal("에너지데일리", article.Source);
        Assert.Equal("정부가 2분기 전기요금을 동결하기로 했다고 1일 밝혔다.\n\n산업부 관계자는 \"물가 안정을 우선했다\"고 말했다.", article.Body);
    }

    private const string NoLabelLayout = """
        오늘의 경제

        반도체 수출 회복세 뚜렷…6개월 만에 최대

        홍길동 기자 hong@example.com

        반도체 수출이 지난달 크게 늘어 6개월 만에 가장 많았다고 산업통상자원부가 밝혔다.
        업계는 하반기에도 회복세가 이어질 것으로 보고 있다.

        ⓒ 한국경제신문, 무단전재 및 재배포 금지
        """;

    [Fact]
    public void Layout_without_time_label_takes_the_longest_header_line_as_title_and_the_copyright_press()
    {
        var article = TextDumpParser.Parse(NoLabelLayout, "nolabel.txt");

        Assert.Equal("반도체 수출 회복세 뚜렷…6개월 만에 최대", article.Title);
        Assert.Null(article.Published);
        Assert.Equal("한국경제신문", article.Source);
        Assert.Equal(["홍길동"], article.Reporters);
        Assert.Equal(["hong@example.com"], article.ReporterEmails);
        Assert.Empty(article.Subtitle);
        Assert.Equal(2, article.Body.Split("\n\n").Length);
    }

    // Real excerpts of ../shared/html dumps (w3m -dump -cols 2000), shortened: what stands above the first paragraph.
    private const string ShortLeadAboveAPhoto = """
        ‘라디오스타’ 박해미, “쳐다보기만 했는데 무속인이 땀 흘려...기 세지 않아”
        입력 2023-04-19 23:28 | 수정 2023-04-19 23:29
        레이어 닫기
        Previous Next
        전체재생
        닫기
        박해미가 기가 세지 않다고 말했다.
                                                  iMBC 연예뉴스 사진
                                                  iMBC 연예뉴스 사진

        19일 방송된 MBC 예능프로그램 ‘라디오스타’는 '방과 후 모범 시민‘ 특집으로 박해미, 유인영, 박기웅, 풍자가 출연했다.

        이날 박해미는 “‘거침없이 하이킥’에서 무당마저 이기는 기를 가진 해미 장군, 아주 유명한 장면이다”, “실제로 무속인이 한 수 접은 적이 있다면서요?”라는 말에 폭소하며 아니라고 답했다.
        """;

    private const string ScriptReadInShortLines = """
        사회
        인기있던 방울토마토 왜 가격 급하락?
        2023년 04월 07일 20시 45분 댓글
        글자크기 조정하기
        인쇄하기
        공유하기
          • 페이스북 공유하기페이스북
        링크 복사하기
        공유창 닫기
        동글동글 귀여운 모양과 붉은 색깔,

        건강한 다이어트를 시작한 사람들을 위한 추천 채소 목록에 꾸준히 언급되는 채소,

        눈치채셨나요?

        바로 방울토마토입니다.

        100g당 열량이 16kcal에 불과할 만큼 저칼로리죠.

        또 각종 비타민과 필수 아미노산, 미네랄, 칼륨 등 영양소도 매우 풍부하게 들어있습니다.
        """;

    private const string QuotationLead = """
        [자막뉴스] 진짜야? 믿기지 않아…알래스카 주민도 놀란 소용돌이
        작성 2023.04.20 13:42 조회 조회수
        프린트기사본문프린트하기 글자 크기 크게보기 글자크기 작게보기
        PIP 닫기
        "다른 차원의 문인가…?"

        미국 알래스카주에 푸른빛의 소용돌이가 등장했습니다.

        이 현장을 목격한 주민들은 다양한 추측을 쏟아냈는데요.

        자세한 내용은 영상으로 확인하시죠.
        """;

    [Theory]
    [InlineData(ShortLeadAboveAPhoto, "박해미가 기가 세지 않다고 말했다.")] // 19 letters, an image's alternative text printed twice under it
    [InlineData(ScriptReadInShortLines, "동글동글 귀여운 모양과 붉은 색깔,")] // lines broken at commas, a question, a short sentence
    [InlineData(QuotationLead, "\"다른 차원의 문인가…?\"")]
    public void Lead_lines_right_above_the_first_paragraph_open_the_body(string dump, string lead)
    {
        var article = TextDumpParser.Parse(dump, "lead.txt");

        Assert.StartsWith(lead + "\n\n", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(lead, article.Subtitle);
    }

    // What closes the article box: a broadcast sign-off, a tip-line notice and its contact lines; an interview's
    // copyright notice; a section's slogan the page prints again under its headline list.
    private const string SignOffAndTipLine = """
        한 총리 "양곡법 재의요구 대통령에 건의"
        입력 2023-03-29 16:56 | 수정 2023-03-29 16:57
        ◀ 앵커 ▶
        정부와 여당이 양곡관리법 개정안에 대한 재의요구권, 즉 거부권 행사를 윤석열 대통령에게 건의하겠다고 밝혔습니다.
        한덕수 총리는 대국민 담화에서 국민 설득에 나섰는데요.
        민주당은 반발했습니다.
        구민지 기자가 보도합니다.
        ◀ 리포트 ▶
        대국민 담화에 나선 한덕수 국무총리는 윤석열 대통령에게 양곡관리법 개정안에 대한 재의요구권 행사를 건의하겠다고 밝혔습니다.
        양곡관리법 개정안을 두고 윤 대통령의 1호 재의 요구권이 행사되면, 여야 정국은 더 얼어붙을 걸로 보입니다.
        MBC뉴스 구민지입니다.
        MBC 뉴스는 24시간 여러분의 제보를 기다립니다.
        ▷ 전화 02-784-4000
        ▷ 이메일 mbcjebo@mbc.co.kr
        ▷ 카카오톡 @mbc제보
        #한덕수 #양곡관리법 #재의 요구권
        """;

    private const string InterviewCopyrightNotice = """
        [정치쇼] 김현욱 "러시아의 경제보복? 약소국이 강대국 제재하나"
        작성 2023.04.20 13:02 수정 2023.04.20 13:03 조회 조회수
        ▷김태현 : 오늘 사안이 급박해서 저희가 이너뷰 하나 더 준비했습니다. 어제 윤석열 대통령이 로이터통신과의 인터뷰에서 한 말이 화제입니다.
        ▷김태현 : 알겠습니다. 여기서 마무리하지요. 지금까지 국립외교원의 미주연구부장 김현욱 부장이었습니다. 감사합니다.
        ▶김현욱 : 감사합니다.
        인터뷰 자료의 저작권은 SBS 라디오에 있습니다.
        전문 게재나 인터뷰 인용 보도 시,
        아래와 같이 채널명과 정확한 프로그램명을 밝혀주시기 바랍니다.
        [SBS 김태현의 정치쇼]
        """;

    private const string SloganPrintedTwice = """
        "돌담 식구들 다 모인 건 처음"…'낭만닥터 김사부3' 메인 포스터 공개
        작성 2023.04.20 13:08 조회 조회수
        돌담져스가 총출동한 '낭만닥터 김사부3' 메인 포스터가 공개됐다.
        한편 SBS DRAMA 유튜브 채널에서는 '낭만닥터 김사부' 시즌3를 맞아, 지난 17일부터 오는 23일까지 '낭만닥터 김사부' 시즌2 정주행 라이브를 진행하고 있다.
        (SBS연예뉴스 강선애 기자)
        SBS 연예뉴스 가십보단 팩트를, 재미있지만 품격있게!
          • 페이스북으로 공유하기
          • 트위터로 공유하기
          • 카카오톡으로 공유하기
        관련 뉴스
        추천 뉴스
        SBS 연예뉴스 가십보단 팩트를, 재미있지만 품격있게!
        """;

    [Theory]
    [InlineData(SignOffAndTipLine, "여야 정국은 더 얼어붙을 걸로 보입니다.")]
    [InlineData(InterviewCopyrightNotice, "김현욱 부장이었습니다. 감사합니다.\n\n▶김현욱 : 감사합니다.")] // the guest's turn is text, not a link line
    [InlineData(SloganPrintedTwice, "시즌2 정주행 라이브를 진행하고 있다.")]
    public void The_body_ends_before_sign_offs_notices_and_lines_the_page_prints_again(string dump, string lastSentence)
    {
        var article = TextDumpParser.Parse(dump, "end.txt");

        Assert.EndsWith(lastSentence, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broadcast_scripts_role_markers_are_not_body_text()
    {
        var body = TextDumpParser.Parse(SignOffAndTipLine, "end.txt").Body;

        Assert.StartsWith("정부와 여당이 양곡관리법 개정안에 대한", body, StringComparison.Ordinal);
        Assert.DoesNotContain("◀", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broadcast_sign_off_names_the_reporter() =>
        Assert.Contains("구민지", TextDumpParser.Parse(SignOffAndTipLine, "end.txt").Reporters);

    [Fact]
    public void A_line_that_reads_like_a_notice_inside_the_article_does_not_end_it()
    {
        // "전화 …" opens contact lines in a tip-line box, and an article's own sentence too: the article goes on after it.
        var dump = SignOffAndTipLine.Replace("MBC뉴스 구민지입니다.", "전화 인터뷰에 응한 농민은 이렇게 말했습니다.\n"
            + "정부 방침대로라면 쌀값이 해마다 더 떨어질 수밖에 없다는 것이 농민들의 걱정이고, 여야는 다음 주 국회 본회의에서 이 법안을 다시 다룰 예정입니다.",
            StringComparison.Ordinal);

        var article = TextDumpParser.Parse(dump, "end.txt");

        Assert.Contains("전화 인터뷰에 응한 농민은 이렇게 말했습니다.", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("여야는 다음 주 국회 본회의에서 이 법안을 다시 다룰 예정입니다.", article.Body, StringComparison.Ordinal);
    }

    // A real excerpt of a ../shared/html dump: the line nearest above the time is the reporter's box, and the headline is
    // printed once more in the page title, after the site's name.
    private const string HeadlineAfterTheSiteName = """
        비디오머그|[비머pick] 고등학생 집단폭행에 숨진 30대 가장…피고인들 '감형' 이유는
        라이브 제보하기 전체 메뉴 레이어 보기
          • 비머 pick
          • 사회

        [비머pick] 고등학생 집단폭행에 숨진 30대 가장…피고인들 '감형' 이유는

        김도균 기자 김도균 기자 Seoul 이메일 보내기

        작성 2023.04.20 13:50 조회 조회수
        PIP 닫기
        당시 10대였던 이들은 지난 2021년 의정부시의 한 번화가에서 술에 취한 30대 가장과 시비가 붙어 그를 집단 폭행해 숨지게 했습니다.

        검사와 피고인 모두 상고하지 않아 판결은 확정됐습니다.
        """;

    [Fact]
    public void The_headline_is_the_line_the_page_prints_again_after_its_site_name() =>
        Assert.Equal("[비머pick] 고등학생 집단폭행에 숨진 30대 가장…피고인들 '감형' 이유는",
            TextDumpParser.Parse(HeadlineAfterTheSiteName, "title.txt").Title);

    // A real excerpt of a ../shared/html dump: a radio transcript whose station and programme line stands above its header.
    private const string RadioTranscriptWithItsStation = """
        조원진, 美감청 의혹에 "대통령실 대응이 기름에 불 질러...유감 표명하고 우리 입장 밝혀야"
        2023년 04월 10일 09시 59분 댓글
        공유창 닫기
        조원진, 美감청 의혹에 "대통령실 대응이 기름에 불 질러...유감 표명하고 우리 입장 밝혀야"
        사진 출처 : 연합뉴스

        YTN라디오(FM 94.5) [뉴스킹 박지훈입니다]

        □ 방송일시 : 2023년 4월 10일 (월요일)
        □ 진행 : 박지훈 변호사
        □ 출연자 : 조원진 우리공화당 대표

        * 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 보다 정확한 내용은 방송으로 확인하시기 바랍니다.

        ◇ 박지훈 변호사(이하 박지훈): 월요일 ‘모두까기’ 시간입니다. 조원진 우리공화당 대표 직접 함께합니다. 안녕하십니까?

        ◆ 조원진 우리공화당 대표(이하 조원진): 반갑습니다.

        ◇ 박지훈: 소통도 많이 하시잖아요. 당원들하고. 경제에 대한 민심은 좀 어떻다고 보십니까?

        ◆ 조원진: 지금 국민들이 코로나 팬데믹 이후에 정권도 바뀌고 기대를 많이 했잖아요. 그런데 최악의 경제 상황이다. 물론 외부적인 요인도 있지만 실제로 경제 지표가 거의 추락하는 단계, 퇴보하는 단계 이런 입장이라서 굉장히 어렵습니다.
        """;

    [Fact]
    public void A_radio_transcript_opens_with_its_station_line_and_its_header() =>
        Assert.StartsWith("YTN라디오(FM 94.5) [뉴스킹 박지훈입니다]\n\n□ 방송일시 : 2023년 4월 10일 (월요일)",
            TextDumpParser.Parse(RadioTranscriptWithItsStation, "radio.txt").Body, StringComparison.Ordinal);

    [Theory]
    [InlineData("", "body")]
    [InlineData("메뉴\n\n로그인\n\nⓒ 어느신문, 무단전재 금지", "body")]
    [InlineData("기사입력 : 2024-06-07 08:55\n\n[한국금융신문 홍윤기 기자] 본문이 여기 있다고 가정한 문장이다.", "title")]
    public void Dumps_without_title_or_body_are_rejected_with_the_field(string text, string field)
    {
        var error = Assert.Throws<ArticleFormatException>(() => TextDumpParser.Parse(text, "bad.txt"));
        Assert.Equal(field, error.Field);
        Assert.Contains("bad.txt", error.Message, StringComparison.Ordinal);
    }
}
