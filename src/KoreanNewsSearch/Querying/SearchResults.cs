namespace KoreanNewsSearch.Querying;

/// <summary>A page of search hits with the exact total and, when requested, facet counts over all matches.</summary>
public sealed record SearchResults
{
    /// <summary>Exact number of matching articles (all pages).</summary>
    public int Total { get; init; }

    /// <summary>
    /// Exact number of results to page through: matching articles with the copies of one wire story counted once
    /// (<see cref="SearchRequest.FoldDuplicates"/>); equal to <see cref="Total"/> when not folding or when no match
    /// has a copy among the matches.
    /// </summary>
    public int FoldedTotal { get; init; }

    /// <summary>The hits of the requested page, in the requested order.</summary>
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Counts over the whole result set, not just the page; null unless <see cref="SearchRequest.Facets"/> was set.</summary>
    public SearchFacets? Facets { get; init; }

    /// <summary>Time spent searching, including snippets and facets.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// The query actually searched when the one typed was read as typed on the wrong keyboard layout
    /// (<c>tkatjdwjswk</c> → <c>삼성전자</c>); null when it was searched as typed. See <see cref="SearchRequest.CorrectLayout"/>.
    /// </summary>
    public string? CorrectedQuery { get; init; }

    /// <summary>
    /// True when no article (fewer than <see cref="SearchRequest.RelaxWhenFewerThan"/>) has every word of the query,
    /// so these are the results of its any-word reading (<see cref="QueryMode.Any"/>): articles with some of the words.
    /// </summary>
    public bool Relaxed { get; init; }

    /// <summary>When <see cref="Relaxed"/>: the query's words and phrases that at least one article (within the filters) contains; otherwise empty.</summary>
    public IReadOnlyList<string> MatchedWords { get; init; } = [];

    /// <summary>When <see cref="Relaxed"/>: the query's words and phrases that no article (within the filters) contains; otherwise empty.</summary>
    public IReadOnlyList<string> UnmatchedWords { get; init; } = [];
}

/// <summary>One matching article with its score and highlighted text.</summary>
public sealed record SearchHit
{
    /// <summary>The full article as indexed.</summary>
    public required NewsArticle Article { get; init; }

    /// <summary>The article id.</summary>
    public string Id => Article.Id;

    /// <summary>The article URL, when known.</summary>
    public string? Url => Article.Url;

    /// <summary>Headline (plain text).</summary>
    public string Title => Article.Title;

    /// <summary>Publish time, when known.</summary>
    public DateTimeOffset? Published => Article.Published;

    /// <summary>The press that published it.</summary>
    public string? Source => Article.Source;

    /// <summary>Section or category.</summary>
    public string? Section => Article.Section;

    /// <summary>Reporter names.</summary>
    public IReadOnlyList<string> Reporters => Article.Reporters;

    /// <summary>Relevance score (BM25 with field weights); 0 when the query has no text terms.</summary>
    public float Score { get; init; }

    /// <summary>
    /// How many other matching articles are copies of this one (the same wire story republished, see
    /// <see cref="SearchRequest.FoldDuplicates"/>) and were folded into it; 0 when it has none or when not folding.
    /// </summary>
    public int DuplicateCount { get; init; }

    /// <summary>Headline as HTML: text escaped, matched words wrapped in <c>&lt;mark&gt;</c> when highlighting is on.</summary>
    public string HighlightedTitle { get; init; } = "";

    /// <summary>
    /// About 150 characters of the body as HTML: the one or two passages with the most matched words (the opening
    /// of the body when nothing matches there or highlighting is off), text escaped, whitespace collapsed, matched
    /// words wrapped in <c>&lt;mark&gt;</c>, cuts shown as <c>…</c>.
    /// </summary>
    public string Snippet { get; init; } = "";
}

/// <summary>Facet counts over every article that matched.</summary>
/// <param name="Sources">Articles per source, most first.</param>
/// <param name="Reporters">The 20 reporters with most matching articles, most first.</param>
/// <param name="Months">Articles per publish month in Korea time (<c>2024-06</c>), oldest month first.</param>
public sealed record SearchFacets(
    IReadOnlyList<Indexing.ValueCount> Sources,
    IReadOnlyList<Indexing.ValueCount> Reporters,
    IReadOnlyList<Indexing.ValueCount> Months)
{
    /// <summary>Articles per section, most first.</summary>
    public IReadOnlyList<Indexing.ValueCount> Sections { get; init; } = [];
}
