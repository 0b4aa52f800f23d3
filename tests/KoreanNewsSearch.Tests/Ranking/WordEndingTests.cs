using KoreanNewsSearch.Ranking;

namespace KoreanNewsSearch.Tests.Ranking;

public class WordEndingTests
{
    [Theory]
    // Words of KorQuAD questions and Chosun headlines.
    [InlineData("헤이그가", "그가")]
    [InlineData("대통령은", "령은")]
    [InlineData("고려대학교에", "교에")]
    // Two syllables: the only bigram is the word; not Hangul throughout; no particle at the end.
    [InlineData("책을", "")]
    [InlineData("2005년에", "")]
    [InlineData("삼성전자", "")]
    // 하하 is also a bigram of the stem: it stays content.
    [InlineData("하하하", "")]
    public void The_last_bigram_is_grammar_when_the_word_ends_in_a_particle(string word, string bigrams) =>
        Assert.Equal(bigrams.Split(' ', StringSplitOptions.RemoveEmptyEntries), WordEnding.EndingBigrams(word).Order());
}
