using KoreanNewsSearch.Ranking;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// Ranking weights on top of BM25. Internal knobs: the benchmarks tune them on relevance sets; searches use
/// <see cref="Default"/>.
/// </summary>
internal sealed record RankingOptions
{
    public static RankingOptions Default { get; } = new();

    /// <summary>Weight of a match in the headline, relative to the body.</summary>
    public float TitleBoost { get; init; } = 3f;

    /// <summary>
    /// Weight of a headline match in <see cref="QueryMode.Any"/>, where words match in part: a partial headline
    /// match weighted like <see cref="TitleBoost"/> outranks the article whose body holds the whole question. Each
    /// field saturates on its own, so a word in headline and body counts twice; a quarter weight keeps that close to
    /// one field holding both. Measured (KorQuAD, every 4th question, MRR@10): 1 gives 0.814, 0.5 gives 0.857,
    /// 0.25 gives 0.870, with deck lines at 0.25 too 0.893.
    /// </summary>
    public float AnyModeTitleBoost { get; init; } = 0.25f;

    /// <summary>Weight of a match in the deck lines under the headline, relative to the body.</summary>
    public float SubtitleBoost { get; init; } = 1.5f;

    /// <summary>Weight of a deck-line match in <see cref="QueryMode.Any"/>, for the reason and with the measurement of <see cref="AnyModeTitleBoost"/>.</summary>
    public float AnyModeSubtitleBoost { get; init; } = 0.25f;

    /// <summary>
    /// Weight of an extra optional clause per pair of adjacent query words matched as a phrase, so that articles
    /// with the words next to each other, in order, outrank articles with them scattered.
    /// </summary>
    public float PhraseBoost { get; init; } = 2f;

    /// <summary>
    /// <see cref="PhraseBoost"/> in <see cref="QueryMode.Any"/>. Measured (every 4th question, MRR@10 KorQuAD /
    /// known-item): 1 gives 0.841 / 0.721, 0.5 gives 0.835 / 0.742, 0.25 gives 0.831 / 0.749; long natural-language
    /// questions and headlines match many words scattered, so adjacency is a small bonus there.
    /// </summary>
    public float AnyModePhraseBoost { get; init; } = 0.25f;

    /// <summary>
    /// In <see cref="QueryMode.Any"/>, the weight of a word's last bigram when it ends in a frequent particle or
    /// ending syllable (<c>그가</c> of <c>헤이그가</c>), relative to its other bigrams. Measured (every 4th question,
    /// MRR@10 KorQuAD / known-item): 1 gives 0.814 / 0.760, 0.5 gives 0.819 / 0.762 (0.25: known-item 0.761).
    /// </summary>
    public float AnyModeEndingBigramWeight { get; init; } = 0.5f;

    /// <summary>
    /// In <see cref="QueryMode.Any"/>, the weight of a bonus per word term found within the first
    /// <see cref="LeadPositions"/> terms of the body (scored as a span-first clause would be, from the term's own
    /// postings: <see cref="Ranking.LeadBonusTermQuery"/>): a news lead restates its headline. 0 for none. Measured
    /// (known-item, every 4th title, MRR@10): 0 gives 0.760, 0.5 gives 0.765, 1 gives 0.748; 0.5 within 32 terms 0.764.
    /// On KorQuAD with headline 0.5, ending bigrams 0.5 and lead 0.5 together: 0.875 against 0.857 without the last two.
    /// </summary>
    public float AnyModeLeadWeight { get; init; } = 0.5f;

    /// <summary>
    /// In <see cref="QueryMode.Any"/>, the exponent of the share of the query's words a document matches, which
    /// scales its score (<see cref="WordCoverageQuery"/>); 0 for none. Measured (every 4th question, no folding,
    /// MRR@10 KorQuAD / known-item): 0 gives 0.898 / 0.764, 0.35 gives 0.912 / 0.774, 0.5 gives 0.912 / 0.780, 0.75
    /// gives 0.906 / 0.777; every 16th question: 1 gives 0.890 / 0.777 and 2 gives 0.857 / 0.751 against 0.901 / 0.785.
    /// </summary>
    public float AnyModeWordCoverage { get; init; } = 0.5f;

    /// <summary>How many leading body terms count as the lead for <see cref="AnyModeLeadWeight"/>.</summary>
    public int LeadPositions { get; init; } = 64;

    /// <summary>BM25 settings; a search with other settings than <see cref="Bm25Parameters.Default"/> (the index's) scores on a searcher of its own.</summary>
    public Bm25Parameters Bm25 { get; init; } = Bm25Parameters.Default;
}
