using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary>The all-words search falling back to the any-word reading when no article has every word (Wikinews corpus of data/).</summary>
public class RelaxedSearchTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    // Syllables no Korean text uses: a word that no article contains.
    private const string Nowhere = "쀍뷁";

    [Fact]
    public void No_article_with_every_word_returns_the_articles_with_some_marked_relaxed_with_the_words_found_and_not()
    {
        var strict = corpus.Index.Search(new SearchRequest { Query = "태풍 " + Nowhere, RelaxWhenFewerThan = 0 });
        var relaxed = corpus.Index.Search(new SearchRequest { Query = "태풍 " + Nowhere, Limit = 100 });
        var typhoon = corpus.AllIds(new SearchRequest { Query = "태풍" });

        Assert.Equal(0, strict.Total);
        Assert.False(strict.Relaxed);
        Assert.True(relaxed.Relaxed);
        Assert.Equal(typhoon.Count, relaxed.Total);
        Assert.Equal(typhoon.Order(), relaxed.Hits.Select(h => h.Id).Order());
        Assert.Equal(["태풍"], relaxed.MatchedWords);
        Assert.Equal([Nowhere], relaxed.UnmatchedWords);
    }

    [Fact]
    public void Words_each_found_but_never_together_are_all_matched()
    {
        var typhoon = corpus.AllIds(new SearchRequest { Query = "태풍" }).ToHashSet();
        var apart = new[] { "월드컵", "올림픽", "백신", "국회", "선거", "축구", "영화" }
            .First(word => corpus.AllIds(new SearchRequest { Query = word }) is { Count: > 0 } ids && !ids.Any(typhoon.Contains));

        var results = corpus.Index.Search(new SearchRequest { Query = $"태풍 {apart}" });

        Assert.True(results.Relaxed);
        Assert.Equal(["태풍", apart], results.MatchedWords);
        Assert.Empty(results.UnmatchedWords);
    }

    [Fact]
    public void Within_dates_a_word_is_matched_only_by_the_articles_of_those_dates()
    {
        var year = corpus.Articles.Where(a => a.Published is not null && a.Title.Contains("태풍", StringComparison.Ordinal))
            .Select(a => a.Published!.Value.ToOffset(NewsArticle.KoreaOffset).Year).Min();
        var dates = new SearchRequest { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) };
        var elsewhere = new[] { "월드컵", "올림픽", "백신", "국회", "선거", "축구", "영화", "지진" }
            .First(word => corpus.Index.Search(new SearchRequest { Query = word }).Total > 0 && corpus.Index.Search(dates with { Query = word }).Total == 0);
        var typhoonThen = corpus.AllIds(dates with { Query = "태풍" });

        var results = corpus.Index.Search(dates with { Query = $"태풍 {elsewhere}", Limit = 100 });

        Assert.NotEmpty(typhoonThen);
        Assert.True(results.Relaxed);
        Assert.Equal(typhoonThen.Order(), results.Hits.Select(h => h.Id).Order());
        Assert.Equal(["태풍"], results.MatchedWords);
        Assert.Equal([elsewhere], results.UnmatchedWords);
    }

    [Theory]
    [InlineData("태풍 피해", QueryMode.All, 1)] // some article has both words
    [InlineData("태풍 " + Nowhere, QueryMode.Any, 1)] // the any-word reading was asked for
    [InlineData("태풍 " + Nowhere, QueryMode.All, 0)] // relaxing turned off
    [InlineData("\"태풍 " + Nowhere + "\"", QueryMode.All, 1)] // one phrase: its any-word reading is the same phrase
    public void Not_relaxed_when_there_is_nothing_to_relax(string query, QueryMode mode, int relaxWhenFewerThan)
    {
        var results = corpus.Index.Search(new SearchRequest { Query = query, Mode = mode, RelaxWhenFewerThan = relaxWhenFewerThan });

        Assert.False(results.Relaxed);
        Assert.Empty(results.MatchedWords);
        Assert.Empty(results.UnmatchedWords);
    }

    [Fact]
    public void Relaxed_results_keep_filters_and_exclusions()
    {
        var request = new SearchRequest { Query = $"태풍 {Nowhere} -피해", Sections = ["국제"], Limit = 100 };
        var expected = corpus.AllIds(new SearchRequest { Query = "태풍 -피해", Sections = ["국제"] });

        var results = corpus.Index.Search(request);
        var elsewhere = corpus.Index.Search(request with { Sources = ["한국금융신문"] });

        Assert.NotEmpty(expected);
        Assert.True(results.Relaxed);
        Assert.Equal(expected.Order(), results.Hits.Select(h => h.Id).Order());
        Assert.Equal(0, elsewhere.Total);
        Assert.False(elsewhere.Relaxed);
    }

    [Fact]
    public void A_threshold_above_one_relaxes_a_search_with_very_few_articles()
    {
        var seed = SearchCorpusFixture.SeedArticle.WithComputedId().Id;
        var request = new SearchRequest { Query = "버라이즌 갤럭시", Limit = 100 };

        var one = corpus.Index.Search(request);
        var relaxed = corpus.Index.Search(request with { RelaxWhenFewerThan = 2 });

        Assert.Equal([seed], one.Hits.Select(h => h.Id));
        Assert.False(one.Relaxed);
        Assert.True(relaxed.Relaxed);
        Assert.Equal(seed, relaxed.Hits[0].Id);
        Assert.True(relaxed.Total > 1);
    }

    [Fact]
    public void A_negative_threshold_is_an_invalid_request()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Index.Search(new SearchRequest { Query = "태풍", RelaxWhenFewerThan = -1 }));

        Assert.Equal(nameof(SearchRequest.RelaxWhenFewerThan), error.ParamName);
    }
}
