using System.Collections.Concurrent;
using System.Diagnostics;
using KoreanNewsSearch.Ingestion;

namespace KoreanNewsSearch.Indexing;

/// <summary>Progress of a running ingest.</summary>
/// <param name="Read">Articles read so far (failures excluded).</param>
/// <param name="Failed">Inputs that failed so far.</param>
/// <param name="Elapsed">Time since the ingest started.</param>
public readonly record struct IngestProgress(int Read, int Failed, TimeSpan Elapsed)
{
    /// <summary>Articles read per second so far.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>Outcome of an ingest.</summary>
/// <param name="Counts">Articles added, updated and unchanged.</param>
/// <param name="Errors">Every input that failed, with where and why.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record IngestReport(UpsertCounts Counts, IReadOnlyList<IngestError> Errors, TimeSpan Elapsed)
{
    /// <summary>Number of failed inputs.</summary>
    public int Failed => Errors.Count;

    /// <summary>Articles that were indexed but are incomplete (e.g. a page with no article text, indexed from its metadata), with why.</summary>
    public IReadOnlyList<IngestError> Warnings { get; init; } = [];

    /// <summary>Articles processed, whatever their outcome.</summary>
    public int Articles => Counts.Added + Counts.Updated + Counts.Unchanged;
}

/// <summary>
/// Reads articles from files and folders into a <see cref="NewsIndex"/>, committing in batches so that a killed
/// ingest leaves an index that opens and holds every committed article.
/// </summary>
public static class ArticleIngester
{
    /// <summary>Articles per commit unless told otherwise.</summary>
    public const int DefaultBatchSize = 2000;

    /// <summary>Ingests every supported file under <paramref name="paths"/>. Failures are collected, never thrown.</summary>
    /// <param name="index">A writable index.</param>
    /// <param name="paths">Files and folders (folders recursively).</param>
    /// <param name="progress">Receives progress after each batch and at the end.</param>
    /// <param name="batchSize">Articles per commit.</param>
    /// <param name="cancellationToken">Stops after the current batch is committed.</param>
    /// <returns>What was added, updated, unchanged and failed.</returns>
    public static IngestReport Ingest(
        NewsIndex index,
        IEnumerable<string> paths,
        IProgress<IngestProgress>? progress = null,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var clock = Stopwatch.StartNew();
        var errors = new List<IngestError>();
        var warnings = new List<IngestError>();
        var counts = new UpsertCounts();
        var read = 0;

        // Two stages so that parsing (AngleSharp, JSON, HTML cleaning) overlaps analysis and indexing: the reader fills
        // whole batches, the indexer upserts and commits each one. A batch is the unit of durability.
        using var batches = new BlockingCollection<List<NewsArticle>>(boundedCapacity: 2);
        var reader = Task.Run(() =>
        {
            try
            {
                var batch = new List<NewsArticle>(batchSize);
                foreach (var result in ArticleFileReader.ReadPaths(paths))
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }

                    if (result.Error is { } error)
                    {
                        lock (errors)
                        {
                            errors.Add(error);
                        }

                        continue;
                    }

                    if (result.Warning is { } warning)
                    {
                        warnings.Add(warning);
                    }

                    batch.Add(result.Article!);
                    Interlocked.Increment(ref read);
                    if (batch.Count >= batchSize)
                    {
                        batches.Add(batch, CancellationToken.None);
                        batch = new List<NewsArticle>(batchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add(batch, CancellationToken.None);
                }
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None);

        foreach (var batch in batches.GetConsumingEnumerable(CancellationToken.None))
        {
            counts += index.Upsert(batch);
            index.Commit();
            progress?.Report(new IngestProgress(Volatile.Read(ref read), FailedSoFar(errors), clock.Elapsed));
        }

        reader.GetAwaiter().GetResult();
        progress?.Report(new IngestProgress(read, errors.Count, clock.Elapsed));
        return new IngestReport(counts, errors, clock.Elapsed) { Warnings = warnings };
    }

    private static int FailedSoFar(List<IngestError> errors)
    {
        lock (errors)
        {
            return errors.Count;
        }
    }
}
