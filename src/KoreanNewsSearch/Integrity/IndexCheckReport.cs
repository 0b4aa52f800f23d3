namespace KoreanNewsSearch.Integrity;

/// <summary>What <see cref="IndexChecker.Check"/> found in an on-disk index.</summary>
/// <param name="Path">The index folder.</param>
/// <param name="Segments">How many segments the last commit lists.</param>
/// <param name="Articles">Articles (live documents) in the segments that passed.</param>
/// <param name="Damaged">The segments that failed, with what is wrong in each.</param>
/// <param name="Problem">A problem with the index as a whole (no readable commit), or null.</param>
public sealed record IndexCheckReport(string Path, int Segments, long Articles, IReadOnlyList<DamagedSegment> Damaged, string? Problem)
{
    /// <summary>True when every segment passed and the commit itself is readable.</summary>
    public bool IsClean => Problem is null && Damaged.Count == 0;

    /// <summary>True when dropping <see cref="Damaged"/> segments would leave a valid index (the commit itself is readable).</summary>
    public bool IsRepairable => Problem is null && Damaged.Count > 0;

    /// <summary>Articles that a repair loses: every document of the damaged segments.</summary>
    public long ArticlesLostByRepair => Damaged.Sum(segment => (long)segment.Articles);
}

/// <summary>A segment of the index that failed the check.</summary>
/// <param name="Name">Lucene's segment name, e.g. <c>_3</c>.</param>
/// <param name="Articles">Documents it holds (all lost when it is dropped).</param>
/// <param name="Error">The first line of what failed, e.g. a missing or truncated file.</param>
public sealed record DamagedSegment(string Name, int Articles, string Error);
