using KoreanNewsSearch.Analysis;

namespace KoreanNewsSearch.Tests.Analysis;

public class KoreanNewsAnalyzerTests
{
    private static string Terms(string text) =>
        string.Join(' ', TextFieldLayout.Analyze(text).Select(t => $"{t.Term}@{t.Position}"));

    private static string TermsWithOffsets(string text) =>
        string.Join(' ', TextFieldLayout.Analyze(text).Select(t => $"{t.Term}@{t.Position}[{t.StartOffset}-{t.EndOffset}]"));

    [Theory]
    [InlineData("", "")]
    [InlineData(" · ", "")]
    [InlineData("삼성전자는", "삼성@0 성전@1 전자@2 자는@3")]
    [InlineData("갤럭시S24를", "갤럭@0 럭시@1 s24@2 를@3")]
    [InlineData("SK하이닉스가", "sk@0 하이@1 이닉@2 닉스@3 스가@4")]
    [InlineData("5G를", "5g@0 를@1")]
    [InlineData("IT·AI·반도체", "it@0 ai@1 반도@2 도체@3")]
    [InlineData("IT ㆍ AIㆍ반도체", "it@0 ai@1 반도@2 도체@3")]
    [InlineData("Z폴드5·Z플립5", "z@0 폴드@1 5@2 z@3 플립@4 5@5")]
    [InlineData("美 IT", "美@0 it@1")]
    [InlineData("韓美 정상회담", "韓@0 美@1 정상@2 상회@3 회담@4")]
    [InlineData("金融 시장", "金融@0 시장@1")]
    [InlineData("서북공심돈(西北空心墩)", "서북@0 북공@1 공심@2 심돈@3 西北@4 北空@5 空心@6 心墩@7")]
    [InlineData("금", "금@0")]
    [InlineData("금 값", "금@0 값@1")]
    [InlineData("COVID-19", "covid@0 19@1")]
    [InlineData("hong.gildong@chosun.com", "hong@0 gildong@1 chosun@2 com@3")]
    [InlineData("3분기", "3@0 분기@1")]
    [InlineData("7조9000억원", "7@0 조@1 9000@2 억원@3")]
    [InlineData("30%", "30@0")]
    [InlineData("3.5% 1,000명", "3.5@0 1,000@1 명@2")]
    [InlineData("Apple's \"iPhone\" (아이폰)", "apple@0 s@1 iphone@2 아이@3 이폰@4")]
    [InlineData("IT 기업 and the 반도체", "it@0 기업@1 and@2 the@3 반도@4 도체@5")]
    [InlineData("ㄱ자 모양", "ㄱ자@0 모양@1")]
    [InlineData("東京 とうきょう", "東京@0 とう@1 うき@2 きょ@3 ょう@4")]
    public void Splits_at_script_boundaries_and_bigrams_hangul_and_han(string text, string expected) =>
        Assert.Equal(expected, Terms(text));

    [Theory]
    // NFD: every syllable is two or three jamo; offsets still point at the decomposed input.
    [InlineData("\u1109\u1161\u11B7\u1109\u1165\u11BC\u110C\u1165\u11AB\u110C\u1161", "삼성@0[0-6] 성전@1[3-9] 전자@2[6-11]")]
    // Full-width Latin folds to ASCII and lower case; offsets unchanged (one char each).
    [InlineData("ＳＡＭＳＵＮＧ 갤럭시", "samsung@0[0-7] 갤럭@1[8-10] 럭시@2[9-11]")]
    // Compatibility hanja U+F963 is 北 after NFKC, so it is the abbreviation of 북한.
    [InlineData("\uF963 핵실험", "北@0[0-1] 핵실@1[2-4] 실험@2[3-5]")]
    // Half-width katakana and the ideographic space.
    [InlineData("ｿﾆｰ\u3000소니", "ソニ@0[0-2] ニー@1[1-3] 소니@2[4-6]")]
    // A compatibility unit sign expands: ㎞ is "km", joining the digits as "10km" does; offsets map back to the input.
    [InlineData("10㎞ 구간", "10km@0[0-3] 구간@1[4-6]")]
    public void Normalises_before_tokenising_and_keeps_offsets_into_the_original(string text, string expected) =>
        Assert.Equal(expected, TermsWithOffsets(text));

    [Fact]
    public void Unigram_shadow_field_holds_every_hangul_and_han_character_and_no_words()
    {
        var analyzer = TextFieldLayout.CreateIndexAnalyzer();
        using var stream = analyzer.GetTokenStream(TextFieldLayout.UnigramField("body"), "美 IT 삼성전자는 5G");
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        Assert.Equal(["美", "삼", "성", "전", "자", "는"], terms);
    }
}
