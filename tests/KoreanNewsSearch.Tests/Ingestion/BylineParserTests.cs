using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

public class BylineParserTests
{
    [Theory]
    [InlineData("[한국금융신문 홍윤기 기자]", "홍윤기", "", "한국금융신문")]
    [InlineData("홍길동 기자", "홍길동", "", null)]
    [InlineData("홍길동·김철수 기자", "홍길동|김철수", "", null)]
    [InlineData("홍길동, 김철수 기자", "홍길동|김철수", "", null)]
    [InlineData("홍길동 김철수 기자", "홍길동|김철수", "", null)]
    [InlineData("홍길동 특파원", "홍길동", "", null)]
    [InlineData("워싱턴=홍길동 특파원", "홍길동", "", null)]
    [InlineData("홍길동 선임기자", "홍길동", "", null)]
    [InlineData("홍길동 논설위원", "홍길동", "", null)]
    [InlineData("홍길동기자", "홍길동", "", null)]
    [InlineData("(서울=연합뉴스) 홍길동 기자 =", "홍길동", "", "연합뉴스")]
    [InlineData("[서울=뉴시스] 김철수 기자 = ", "김철수", "", "뉴시스")]
    [InlineData("권오은 기자(조선비즈)", "권오은", "", "조선비즈")]
    [InlineData("홍윤기 한국금융신문 기자 ahyk815@fntimes.com", "홍윤기", "ahyk815@fntimes.com", "한국금융신문")]
    [InlineData("글=홍길동 기자", "홍길동", "", null)]
    [InlineData("글·사진=홍길동 기자 hong@example.co.kr", "홍길동", "hong@example.co.kr", null)]
    [InlineData("경주=박근희 여행기자", "박근희", "", null)]
    [InlineData("홍길동 기자 hong@example.com, 김철수 기자 kim@example.com", "홍길동|김철수", "hong@example.com|kim@example.com", null)]
    [InlineData("이정화 에디터", "이정화", "", null)]
    [InlineData("SBS연예뉴스 강선애 기자", "강선애", "", null)]
    [InlineData("김철수 PD·홍길동 아나운서", "김철수|홍길동", "", null)]
    [InlineData("ahyk815@fntimes.com", "", "ahyk815@fntimes.com", null)]
    [InlineData("조선일보", "", "", null)]
    [InlineData("", "", "", null)]
    public void Parses_names_emails_and_press(string byline, string reporters, string emails, string? press)
    {
        var parsed = BylineParser.Parse(byline);

        Assert.Equal(Split(reporters), parsed.Reporters);
        Assert.Equal(Split(emails), parsed.Emails);
        Assert.Equal(press, parsed.Press);
    }

    [Fact]
    public void A_title_alone_is_no_reporter()
    {
        Assert.Empty(BylineParser.Parse("한국금융신문 기자").Reporters);
        Assert.True(BylineParser.Parse("사진기자").IsEmpty);
    }

    private static string[] Split(string values) => values.Length == 0 ? [] : values.Split('|');
}
