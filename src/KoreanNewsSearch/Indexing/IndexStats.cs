namespace KoreanNewsSearch.Indexing;

/// <summary>Summary of an index's contents.</summary>
/// <param name="Articles">Number of indexed articles.</param>
/// <param name="Earliest">Earliest publish time, when any article has one.</param>
/// <param name="Latest">Latest publish time, when any article has one.</param>
/// <param name="Sources">Article counts by source, most first.</param>
/// <param name="TopReporters">The reporters with most articles, most first.</param>
/// <param name="SizeOnDiskBytes">Bytes of the index folder's files; null for an in-memory index.</param>
/// <param name="Segments">
/// Lucene segments the index is split into. Each query works through every segment, so many small ones (an archive
/// ingested in many commits) search slower than one: <see cref="NewsIndex.Compact"/> merges them.
/// </param>
public sealed record IndexStats(
    int Articles,
    DateTimeOffset? Earliest,
    DateTimeOffset? Latest,
    IReadOnlyList<ValueCount> Sources,
    IReadOnlyList<ValueCount> TopReporters,
    long? SizeOnDiskBytes,
    int Segments);

/// <summary>A value and how many articles have it.</summary>
/// <param name="Value">The value.</param>
/// <param name="Count">The number of articles.</param>
public sealed record ValueCount(string Value, int Count);
