using System.Globalization;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Tests.Ingestion;

public class PublishTimeParserTests
{
    [Theory]
    [InlineData("2024-06-07 08:55", "2024-06-07T08:55:00+09:00")]
    [InlineData("2024.06.07 08:55", "2024-06-07T08:55:00+09:00")]
    [InlineData("2024.06.07. 오전 8:55", "2024-06-07T08:55:00+09:00")]
    [InlineData("2024.06.07. 오후 8:55", "2024-06-07T20:55:00+09:00")]
    [InlineData("2024.06.07. 오후 12:05", "2024-06-07T12:05:00+09:00")]
    [InlineData("2024.06.07. 오전 12:05", "2024-06-07T00:05:00+09:00")]
    [InlineData("2024년 6월 7일 08시 55분", "2024-06-07T08:55:00+09:00")]
    [InlineData("2024년 06월 07일 오후 3시 20분", "2024-06-07T15:20:00+09:00")]
    [InlineData("2024-06-07T08:55:00+09:00", "2024-06-07T08:55:00+09:00")]
    [InlineData("2024-06-06T23:55:00Z", "2024-06-06T23:55:00+00:00")]
    [InlineData("2024-06-07T08:55:12.345+0900", "2024-06-07T08:55:12+09:00")]
    [InlineData("2024/06/07 08:55:30", "2024-06-07T08:55:30+09:00")]
    [InlineData("2024-06-07 8:55 PM", "2024-06-07T20:55:00+09:00")]
    [InlineData("Fri, 30 Jan 2026 11:11:24 +0000", "2026-01-30T11:11:24+00:00")]
    [InlineData("Sat, 04 Jan 2025 22:58:57 GMT", "2025-01-04T22:58:57+00:00")]
    [InlineData("30 Jan 2026 11:11 +0900", "2026-01-30T11:11:00+09:00")]
    [InlineData("2024-06-07", "2024-06-07T00:00:00+09:00")]
    [InlineData("2024.11.21(목)", "2024-11-21T00:00:00+09:00")]
    [InlineData("2024년 6월 7일", "2024-06-07T00:00:00+09:00")]
    [InlineData("24.05.17 09:05", "2024-05-17T09:05:00+09:00")]
    [InlineData("24.05.17. 오후 3:20", "2024-05-17T15:20:00+09:00")]
    [InlineData("홍길동 기자 | 21-08-09 14:22:31", "2021-08-09T14:22:31+09:00")]
    public void Parses_korean_and_standard_formats(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), PublishTimeParser.Parse(text));
        Assert.Equal(expected, PublishTimeParser.Parse(text)!.Value.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("issue")]
    [InlineData("2024-13-07 08:55")]
    [InlineData("2024-02-30")]
    [InlineData("전화 02-1234-5678")]
    [InlineData("24.05.17")]
    [InlineData("개정 10.5.3 조항")]
    [InlineData("24.13.17 09:05")]
    [InlineData("24.05/17 09:05")]
    public void Rejects_what_is_not_a_valid_date(string text) => Assert.Null(PublishTimeParser.Parse(text));

    [Theory]
    [InlineData("기사입력 : 2024-06-07 08:55", "Published", "2024-06-07T08:55:00+09:00")]
    [InlineData("입력 2023.05.01. 오후 3:20", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("등록 2023-05-01 15:20", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("입력일 : 2023년 5월 1일 15시 20분", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("수정 2023.05.02. 오전 9:00", "Updated", "2023-05-02T09:00:00+09:00")]
    [InlineData("업데이트 2023-05-02 09:00", "Updated", "2023-05-02T09:00:00+09:00")]
    [InlineData("승인 2023.05.02 09:00", "Updated", "2023-05-02T09:00:00+09:00")]
    [InlineData("최종수정 : 2023-05-02 09:00:10", "Updated", "2023-05-02T09:00:10+09:00")]
    [InlineData("입력 23.05.01 15:20", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("23.05.01 15:20 입력", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("출고시간 2023.05.01 15:20", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("보도일시 : 2023-05-01 15:20", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("업로드 2023.05.01. 오후 3:20", "Published", "2023-05-01T15:20:00+09:00")]
    [InlineData("갱신 2023-05-02 09:00", "Updated", "2023-05-02T09:00:00+09:00")]
    [InlineData("2023.05.02 09:00 수정", "Updated", "2023-05-02T09:00:00+09:00")]
    public void Reads_labelled_times(string line, string kind, string expected)
    {
        var found = Assert.Single(PublishTimeParser.FindLabelled(line));
        Assert.Equal(Enum.Parse<TimeLabelKind>(kind), found.Kind);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), found.Time);
    }

    [Fact]
    public void Reads_both_times_of_one_line()
    {
        var found = PublishTimeParser.FindLabelled("입력 2023.05.01. 오후 3:20  수정 2023.05.01. 오후 4:05");

        Assert.Equal([TimeLabelKind.Published, TimeLabelKind.Updated], found.Select(f => f.Kind));
        Assert.Equal(new DateTimeOffset(2023, 5, 1, 16, 5, 0, NewsArticle.KoreaOffset), found[1].Time);
    }

    [Theory]
    [InlineData("2024.11.21(목)")]
    [InlineData("입력한 내용은 2024년 자료다")]
    [InlineData("수정안을 2024년에 냈다")]
    [InlineData("보도했다. 2024년 자료다")]
    public void Lines_without_a_label_before_a_date_have_no_labelled_time(string line) =>
        Assert.Empty(PublishTimeParser.FindLabelled(line));
}
