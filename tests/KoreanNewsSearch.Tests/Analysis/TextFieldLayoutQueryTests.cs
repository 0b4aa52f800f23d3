using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Ranking;
using Lucene.Net.Search;

namespace KoreanNewsSearch.Tests.Analysis;

public sealed class TextFieldLayoutQueryTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "삼성전자는 3분기 영업이익 7조9000억원",          // a
        "美 반도체 수출 규제 강화",                       // b
        "미국 반도체 보조금 지급",                        // c
        "삼성 전자 계열사 분리",                          // d
        "금리 인상에 금값 급등",                          // e
        "갤럭시S24를 공개한 SK하이닉스가",                 // f
        "韓美 정상회담 개최",                             // g
        "인공지능 규제법 통과",                           // h
        "\u1109\u1161\u11B7\u1109\u1165\u11BC 휴대폰",     // i: NFD 삼성
        "ＳＡＭＳＵＮＧ 5G를 IT·AI·반도체에",               // j
        "故 이건희 회장 기념관",                          // k
        "COVID-19 확진자 30% 감소",                       // l
        "尹측 강력 반발",                                 // m
        "윤석열 측은 입장 발표",                          // n
        "전 장관 기자회견",                               // o
        "지방 북한 이탈주민",                             // p
        "북한 일본 회담",                                 // q
        "日中 허위보도 공방",                             // r
        "集中 허위보도 논란",                             // s
    ];

    private readonly NewsIndex _index = NewsIndex.CreateInMemory();

    public TextFieldLayoutQueryTests()
    {
        _index.Upsert(Titles.Select((title, i) => new NewsArticle { Url = $"https://example.com/{(char)('a' + i)}", Title = title, Body = "본문" }));
        _index.Commit();
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("삼성", "a d i")]
    [InlineData("삼성전자", "a")]
    [InlineData("삼성 전자", "d")]
    [InlineData("반도체", "b c j")]
    [InlineData("미국 반도체", "b c")]
    [InlineData("美", "b c g")]
    [InlineData("미국", "b c g")]
    [InlineData("한국", "g")]
    [InlineData("금", "c e")]
    [InlineData("값", "e")]
    [InlineData("고", "k")]
    [InlineData("갤럭시S24", "f")]
    [InlineData("갤럭시 S24", "f")]
    [InlineData("s24", "f")]
    [InlineData("SK하이닉스", "f")]
    [InlineData("하이닉스", "f")]
    [InlineData("5G", "j")]
    [InlineData("it", "j")]
    [InlineData("samsung", "j")]
    [InlineData("AI 반도체", "j")]
    [InlineData("3분기", "a")]
    [InlineData("7조9000억원", "a")]
    [InlineData("9000억", "a")]
    [InlineData("금 값", "")]
    [InlineData("에 금", "e")]
    [InlineData("인상에 금", "e")]
    [InlineData("상에 금값", "e")]
    [InlineData("covid-19", "l")]
    [InlineData("30%", "l")]
    [InlineData("반도체 수출", "b")]
    [InlineData("체 수", "b")]
    [InlineData("인공지능", "h")]
    [InlineData("AI", "j")]
    [InlineData("尹측", "m n")]
    [InlineData("윤석열", "m n")]
    [InlineData("前장관", "o")]
    [InlineData("방北", "")]
    [InlineData("北日", "")]
    [InlineData("중국 허위보", "r")]
    [InlineData("허위보도 중국", "")]
    [InlineData("中 허위보", "r s")]
    [InlineData("일본 중국", "r")]
    public void Finds_the_articles_whose_title_contains_the_query(string query, string expected) =>
        Assert.Equal(expected, Search(query, null));

    [Fact]
    public void User_synonyms_expand_each_word_at_query_time()
    {
        var synonyms = SynonymDictionary.Parse("# comment\nAI, 인공지능\n\n", "synonyms.txt");
        Assert.Equal("h j", Search("AI", synonyms));
        Assert.Equal("h j", Search("인공지능", synonyms));
        Assert.Equal("h", Search("인공지능 규제법", synonyms));
    }

    [Theory]
    [InlineData("AI\n", "synonyms.txt:1: a synonym group needs at least two words")]
    [InlineData("# x\nAI,,인공지능", "synonyms.txt:2: empty synonym")]
    public void Bad_synonym_lines_are_reported_with_file_and_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => SynonymDictionary.Parse(text, "synonyms.txt"));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_korean_word_is_a_phrase_of_its_bigrams_never_an_or_of_them()
    {
        var query = Assert.IsType<ExactPhraseQuery>(TextFieldLayout.BuildQuery("title", "삼성전자"));
        Assert.Equal("title:\"삼성 성전 전자\"", query.ToString());
    }

    [Fact]
    public void Text_without_searchable_terms_gives_no_query()
    {
        Assert.Null(TextFieldLayout.BuildQuery("title", " · / % "));
    }

    [Theory]
    [InlineData("삼성전자는 3분기 美 반도체와 미국 기업", "삼성", "[0-2]")]
    [InlineData("삼성전자는 3분기 美 반도체와 미국 기업", "미국 반도체", "[10-15]")]
    [InlineData("삼성전자는 3분기 美 반도체와 미국 기업", "미국", "[10-11] [17-19]")]
    [InlineData("7조9000억원 규모", "9000억", "[2-8]")]
    [InlineData("금리와 금값", "금", "[0-1] [4-5]")]
    [InlineData("\u1109\u1161\u11B7\u1109\u1165\u11BC전자", "삼성", "[0-6]")]
    public void Finds_match_spans_in_the_original_text_for_highlighting(string text, string query, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextFieldLayout.FindMatches(text, query).Select(s => $"[{s.Start}-{s.End}]")));

    private string Search(string query, SynonymDictionary? synonyms)
    {
        var built = TextFieldLayout.BuildQuery("title", query, synonyms);
        if (built is null)
        {
            return "";
        }

        using var lease = _index.AcquireSearcher();
        var hits = lease.Searcher.Search(built, 100).ScoreDocs
            .Select(d => NewsDocumentMapper.FromDocument(lease.Searcher.Doc(d.Doc)).Url![^1..])
            .Order(StringComparer.Ordinal);
        return string.Join(' ', hits);
    }
}
