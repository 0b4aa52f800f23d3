namespace KoreanNewsSearch.Indexing;

/// <summary>
/// Thrown by <see cref="NewsIndex.Open"/> when another process (or another open <see cref="NewsIndex"/>) is writing to
/// the index. Nothing was changed; searching it read-only (<see cref="NewsIndex.OpenReadOnly(string)"/>) still works.
/// </summary>
public sealed class IndexLockedException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="holder">Who holds the write lock, as the holder recorded it; null when unknown.</param>
    /// <param name="innerException">The underlying lock failure.</param>
    public IndexLockedException(string indexPath, string? holder, Exception? innerException = null)
        : base(Describe(indexPath, holder), innerException)
    {
        IndexPath = indexPath;
        Holder = holder;
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>
    /// Who holds the write lock (process id, host, command line, since when), as recorded by the holder; null when
    /// unknown.
    /// </summary>
    public string? Holder { get; }

    private static string Describe(string indexPath, string? holder) =>
        $"index '{indexPath}' is being written by another {(holder is null ? "process" : holder)}; " +
        "wait for it to finish or stop it, then run this again (searching works meanwhile)";
}
