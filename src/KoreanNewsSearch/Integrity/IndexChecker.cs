using System.Text.RegularExpressions;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KoreanNewsSearch.Integrity;

/// <summary>
/// Checks an on-disk index with Lucene's CheckIndex (every segment opened and read: postings, stored fields, doc
/// values, norms) and repairs it by dropping only the segments that fail.
/// </summary>
public static partial class IndexChecker
{
    /// <summary>Reads every segment of the last commit and reports what is broken. Safe while another process writes.</summary>
    /// <param name="path">The index folder.</param>
    /// <returns>What passed and what failed.</returns>
    /// <exception cref="System.IO.DirectoryNotFoundException">The folder does not exist.</exception>
    public static IndexCheckReport Check(string path)
    {
        using var directory = OpenExisting(path);
        var (_, status, log) = Run(directory);
        return ToReport(path, status, log);
    }

    /// <summary>
    /// Checks the index and, when some segments fail but the commit itself is readable, writes a new commit without
    /// them: the articles they held are lost from the index (re-ingest them) and every other article is kept.
    /// Needs the write lock: fails while another process writes to the index.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <returns>The check before the repair: its <see cref="IndexCheckReport.Damaged"/> segments are the ones dropped.</returns>
    /// <exception cref="LockObtainFailedException">Another process holds the index open for writing.</exception>
    /// <exception cref="IndexDamagedException">The commit itself is unreadable, so no segment can be kept.</exception>
    public static IndexCheckReport Repair(string path)
    {
        using var directory = OpenExisting(path);
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain())
        {
            throw new LockObtainFailedException($"index '{path}' is open for writing by another process: stop it before repairing");
        }

        var (checker, status, log) = Run(directory);
        var report = ToReport(path, status, log);
        if (report.Problem is { } problem)
        {
            throw IndexDamagedException.Unrepairable(path, problem);
        }

        if (report.IsRepairable)
        {
            checker.FixIndex(status);
        }

        return report;
    }

    private static Lucene.Net.Store.Directory OpenExisting(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.Directory.Exists(path))
        {
            throw new System.IO.DirectoryNotFoundException($"no index in '{path}'");
        }

        return NewsIndex.OpenDirectory(path);
    }

    private static (CheckIndex Checker, CheckIndex.Status Status, string Log) Run(Lucene.Net.Store.Directory directory)
    {
        using var log = new StringWriter();
        var checker = new CheckIndex(directory) { InfoStream = log };
        var status = checker.DoCheckIndex();
        return (checker, status, log.ToString());
    }

    private static IndexCheckReport ToReport(string path, CheckIndex.Status status, string log)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        string? problem = status switch
        {
            { MissingSegments: true } => "no commit (segments_N) file: this is not an index, or its commit file was deleted",
            { CantOpenSegments: true } => $"the commit file is unreadable: {FailureIn(log, 0) ?? "see Lucene CheckIndex"}",
            { ToolOutOfDate: true } => "the index was written by a newer Lucene version",
            _ => null,
        };

        var damaged = new List<DamagedSegment>();
        long articles = 0;
        foreach (var segment in status.SegmentInfos)
        {
            var error = SubStatusError(segment);
            if (segment.OpenReaderPassed && error is null)
            {
                articles += segment.DocCount - segment.NumDeleted;
                continue;
            }

            damaged.Add(new DamagedSegment(segment.Name, segment.DocCount,
                error is not null ? IndexDamagedException.Describe(error) : SegmentFailure(log, segment.Name) ?? "the segment cannot be opened"));
        }

        return new IndexCheckReport(fullPath, status.NumSegments, articles, damaged, problem);
    }

    private static Exception? SubStatusError(CheckIndex.Status.SegmentInfoStatus segment) =>
        segment.FieldNormStatus?.Error ?? segment.TermIndexStatus?.Error ?? segment.StoredFieldStatus?.Error
        ?? segment.TermVectorStatus?.Error ?? segment.DocValuesStatus?.Error;

    // CheckIndex reports a segment that fails to open only in its log: "N of M: name=_3 ..." then, after "FAILED",
    // the exception's first line.
    private static string? SegmentFailure(string log, string segmentName)
    {
        var start = Regex.Match(log, $@"^\s*\d+ of \d+: name={Regex.Escape(segmentName)} ", RegexOptions.Multiline);
        return start.Success ? FailureIn(log, start.Index) : null;
    }

    private static string? FailureIn(string log, int from)
    {
        var failure = ExceptionLine().Match(log, from);
        return failure.Success ? IndexDamagedException.Describe(failure.Groups["type"].Value, failure.Groups["message"].Value.Trim()) : null;
    }

    [GeneratedRegex(@"^(?:[\w.]+\.)?(?<type>\w+Exception): (?<message>.*)$", RegexOptions.Multiline)]
    private static partial Regex ExceptionLine();
}
