using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Integrity;
using KoreanNewsSearch.Querying;
using KoreanNewsSearch.Ranking;
using KoreanNewsSearch.Related;
using KoreanNewsSearch.Suggesting;
using KoreanNewsSearch.Typing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// A Korean news index: the long-lived, thread-safe root object that owns the Lucene directory, writer and searcher manager.
/// Open one per index and share it; every search takes a short lease on the current searcher, so commits become
/// visible to the next search without reopening anything.
/// </summary>
public sealed class NewsIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _commitLock = new();
    private readonly System.Threading.Lock _upsertLock = new();

    // Ids added since the searcher was last refreshed: the searcher cannot see them yet, so an article with one of
    // these ids must replace rather than be added. Guarded by _upsertLock.
    private readonly HashSet<string> _idsAddedSinceRefresh = new(StringComparer.Ordinal);
    private PeriodicRefresh? _periodicRefresh;

    // One dictionary per index state, built on the first Suggest that sees it and dropped with its reader.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, SuggestionDictionary> _suggestions = new();
    private bool _disposed;

    // Every path to an index (writer, searchers, checker) starts here, so the codec of its segments is known first.
    static NewsIndex() => NewsCodec.Register();

    private NewsIndex(LuceneDirectory directory, string? path, bool readOnly)
    {
        _directory = directory;
        Path = path;
        if (readOnly)
        {
            _searchers = new SearcherManager(directory, new Bm25SearcherFactory());
        }
        else
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer())
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = Bm25SearcherFactory.Similarity,
                RAMBufferSizeMB = 256,
                Codec = NewsCodec.Instance,
            };
            _writer = new IndexWriter(directory, config);
            // An empty index still needs a first commit so that read-only openers and stats see a valid index.
            if (!DirectoryReader.IndexExists(directory))
            {
                _writer.Commit();
            }

            try
            {
                _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
            }
            catch
            {
                _writer.Dispose(); // a damaged index: release the write lock before the error reaches the caller
                throw;
            }
        }
    }

    /// <summary>The largest <c>limit</c> of <see cref="Suggest"/>.</summary>
    public const int MaxSuggestions = 100;

    /// <summary>The folder of an on-disk index; null for an in-memory one.</summary>
    public string? Path { get; }

    /// <summary>
    /// File upserted articles under near-duplicate groups (default on); off only so that the benchmark can measure
    /// what grouping costs at ingest. Articles upserted with it off stand alone in search.
    /// </summary>
    internal bool GroupDuplicates { get; set; } = true;

    /// <summary>True when this instance can add and delete articles.</summary>
    public bool IsWritable => _writer is not null;

    /// <summary>
    /// When the last writer of this on-disk index ended without closing it (killed, crashed, power lost): who it was,
    /// as it recorded itself. Its lock was released by the operating system and this instance took over; the index is
    /// at that writer's last commit, and what it had not committed is not in it. Null after a clean close.
    /// </summary>
    public string? DeadWriter => (_directory.LockFactory as ExclusiveFileLockFactory)?.DeadHolder;

    /// <summary>Opens (creating when absent) the index in <paramref name="path"/> for reading and writing.</summary>
    /// <param name="path">The index folder.</param>
    /// <returns>The open index.</returns>
    /// <exception cref="IndexLockedException">Another process (or another open instance) is writing to the index.</exception>
    /// <exception cref="IndexDamagedException">Index files are missing or truncated (see <see cref="IndexChecker"/>).</exception>
    public static NewsIndex Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        System.IO.Directory.CreateDirectory(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = OpenDirectory(path);
        try
        {
            return new NewsIndex(directory, fullPath, readOnly: false);
        }
        catch (LockObtainFailedException error)
        {
            directory.Dispose();
            throw new IndexLockedException(fullPath, ExclusiveFileLockFactory.DescribeHolder(fullPath), error);
        }
        catch (Exception error) when (IndexDamagedException.IsDamage(error))
        {
            directory.Dispose();
            throw IndexDamagedException.Wrap(fullPath, error);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Opens an existing on-disk index for searching only; works while another process writes to it.</summary>
    /// <param name="path">The index folder.</param>
    /// <returns>The open index.</returns>
    /// <exception cref="DirectoryNotFoundException">There is no index in <paramref name="path"/>.</exception>
    /// <exception cref="IndexDamagedException">Index files are missing or truncated (see <see cref="IndexChecker"/>).</exception>
    public static NewsIndex OpenReadOnly(string path) => OpenReadOnly(path, memoryMapped: false);

    /// <summary>
    /// Opens an existing on-disk index for searching only and checks every <paramref name="refreshInterval"/> for
    /// what another process (a running <c>knews ingest</c>) has committed since, so that a server sees it grow.
    /// </summary>
    /// <param name="path">The index folder.</param>
    /// <param name="refreshInterval">How often to look for a new commit; new articles are searchable at most this late.</param>
    /// <returns>The open index.</returns>
    /// <exception cref="DirectoryNotFoundException">There is no index in <paramref name="path"/>.</exception>
    public static NewsIndex OpenReadOnly(string path, TimeSpan refreshInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(refreshInterval, TimeSpan.Zero);
        var index = OpenReadOnly(path);
        index._periodicRefresh = new PeriodicRefresh(index._searchers, refreshInterval);
        return index;
    }

    /// <summary>As <see cref="OpenReadOnly(string)"/>, optionally over MMapDirectory: the benchmark compares the two.</summary>
    internal static NewsIndex OpenReadOnly(string path, bool memoryMapped)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var directory = System.IO.Directory.Exists(path) ? OpenDirectory(path, memoryMapped) : null;
        if (directory is null || !DirectoryReader.IndexExists(directory))
        {
            directory?.Dispose();
            throw new DirectoryNotFoundException($"no index in '{path}'");
        }

        return OpenReportingDamage(directory, System.IO.Path.GetFullPath(path), readOnly: true);
    }

    private static NewsIndex OpenReportingDamage(LuceneDirectory directory, string path, bool readOnly)
    {
        try
        {
            return new NewsIndex(directory, path, readOnly);
        }
        catch (Exception error) when (IndexDamagedException.IsDamage(error))
        {
            directory.Dispose();
            throw IndexDamagedException.Wrap(path, error);
        }
    }

    /// <summary>True when <paramref name="path"/> holds an index with at least one commit.</summary>
    /// <param name="path">The index folder.</param>
    /// <returns>Whether an index exists there.</returns>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = OpenDirectory(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Creates an empty index held in memory: for tests and for embedding small collections.</summary>
    /// <returns>The open index.</returns>
    public static NewsIndex CreateInMemory() => new(new RAMDirectory(), null, readOnly: false);

    /// <summary>
    /// Adds the articles, replacing any indexed article with the same <see cref="NewsArticle.Id"/>.
    /// Changes become durable and searchable on <see cref="Commit"/>.
    /// </summary>
    /// <param name="articles">The articles; each needs an <see cref="NewsArticle.Id"/> (see <see cref="NewsArticle.WithComputedId"/>).</param>
    /// <returns>How many were added, replaced, or already indexed with identical content (and so left alone).</returns>
    public UpsertCounts Upsert(IEnumerable<NewsArticle> articles) => Upsert(articles, Environment.ProcessorCount);

    /// <summary><see cref="Upsert(IEnumerable{NewsArticle})"/> with at most <paramref name="maxThreads"/> threads analysing documents.</summary>
    internal UpsertCounts Upsert(IEnumerable<NewsArticle> articles, int maxThreads)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var writer = RequireWriter();
        var prepared = articles.AsParallel().AsOrdered()
            .Select(input => input.WithComputedId())
            .Select(article => (Article: article, Json: ArticleJson.SerializeToUtf8(article)))
            .Select(prepared => (prepared.Article, prepared.Json, Hash: NewsDocumentMapper.ContentHash(prepared.Json)))
            .ToList();

        // Applied as if in order: the last version of an id in the batch wins; earlier ones count as replaced by it.
        var lastIndexOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < prepared.Count; i++)
        {
            lastIndexOfId[prepared[i].Article.Id] = i;
        }

        int added = 0, updated = 0, unchanged = 0;
        for (var i = 0; i < prepared.Count; i++)
        {
            var last = lastIndexOfId[prepared[i].Article.Id];
            if (last != i && prepared[i].Hash == prepared[last].Hash)
            {
                unchanged++;
            }
            else if (last != i)
            {
                updated++;
            }
        }

        // One upsert at a time, and none while the searcher is refreshed: an id is added without a delete only when
        // neither the searcher nor _idsAddedSinceRefresh knows it, and both must describe the same moment.
        lock (_upsertLock)
        {
            using var lease = AcquireSearcher();
            var duplicates = GroupDuplicates
                ? DuplicateGrouper.Assign(writer, lease.Searcher, lastIndexOfId.Values.Select(i => (prepared[i].Article, prepared[i].Hash)))
                : null;
            // IndexWriter takes documents from several threads at once (one in-memory segment per thread): analysis,
            // the costliest part, then uses every core.
            Parallel.ForEach(lastIndexOfId.Values, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
            {
                var (article, json, hash) = prepared[i];
                var existingHash = lease.Searcher.FindStoredValue(article.Id, NewsFields.ContentHash);
                if (existingHash == hash)
                {
                    Interlocked.Increment(ref unchanged);
                    return;
                }

                var document = NewsDocumentMapper.ToDocument(article, json, hash);
                if (duplicates is not null)
                {
                    DuplicateFields.AddTo(document, duplicates[article.Id]);
                }

                bool addedSinceRefresh;
                lock (_idsAddedSinceRefresh)
                {
                    addedSinceRefresh = !_idsAddedSinceRefresh.Add(article.Id);
                }

                // An id nobody has seen needs no delete term: buffered deletes cost a term seek per segment at every flush.
                if (existingHash is null && !addedSinceRefresh)
                {
                    writer.AddDocument(document);
                }
                else
                {
                    writer.UpdateDocument(new Term(NewsFields.Id, article.Id), document);
                }

                Interlocked.Increment(ref existingHash is null && !addedSinceRefresh ? ref added : ref updated);
            });
        }

        return new UpsertCounts(added, updated, unchanged);
    }

    /// <summary>Deletes the article with this id, if indexed; durable on <see cref="Commit"/>.</summary>
    /// <param name="id">The article id.</param>
    public void Delete(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        RequireWriter().DeleteDocuments(new Term(NewsFields.Id, id));
    }

    /// <summary>Makes all changes so far durable (they survive a crash) and visible to searches.</summary>
    public void Commit()
    {
        var writer = RequireWriter();
        lock (_commitLock)
        {
            writer.Commit();
        }

        Refresh();
    }

    /// <summary>
    /// Merges the index into one segment and commits: smaller and faster to search. Worth it once an archive is loaded;
    /// it rewrites the whole index, so not after every ingest.
    /// </summary>
    public void Compact()
    {
        RequireWriter().ForceMerge(1);
        Commit();
    }

    /// <summary>Makes changes visible to searches without the cost of a durable commit.</summary>
    public void Refresh()
    {
        lock (_upsertLock)
        {
            _searchers.MaybeRefreshBlocking();
            _idsAddedSinceRefresh.Clear();
        }
    }

    /// <summary>Gets an article by id from the latest searchable state.</summary>
    /// <param name="id">The article id.</param>
    /// <returns>The article, or null when no article has that id.</returns>
    public NewsArticle? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = AcquireSearcher();
        var docId = lease.Searcher.FindDocId(id);
        return docId is { } found ? NewsDocumentMapper.FromDocument(lease.Searcher.Doc(found)) : null;
    }

    /// <summary>Runs a search.</summary>
    /// <param name="request">What to find.</param>
    /// <returns>The ranked, filtered page of hits with totals and facets.</returns>
    /// <exception cref="QuerySyntaxException">The query text is malformed; the message says what and where.</exception>
    /// <exception cref="ArgumentException">A request setting is out of range (limit, offset, from after to).</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = AcquireSearcher();
        return LayoutCorrection.Search(lease.Searcher, request);
    }

    /// <summary>
    /// Completions of a prefix typed in a search box, from the headline words and word pairs of the index
    /// (<c>삼성</c> → 삼성전자, 삼성바이오로직스…), most headlines first: also for a half-typed last syllable (<c>삼서</c>,
    /// <c>삼ㅅ</c>, <c>반도ㅊ</c>), initial consonants (<c>ㅅㅅㅈㅈ</c>, <c>삼ㅅㅈㅈ</c>) and the wrong keyboard layout
    /// (<c>tkatjd</c>). Completions that start with the prefix as typed come first. The first call after each
    /// commit or refresh builds the completions of that index state.
    /// </summary>
    /// <param name="prefix">What has been typed so far; blank gives none.</param>
    /// <param name="limit">How many completions at most, 1 to <see cref="MaxSuggestions"/>.</param>
    /// <returns>The completions, best first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is out of range.</exception>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxSuggestions);
        using var lease = AcquireSearcher();
        return _suggestions.GetValue(lease.Searcher.IndexReader, static reader => SuggestionDictionary.Build(reader)).Suggest(prefix, limit);
    }

    /// <summary>
    /// Matching articles per day, week, month or year in Korea time, over every match of the request (its sort,
    /// page and facets do not matter): every period from the first to the last match, empty ones included.
    /// </summary>
    /// <param name="request">What to find, as for <see cref="Search"/>.</param>
    /// <param name="interval">The period length.</param>
    /// <returns>The periods with their counts; they add up to the search total less the undated matches.</returns>
    /// <exception cref="QuerySyntaxException">The query text is malformed.</exception>
    /// <exception cref="ArgumentException">A request setting is out of range.</exception>
    public KeywordTrend Trend(SearchRequest request, TrendInterval interval = TrendInterval.Month)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = AcquireSearcher();
        return TrendCollector.Collect(lease.Searcher, request, interval);
    }

    /// <summary>
    /// Every article the request matches (not one page: its offset and limit do not matter), in its sort order, up to
    /// <paramref name="maxArticles"/>; dispose the export when done reading.
    /// </summary>
    /// <param name="request">What to find, as for <see cref="Search"/>.</param>
    /// <param name="maxArticles">The most articles to yield.</param>
    /// <returns>The export: total, whether capped, and the articles read lazily.</returns>
    /// <exception cref="QuerySyntaxException">The query text is malformed.</exception>
    /// <exception cref="ArgumentException">A request setting is out of range.</exception>
    public SearchExport Export(SearchRequest request, int maxArticles)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArticles, 1);
        var lease = AcquireSearcher();
        try
        {
            return new SearchExport(lease, request, maxArticles);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>The number of articles in the latest searchable state: cheap, unlike <see cref="GetStats"/>.</summary>
    public int ArticleCount
    {
        get
        {
            using var lease = AcquireSearcher();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>
    /// Articles about the same story as the article <paramref name="id"/>, most related first and newest first among
    /// equally related ones: its own copies (its duplicate group) left out, each other story's copies folded into one
    /// hit with <see cref="SearchHit.DuplicateCount"/>. Snippets are the opening of the body.
    /// </summary>
    /// <param name="id">The article id.</param>
    /// <param name="limit">How many to return, 1 to <see cref="SearchRequest.MaxLimit"/>.</param>
    /// <returns>The related articles; empty when nothing is related.</returns>
    /// <exception cref="KeyNotFoundException">No article has the id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is out of range.</exception>
    public IReadOnlyList<SearchHit> Related(string id, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var lease = AcquireSearcher();
        return RelatedArticleFinder.Find(lease.Searcher, id, limit) ?? throw new KeyNotFoundException($"no article with id '{id}'");
    }

    /// <summary>Counts and summaries of the indexed articles.</summary>
    /// <param name="topReporters">How many reporters to list.</param>
    /// <returns>The statistics.</returns>
    public IndexStats GetStats(int topReporters = 20)
    {
        using var lease = AcquireSearcher();
        return IndexStatsCollector.Collect(lease.Searcher, topReporters, Path);
    }

    /// <summary>Takes a lease on the current searcher; dispose it promptly.</summary>
    internal SearcherLease AcquireSearcher()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers);
    }

    /// <summary>Closes the index. Uncommitted changes are committed first.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _periodicRefresh?.Dispose();
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }

    private IndexWriter RequireWriter()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer ?? throw new InvalidOperationException("this index was opened read-only");
    }

    // Positional reads, not MMapDirectory: the guide reports MMapDirectory on this Lucene.Net beta as slow and
    // crash-prone under concurrent search; not NIOFSDirectory, whose reads of one file take turns under a lock.
    // Every opener uses the exclusive write lock; read-only openers never take it, so they neither block nor are blocked.
    internal static LuceneDirectory OpenDirectory(string path, bool memoryMapped = false)
    {
        var folder = new DirectoryInfo(path);
        var writeLock = new ExclusiveFileLockFactory(folder.FullName);
        return memoryMapped ? new MMapDirectory(folder, writeLock) : new PositionalReadDirectory(folder, writeLock);
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        // Writer and searchers share it: it stores exact field lengths as norms and scores with them.
        public static readonly ExactLengthBm25Similarity Similarity = new();

        public override IndexSearcher NewSearcher(IndexReader reader) =>
            new(reader) { Similarity = Similarity };
    }
}

/// <summary>Outcome counts of <see cref="NewsIndex.Upsert(IEnumerable{NewsArticle})"/>.</summary>
/// <param name="Added">Articles whose id was new.</param>
/// <param name="Updated">Articles that replaced an indexed article with the same id and different content.</param>
/// <param name="Unchanged">Articles identical to the indexed one, left alone.</param>
public readonly record struct UpsertCounts(int Added, int Updated, int Unchanged)
{
    /// <summary>Adds two counts.</summary>
    /// <param name="left">One count.</param>
    /// <param name="right">The other.</param>
    /// <returns>The sum.</returns>
    public static UpsertCounts operator +(UpsertCounts left, UpsertCounts right) =>
        new(left.Added + right.Added, left.Updated + right.Updated, left.Unchanged + right.Unchanged);

    /// <summary>Same as <c>+</c>.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The sum.</returns>
    public UpsertCounts Add(UpsertCounts other) => this + other;
}
