using KoreanNewsSearch.Typing;

namespace KoreanNewsSearch.Tests.Typing;

/// <summary>The 2-set (두벌식) reading of letters and the letters of Hangul, as a Korean input method composes them.</summary>
public sealed class KeyboardLayoutTests
{
    [Theory]
    [InlineData("tkatjdwjswk", "삼성전자")]
    [InlineData("qksehcp", "반도체")]
    [InlineData("dkdlvhs", "아이폰")]
    [InlineData("rhkdrh", "광고")] // compound vowel ㅘ from h + k
    [InlineData("dmlwkd", "의장")] // ㅢ from m + l
    [InlineData("ekfr", "닭")] // compound final ㄺ
    [InlineData("ekfrdl", "닭이")] // the second consonant of ㄺ stays when ㅇ takes the vowel
    [InlineData("ekfrk", "달가")] // ... and moves on when the vowel follows it directly
    [InlineData("dlTek", "있다")] // Shift+t is ㅆ
    [InlineData("Tkfkd", "싸랑")]
    [InlineData("TKATJD", "삼성")] // Caps Lock: capitals only are read as lower case
    [InlineData("qkrrmsgP", "박근혜")] // Shift+p is ㅖ
    [InlineData("samsung", "ㄴ므녀ㅜㅎ")] // a real Latin word does not make syllables
    [InlineData("go", "해")]
    public void Latin_letters_read_as_the_hangul_they_type(string typed, string expected) =>
        Assert.Equal(expected, KeyboardLayout.LatinToHangul(typed));

    [Theory]
    [InlineData("ㅑㅔㅙㅜㄷ", "iphone")]
    [InlineData("삼성전자", "tkatjdwjswk")]
    [InlineData("닭", "ekfr")]
    [InlineData("과", "rhk")]
    [InlineData("쌀", "Tkf")]
    [InlineData("ㅏㅅㅌ", "ktx")]
    public void Hangul_reads_as_the_keys_that_type_it(string typed, string expected) =>
        Assert.Equal(expected, KeyboardLayout.HangulToLatin(typed));

    [Theory]
    [InlineData("s24")]
    [InlineData("삼성s24")]
    [InlineData("")]
    [InlineData("covid-19")]
    public void Text_of_other_characters_has_no_reading(string typed)
    {
        Assert.Null(KeyboardLayout.LatinToHangul(typed));
        Assert.Null(KeyboardLayout.HangulToLatin(typed));
    }

    [Theory]
    [InlineData("대한민국")]
    [InlineData("후쿠시마")]
    [InlineData("조선민주주의인민공화국")]
    [InlineData("새누리당")]
    [InlineData("월드컵")]
    [InlineData("괜찮다")] // ㄶ
    [InlineData("없었다")] // ㅄ, ㅆ
    public void Typing_a_word_on_the_latin_layout_and_reading_it_back_gives_the_word(string word) =>
        Assert.Equal(word, KeyboardLayout.LatinToHangul(KeyboardLayout.HangulToLatin(word)!));
}
