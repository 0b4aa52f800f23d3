using KoreanNewsSearch.Analysis;

namespace KoreanNewsSearch.Querying;

/// <summary>
/// What to search for: query text (see the README's query syntax), filters, order and the page to return.
/// Filters combine with AND; several values of one filter (e.g. two reporters) combine with OR.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 100;

    /// <summary>The largest offset: deep paging beyond it should narrow the query or the dates instead.</summary>
    public const int MaxOffset = 10_000;

    /// <summary>The query text. Blank matches every article (useful with filters and facets).</summary>
    public string Query { get; init; } = "";

    /// <summary>
    /// How words not joined by <c>OR</c> combine. <see cref="QueryMode.All"/> (default): every word must match.
    /// <see cref="QueryMode.Any"/>: at least one must match, a word also in part (<c>헤이그가</c> finds
    /// <c>헤이그는</c> by its bigrams), and articles matching more of them, whole, and as adjacent words, rank higher:
    /// for natural-language questions. Exclusions and field filters stay required in both.
    /// </summary>
    public QueryMode Mode { get; init; } = QueryMode.All;

    /// <summary>The default of <see cref="RelaxWhenFewerThan"/>: relax only when no article has every word.</summary>
    public const int DefaultRelaxWhenFewerThan = 1;

    /// <summary>
    /// In <see cref="QueryMode.All"/>: when fewer articles than this have every word, but the any-word reading finds
    /// more, return the any-word results instead, marked <see cref="SearchResults.Relaxed"/>. 0 never relaxes.
    /// </summary>
    public int RelaxWhenFewerThan { get; init; } = DefaultRelaxWhenFewerThan;

    /// <summary>First publish day to include, in Korea time (inclusive); null for no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publish day to include, in Korea time (inclusive); null for no upper bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Keep articles by any of these reporters (exact name, e.g. <c>홍윤기</c>); empty for no filter.</summary>
    public IReadOnlyList<string> Reporters { get; init; } = [];

    /// <summary>Keep articles from any of these sources (exact name, e.g. <c>한국금융신문</c>); empty for no filter.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Keep articles in any of these sections (exact name, e.g. <c>경제</c>); empty for no filter.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Order of the hits; <see cref="SearchSort.Relevance"/> breaks ties newest first.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Zero-based index of the first hit to return, 0 to <see cref="MaxOffset"/>.</summary>
    public int Offset { get; init; }

    /// <summary>How many hits to return, 1 to <see cref="MaxLimit"/>.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Mark matched words in <see cref="SearchHit.HighlightedTitle"/> and pick the snippet around them (default on).</summary>
    public bool Highlight { get; init; } = true;

    /// <summary>Count sources, reporters and months over the whole result set (default off).</summary>
    public bool Facets { get; init; }

    /// <summary>
    /// Fold near-duplicates (default on): of the matching copies of one wire story (the same body republished with
    /// another headline or byline, a few sentences added), only the best-ranked one is a hit, and its
    /// <see cref="SearchHit.DuplicateCount"/> says how many more there are. False shows every copy. Facets count
    /// every matching article either way.
    /// </summary>
    public bool FoldDuplicates { get; init; } = true;

    /// <summary>
    /// User synonyms applied to each query word (e.g. a group <c>AI, 인공지능</c>: <c>AI</c> also finds <c>인공지능</c>);
    /// null for none. Hanja headline abbreviations (<c>美</c> ↔ <c>미국</c>) apply always.
    /// </summary>
    public SynonymDictionary? Synonyms { get; init; }

    /// <summary>
    /// Search a query typed on the wrong keyboard layout as meant (default on): <c>tkatjdwjswk</c> as <c>삼성전자</c>,
    /// <c>ㅑㅔㅙㅜㄷ</c> as <c>iphone</c>, when the reading finds clearly more articles than the text as typed;
    /// <see cref="SearchResults.CorrectedQuery"/> then says so. Off searches the text exactly as typed.
    /// </summary>
    public bool CorrectLayout { get; init; } = true;

    /// <summary>Ranking weights; internal so that the benchmarks can tune them.</summary>
    internal RankingOptions Ranking { get; init; } = RankingOptions.Default;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    internal void Validate()
    {
        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"limit must be between 1 and {MaxLimit}, got {Limit}");
        }

        if (Offset is < 0 or > MaxOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(Offset), Offset, $"offset must be between 0 and {MaxOffset}, got {Offset}");
        }

        if (RelaxWhenFewerThan < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RelaxWhenFewerThan), RelaxWhenFewerThan, $"relax-when-fewer-than must be 0 or more, got {RelaxWhenFewerThan}");
        }

        if (From > To)
        {
            throw new ArgumentException($"from date {From:yyyy-MM-dd} is after to date {To:yyyy-MM-dd}", nameof(From));
        }

        if (!Enum.IsDefined(Sort))
        {
            throw new ArgumentOutOfRangeException(nameof(Sort), Sort, "unknown sort order");
        }

        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "unknown query mode");
        }
    }
}

/// <summary>Order of search hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first; equal scores newest first.</summary>
    Relevance,

    /// <summary>Newest publish time first; articles without one last.</summary>
    Newest,

    /// <summary>Oldest publish time first; articles without one last.</summary>
    Oldest,
}

/// <summary>How the words of a query combine when not joined by <c>OR</c>.</summary>
public enum QueryMode
{
    /// <summary>Every word or phrase must match (web-search style).</summary>
    All,

    /// <summary>Any word or phrase may match; more matches rank higher (for natural-language questions).</summary>
    Any,
}
