using KoreanNewsSearch.Analysis;

namespace KoreanNewsSearch.Tests.Analysis;

public class MatchSemanticsTests
{
    [Theory]
    [InlineData("삼성전자는 3분기", "삼성", true)]
    [InlineData("삼성전자는 3분기", "자는 3", true)]
    [InlineData("삼성 전자", "삼성전자", false)]
    [InlineData("Samsung said", "ai", false)]
    [InlineData("IT·AI·반도체", "ai 반도체", true)]
    [InlineData("갤럭시S24를", "갤럭시 s24", true)]
    [InlineData("13분기", "3분기", false)]
    [InlineData("금리 3.5%", "3", false)]
    [InlineData("금리 3.5%", "3.5", true)]
    [InlineData("ＳＡＭＳＵＮＧ", "samsung", true)]
    [InlineData("\u1109\u1161\u11B7\u1109\u1165\u11BC", "삼성", true)]
    [InlineData("美 반도체 규제", "미국 반도체", true)]
    [InlineData("韓美 정상회담", "미국", true)]
    [InlineData("서북공심돈(西北空心墩)", "북한", false)]
    [InlineData("故 이건희 회장", "고", true)]
    [InlineData("고려대", "故", false)]
    [InlineData("윤석열 측은 반발했다", "尹측", true)]
    [InlineData("미국 대선 후보", "美대선", true)]
    [InlineData("지방 북한 이탈주민", "방北", false)]
    [InlineData("북한 한국 관계", "北韓", false)]
    // A headline abbreviation put in at an end of a longer query stands alone, as a one-character expansion does.
    [InlineData("美中 허위보도", "중국 허위보", true)]
    [InlineData("集中 허위보도", "중국 허위보", false)]
    [InlineData("집중 허위보도", "중국 허위보", false)]
    [InlineData("대만 표기 논란", "표기 대만", false)]
    [InlineData("표기 臺 논란", "표기 대만", true)]
    [InlineData("표기 臺灣 논란", "표기 대만", false)]
    // What the user typed keeps its open ends.
    [InlineData("集中 허위보도", "中 허위보", true)]
    public void Text_contains_query_as_normalised_canonical_substring(string text, string query, bool expected) =>
        Assert.Equal(expected, MatchSemantics.Matches(text, query));

    [Theory]
    [InlineData("갤럭시S24를·IT ㆍ美中", "갤럭시 s24 를 it 美 中")]
    [InlineData("西北空心墩 7조9000억원", "西北空心墩 7 조 9000 억원")]
    public void Canonical_form_spells_every_boundary_as_one_space(string text, string expected) =>
        Assert.Equal(expected, MatchSemantics.Canonicalize(text));
}
