using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Tests.Querying;
using KoreanNewsSearch.Typing;

namespace KoreanNewsSearch.Tests.Typing;

/// <summary>Queries typed on the wrong keyboard layout, searched over the real articles of data/.</summary>
public sealed class LayoutCorrectionTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    [Theory]
    [InlineData("eogksalsrnr", "대한민국")]
    [InlineData("eoxhdfud", "대통령")]
    [InlineData("qkrrmsgP", "박근혜")]
    [InlineData("xovnd", "태풍")]
    [InlineData("dhfflavlr", "올림픽")]
    [InlineData("gnzntlak", "후쿠시마")]
    [InlineData("xmfjavm", "트럼프")]
    [InlineData("dnjfemzjq", "월드컵")]
    [InlineData("tosnflekd", "새누리당")]
    public void A_word_typed_in_latin_is_searched_as_the_hangul_it_types(string typed, string word)
    {
        var results = corpus.Index.Search(new SearchRequest { Query = typed });
        var meant = corpus.Index.Search(new SearchRequest { Query = word });

        Assert.Equal(word, results.CorrectedQuery);
        Assert.True(meant.Total > 0);
        Assert.Equal(meant.Total, results.Total);
        Assert.Equal(meant.Hits.Select(h => h.Id), results.Hits.Select(h => h.Id));
        Assert.Contains("<mark>", results.Hits[0].HighlightedTitle + results.Hits[0].Snippet, StringComparison.Ordinal);
    }

    // Latin terms of these articles, among them the few whose keys make Hangul syllables (go → 해, tu → 셔, co → 채, covid → 채퍙).
    [Theory]
    [InlineData("MBC")]
    [InlineData("KTX")]
    [InlineData("sns")]
    [InlineData("FIFA")]
    [InlineData("NASA")]
    [InlineData("LG")]
    [InlineData("SK")]
    [InlineData("THAAD")]
    [InlineData("JTBC")]
    [InlineData("KAIST")]
    [InlineData("Tokyo")]
    [InlineData("Biden")]
    [InlineData("platform")]
    [InlineData("go")]
    [InlineData("tu")]
    [InlineData("co")]
    [InlineData("COVID")] // reads as 채퍙
    [InlineData("BTS")]
    [InlineData("AI")]
    public void Real_latin_words_are_searched_as_typed(string term)
    {
        var results = corpus.Index.Search(new SearchRequest { Query = term });

        Assert.Null(results.CorrectedQuery);
        Assert.True(results.Total > 0);
        Assert.Equal(corpus.Index.Search(new SearchRequest { Query = term, CorrectLayout = false }).Total, results.Total);
    }

    [Theory]
    [InlineData("ㅏㅅㅌ", "ktx")]
    [InlineData("ㅜㅁㄴㅁ", "nasa")]
    [InlineData("ㅏㅠㄴ", "kbs")]
    public void Latin_typed_on_the_hangul_layout_is_searched_as_latin(string typed, string term)
    {
        var results = corpus.Index.Search(new SearchRequest { Query = typed });

        Assert.Equal(term, results.CorrectedQuery);
        Assert.Equal(corpus.Index.Search(new SearchRequest { Query = term }).Total, results.Total);
    }

    [Theory]
    [InlineData("qkrrmsgP eoxhdfud", "박근혜 대통령")]
    [InlineData("title:xovnd", "title:태풍")]
    [InlineData("\"qkrrmsgP eoxhdfud\" -xovnd", "\"박근혜 대통령\" -태풍")]
    [InlineData("FIFA dnjfemzjq", "FIFA 월드컵")]
    public void Only_the_mistyped_words_change_and_the_syntax_stays(string typed, string corrected)
    {
        var results = corpus.Index.Search(new SearchRequest { Query = typed });

        Assert.Equal(corrected, results.CorrectedQuery);
        Assert.Equal(corpus.Index.Search(new SearchRequest { Query = corrected }).Total, results.Total);
    }

    [Fact]
    public void Correction_off_searches_the_letters_as_typed()
    {
        var results = corpus.Index.Search(new SearchRequest { Query = "eoxhdfud", CorrectLayout = false });

        Assert.Null(results.CorrectedQuery);
        Assert.Equal(0, results.Total);
    }

    [Theory]
    [InlineData("대통령")] // Hangul as meant
    [InlineData("ㅅㅅㅈㅈ")] // 초성, whose keys (ttww) find nothing either
    [InlineData("rkskekfk")] // 가나다라 reads well, but these articles never mention it
    public void Queries_whose_reading_finds_no_more_are_left_alone(string typed) =>
        Assert.Null(corpus.Index.Search(new SearchRequest { Query = typed }).CorrectedQuery);

    [Fact]
    public void A_syntax_error_is_reported_for_the_query_as_typed()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => corpus.Index.Search(new SearchRequest { Query = "\"eoxhdfud" }));

        Assert.Equal(1, error.Column);
    }

    [Theory]
    [InlineData("tkatjdwjswk", "삼성전자")]
    [InlineData("go", null)] // one syllable: too many short words read as one
    [InlineData("samsung", null)]
    [InlineData("covid", "채퍙")] // reads well: the index counts decide
    [InlineData("ai", null)]
    [InlineData("BTS", null)]
    [InlineData("LG", null)]
    [InlineData("also", "미내")] // reads well: the index counts decide
    [InlineData("ㅑㅔㅙㅜㄷ", "iphone")]
    [InlineData("삼성", null)]
    [InlineData("OR", null)]
    public void Reading_of_a_word_judged_by_form(string word, string? reading) =>
        Assert.Equal(reading, LayoutCorrection.Reading(word));
}
