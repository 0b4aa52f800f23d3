namespace KoreanNewsSearch.Indexing;

/// <summary>Names of the Lucene fields of an article document.</summary>
internal static class NewsFields
{
    /// <summary>Exact id (StringField, stored): the update key.</summary>
    public const string Id = "id";

    /// <summary>The whole article as JSON (stored only): what search hits and <c>Get</c> return.</summary>
    public const string Stored = "article";

    /// <summary>Hash of the article's content (stored only, never searched): tells an unchanged re-ingest from an update.</summary>
    public const string ContentHash = "hash";

    /// <summary>Logical analysed text fields (see <see cref="Analysis.TextFieldLayout"/>).</summary>
    public const string Title = "title";

    /// <inheritdoc cref="Title"/>
    public const string Subtitle = "subtitle";

    /// <inheritdoc cref="Title"/>
    public const string Body = "body";

    /// <summary>Keyword fields: indexed exactly (after NFKC) for filters, with sorted-set doc values of the same name for facets.</summary>
    public const string Source = "source";

    /// <inheritdoc cref="Source"/>
    public const string Section = "section";

    /// <inheritdoc cref="Source"/>
    public const string Reporter = "reporter";

    /// <summary>Publish month in Korea time, <c>yyyy-MM</c> (sorted-set doc values only): the month facet.</summary>
    public const string Month = "month";

    /// <summary>
    /// Publish time as Unix milliseconds (numeric doc values only): date order and date ranges both read it from a
    /// per-segment array (<see cref="Querying.SegmentPublishTimes"/>), so no indexed trie terms are needed.
    /// </summary>
    public const string PublishedSort = "published_dv";

    /// <summary>
    /// The article's wire-copy group (StringField, stored): the id of the earliest article of its near-duplicate group
    /// when it was formed (see <see cref="Duplicates.DuplicateGrouper"/>).
    /// </summary>
    public const string DuplicateGroup = "dup_group";

    /// <summary>A 64-bit hash of <see cref="DuplicateGroup"/> (numeric doc values): what search-time folding groups by.</summary>
    public const string DuplicateGroupKey = "dup_group_dv";

    /// <summary>MinHash band keys of the body (one term a band, seven characters): the candidate lookup for duplicates.</summary>
    public const string DuplicateBand = "dup_bands";

    /// <summary>
    /// The band keys of indexes written before 2026-12-02, in their longer form: read by the candidate lookup where a
    /// segment has them, never written.
    /// </summary>
    public const string LegacyDuplicateBand = "dup_band";

    /// <summary>The body's MinHash signature (binary doc values): checks a candidate duplicate.</summary>
    public const string BodyFingerprint = "dup_signature";

    /// <summary>
    /// Headline words and space-separated word pairs, normalised, particles left on (StringField per term, not stored):
    /// what suggestions complete, by their document counts (see <see cref="Suggesting.TitleWords"/>).
    /// </summary>
    public const string TitleWords = "title_words";

    /// <summary>The text fields searched when a query names no field, in order of weight.</summary>
    public static readonly IReadOnlyList<string> DefaultTextFields = [Title, Subtitle, Body];
}
