using KoreanNewsSearch.Indexing;
using KoreanNewsSearch.Querying;

namespace KoreanNewsSearch.Tests.Querying;

/// <summary>The any-word ranking signals beyond BM25: the lead of the body, particle-ending bigrams, word coverage, headline abbreviations.</summary>
public class AnyModeRankingTests
{
    private const string Filler = "지역 경제 동향과 관련한 여러 의견이 나왔다. 전문가들은 하반기 시장 전망을 두고 엇갈린 평가를 내놓았다. ";
    private static readonly DateTimeOffset Day = new(2024, 6, 7, 9, 0, 0, NewsArticle.KoreaOffset);

    [Fact]
    public void Words_in_the_lead_of_the_body_rank_above_the_same_words_further_down()
    {
        var fillers = string.Concat(Enumerable.Repeat(Filler, 3));
        // Same terms, same length: only where the words stand differs; the tie would put the newer one first.
        var (ranked, withoutLead) = Ranked("바그다드 조약", RankingOptions.Default with { AnyModeLeadWeight = 0f },
            Article("lead", $"바그다드 조약 체결. {fillers}", Day),
            Article("end", $"{fillers}바그다드 조약 체결.", Day.AddHours(1)));

        Assert.Equal(["lead", "end"], ranked);
        Assert.Equal(["end", "lead"], withoutLead);
    }

    [Fact]
    public void A_bigram_that_only_ends_the_word_in_a_particle_weighs_less_than_its_stem()
    {
        // 헤이그가: 헤이 이그 그가. Both match 헤이 and one more bigram of equal document frequency, in bodies of equal length.
        var (ranked, unweighted) = Ranked("헤이그가", RankingOptions.Default with { AnyModeEndingBigramWeight = 1f },
            Article("stem", $"{Filler}헤이그 방문", Day),
            Article("particle", $"{Filler}헤이 그가 방문", Day.AddHours(1)));

        Assert.Equal(["stem", "particle"], ranked);
        Assert.Equal(["particle", "stem"], unweighted);
    }

    [Fact]
    public void An_article_with_every_word_of_the_question_ranks_above_one_repeating_fewer_of_them()
    {
        // "repeats" holds two of the four words four times each, "every" each word once; 발사 and 실험 are also in a
        // third article so that their rarity alone does not decide.
        var (ranked, withoutCoverage) = Ranked("북한 미사일 발사 실험", RankingOptions.Default with { AnyModeWordCoverage = 0f },
            Article("repeats", $"북한 소식. {Filler}미사일 북한 전망. {Filler}북한 미사일 평가. 미사일 북한 미사일 논란.", Day),
            Article("every", $"북한 소식. {Filler}미사일 전망. {Filler}발사 실험 평가.", Day.AddHours(1)),
            Article("other", $"위성 발사 실험 소식. {Filler}", Day.AddHours(2)));

        Assert.Equal(["every", "repeats", "other"], ranked);
        Assert.Equal(["repeats", "every", "other"], withoutCoverage);
    }

    [Fact]
    public void A_headline_abbreviation_glued_to_a_word_finds_the_body_that_spells_it_out()
    {
        // 尹측 is 尹 and 측 for the tokenizer; both bodies hold 측 and 반박, only one spells out 윤석열. The other is newer,
        // which would put it first on a tie.
        var (ranked, _) = Ranked("尹측 반박", RankingOptions.Default,
            Article("spelled", $"윤석열 전 대통령 측은 반박했다. {Filler}", Day),
            Article("other", $"법원 측은 반박했다. {Filler}", Day.AddHours(1)));

        Assert.Equal(["spelled", "other"], ranked);
    }

    private static NewsArticle Article(string url, string body, DateTimeOffset published) => new()
    {
        Url = url,
        Source = "테스트일보",
        Title = "소식",
        Body = body,
        Published = published,
    };

    /// <summary>The any-mode ranking of the articles with the default weights and with <paramref name="changed"/>.</summary>
    private static (List<string?> Default, List<string?> Changed) Ranked(string query, RankingOptions changed, params NewsArticle[] articles)
    {
        using var index = NewsIndex.CreateInMemory();
        index.Upsert(articles);
        index.Commit();
        List<string?> Urls(RankingOptions ranking) =>
            [.. index.Search(new SearchRequest { Query = query, Mode = QueryMode.Any, Ranking = ranking }).Hits.Select(h => h.Url)];
        return (Urls(RankingOptions.Default), Urls(changed));
    }
}
