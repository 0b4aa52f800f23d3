using KoreanNewsSearch.Ranking;

namespace KoreanNewsSearch.Tests.Ranking;

public class WordEndingTests
{
    [Theory]
    // Words of KorQuAD questions and Chosun headlines: stem | ending.
    [InlineData("설립했다", "설립")]
    [InlineData("헤이그가", "헤이그")]
    [InlineData("고려대학교에서", "고려대학교")]
    [InlineData("임명되었다", "임명")]
    [InlineData("대통령으로", "대통령")]
    [InlineData("발표하였다", "발표")]
    [InlineData("무엇인가", "무엇")]
    // No ending that leaves two syllables: the word is its stem.
    [InlineData("이란", "이란")]
    [InlineData("삼성전자", "삼성전자")]
    [InlineData("책을", "책을")]
    [InlineData("S24는", "S24는")]
    public void The_stem_is_what_is_left_before_the_longest_known_ending(string word, string stem) =>
        Assert.Equal(stem, word[..WordEnding.StemLength(word)]);

    [Fact]
    public void One_syllable_endings_only_when_longer_ones_are_off()
    {
        Assert.Equal("설립했", "설립했다"[..WordEnding.StemLength("설립했다", longerEndings: false)]);
        Assert.Equal("헤이그", "헤이그가"[..WordEnding.StemLength("헤이그가", longerEndings: false)]);
    }

    [Theory]
    [InlineData("설립했다", "립했 했다")]
    [InlineData("헤이그가", "그가")]
    [InlineData("삼성전자", "")]
    // 하하 is a stem bigram as well as the ending's: it stays content.
    [InlineData("하하하는", "하는")]
    public void Ending_bigrams_reach_into_the_ending_and_are_not_stem_bigrams(string word, string bigrams) =>
        Assert.Equal(bigrams.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), WordEnding.EndingBigrams(word).Order());

    [Theory]
    [InlineData("무엇을", true)]
    [InlineData("누구인가", true)]
    [InlineData("몇", true)]
    [InlineData("언제", true)]
    [InlineData("무역을", false)]
    [InlineData("대통령은", false)]
    public void Interrogatives_are_recognised_with_their_particles(string word, bool isQuestionWord) =>
        Assert.Equal(isQuestionWord, QuestionWords.IsQuestionWord(word));
}
