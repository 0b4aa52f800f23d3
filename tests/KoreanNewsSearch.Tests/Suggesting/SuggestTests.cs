using System.Text.RegularExpressions;
using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Suggesting;
using KoreanNewsSearch.Tests.Querying;

namespace KoreanNewsSearch.Tests.Suggesting;

/// <summary><see cref="NewsIndex.Suggest"/> over the headlines of the real articles in data/.</summary>
public sealed class SuggestTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    [Theory]
    [InlineData("대한", "대한민국")] // ordinary prefix
    [InlineData("후쿠시", "후쿠시마")]
    [InlineData("대하", "대한민국")] // half-typed last syllable
    [InlineData("박그", "박근혜")]
    [InlineData("대ㅎ", "대한민국")]
    [InlineData("후쿠시ㅁ", "후쿠시마")]
    [InlineData("ㄷㅎㅁㄱ", "대한민국")] // 초성
    [InlineData("ㅈㅅㅁㅈㅈㅇ", "조선민주주의인민공화국")]
    [InlineData("대ㅎㅁㄱ", "대한민국")] // mixed
    [InlineData("eogks", "대한민국")] // wrong keyboard layout
    [InlineData("qkrrmsgP", "박근혜")]
    [InlineData("박근혜 ", "박근혜 대통령")] // a multi-word name
    [InlineData("ㅂㄱㅎ ㄷ", "박근혜 대통령")]
    [InlineData("fifa ㅇ", "fifa 월드컵")]
    [InlineData("FIF", "fifa")] // Latin, any case
    [InlineData("ㄹㅑㄹ", "fifa")] // Latin typed on the Hangul layout
    public void Best_completion_of_what_was_typed(string prefix, string expected) =>
        Assert.Equal(expected, corpus.Index.Suggest(prefix, 5)[0].Text);

    [Fact]
    public void Particles_fold_into_their_word_and_counts_are_headlines()
    {
        var suggestions = corpus.Index.Suggest("대한민", 10);
        var daehanminguk = Assert.Single(suggestions, s => s.Text == "대한민국");

        Assert.DoesNotContain(suggestions, s => s.Text is "대한민국의" or "대한민국에서" or "대한민국은");
        var titles = corpus.Articles.Select(a => a.Title).ToList();
        Assert.InRange(
            daehanminguk.Count,
            titles.Count(t => Regex.IsMatch(t, @"(?<!\w)대한민국(?!\w)")),
            titles.Count(t => t.Contains("대한민국", StringComparison.Ordinal)));
        Assert.Equal(suggestions.OrderByDescending(s => s.Count).Select(s => s.Count), suggestions.Select(s => s.Count));
    }

    [Theory]
    [InlineData("대한민국", "대한민국")] // a particle is trimmed only when the stem is a word titles use as often
    [InlineData("대한민국의", "대한민국")]
    [InlineData("대한민국으로", "대한민국")]
    [InlineData("국가", "국가")] // 가 follows only open syllables (국 has a final) and needs a two-syllable stem
    [InlineData("민주주의", "민주주의")] // 민주주 is no word
    [InlineData("ai는", "ai")]
    public void Stems_are_trimmed_by_sound_and_counts(string word, string stem)
    {
        var counts = new Dictionary<string, int> { ["대한민국"] = 80, ["대한민국의"] = 4, ["대한민국으로"] = 1, ["국가"] = 9, ["민주주의"] = 5, ["ai"] = 7, ["ai는"] = 2 };
        Assert.Equal(stem, TitleWords.Stem(word, w => counts.GetValueOrDefault(w)));
    }

    [Theory]
    [InlineData("삼성전자, 美 통신업계 협력…노태문 사장 방미", new[] { "삼성전자", "통신업계", "통신업계 협력", "협력", "노태문", "노태문 사장", "사장", "사장 방미", "방미" })]
    [InlineData("갤럭시S24 출시 D-3", new[] { "갤럭시s24", "갤럭시s24 출시", "출시" })]
    public void Title_words_split_at_spaces_and_punctuation_and_pairs_need_a_plain_space(string title, string[] terms) =>
        Assert.Equal(terms.Order(StringComparer.Ordinal), TitleWords.Terms(title).Order(StringComparer.Ordinal));

    [Fact]
    public void Stored_titles_give_the_same_suggestions_as_the_indexed_words()
    {
        using var lease = corpus.Index.AcquireSearcher();
        var indexed = SuggestionDictionary.Build(lease.Searcher.IndexReader);
        var stored = SuggestionDictionary.Build(lease.Searcher.IndexReader, fromStoredTitles: true);

        Assert.True(indexed.Count > 1000);
        Assert.Equal(indexed.Count, stored.Count);
        foreach (var prefix in new[] { "대", "ㅂ", "박근혜 ", "2014년", "f", "tkatjd" })
        {
            Assert.Equal(indexed.Suggest(prefix, 20), stored.Suggest(prefix, 20));
        }
    }

    [Fact]
    public void A_commit_is_seen_by_the_next_suggestion()
    {
        using var index = NewsIndex.CreateInMemory();
        Assert.Empty(index.Suggest("고려", 10));

        index.Upsert([new NewsArticle { Url = "https://example.com/1", Title = "고려아연, 영풍과 경영권 분쟁", Body = "본문" }]);
        index.Commit();
        Assert.Equal([new Suggestion("고려아연", 1)], index.Suggest("고려", 10));

        index.Upsert([new NewsArticle { Url = "https://example.com/2", Title = "고려아연 주가 급등", Body = "본문" }]);
        index.Commit();
        Assert.Equal(new Suggestion("고려아연", 2), index.Suggest("ㄱㄹㅇ", 10)[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    [InlineData("ㅋㅋㅋㅋㅋㅋㅋㅋ")]
    public void Nothing_to_complete_gives_no_suggestions(string prefix) => Assert.Empty(corpus.Index.Suggest(prefix, 10));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Limit_out_of_range_is_an_argument_error(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Index.Suggest("대한", limit));
}
