using KoreanNewsSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Duplicates;

/// <summary>
/// Files each article being indexed under a near-duplicate group: the group of the most similar already indexed (or
/// earlier in the batch) article that passes <see cref="CopySimilarity"/> (bodies at least
/// <see cref="SimilarityThreshold"/> similar and lead sentences ending alike), else a new group named by the
/// article's own id.
/// </summary>
/// <remarks>
/// <para>A batch is grouped in publish order, so the earliest copy of a wire story founds the group and names it.
/// Labels never change once written: an earlier-published copy that arrives later joins the existing group (its label
/// stays the first-ingested copy's id); deleting an article leaves its label on the other copies, which stay folded
/// together; re-ingesting an unchanged article keeps its document and label. An article whose new version no longer
/// resembles the copies that carry its id as label founds a new group named <c>id#hash</c>, so the old copies do not
/// fold with it.</para>
/// <para>Candidates come from the fingerprint's band keys (indexed terms): 32 term lookups per article, each first
/// asked of a <see cref="SegmentTermFilter"/> so that a key no segment holds (nearly all of them) costs no seek; the
/// fingerprints of at most <see cref="MaxCandidates"/> candidates, those sharing most bands, are then compared.</para>
/// </remarks>
internal static class DuplicateGrouper
{
    /// <summary>
    /// The least estimated Jaccard similarity of the bodies' 5-character shingles for two articles to be copies of one
    /// story, together with <see cref="LeadEndingThreshold"/>. Chosen on the labelled pairs of the benchmark's
    /// <c>duplicates</c> command (<c>--sweep</c>): web and print versions and republished copies mostly score 0.6 and
    /// more; follow-up stories that repeat the background paragraphs score up to 0.8, which is why the lead check exists.
    /// </summary>
    public const double SimilarityThreshold = 0.6;

    /// <summary>
    /// The least similarity of the endings of the two lead sentences (<see cref="BodyFingerprint.LeadEnding"/>): a
    /// follow-up (<c>구속영장 청구</c> then <c>기각</c>) keeps the background and changes the news the lead ends on.
    /// </summary>
    public const double LeadEndingThreshold = 0.5;

    /// <summary>Candidates whose fingerprints are compared per article, those sharing most bands first.</summary>
    public const int MaxCandidates = 50;

    private static readonly HashSet<string> GroupFieldOnly = [NewsFields.DuplicateGroup];

    /// <summary>The group of each article, by article id.</summary>
    /// <param name="writer">The index writer: articles it holds but has not committed are looked up too.</param>
    /// <param name="searcher">The current searcher.</param>
    /// <param name="batch">The articles to be written (one version per id) with their content hashes.</param>
    public static Dictionary<string, DuplicateAssignment> Assign(
        IndexWriter writer, IndexSearcher searcher, IEnumerable<(NewsArticle Article, string ContentHash)> batch)
    {
        var articles = batch.ToList();
        var fingerprints = articles.AsParallel().AsOrdered().Select(item => BodyFingerprint.Of(item.Article.Body)).ToArray();
        using var pending = writer.HasUncommittedChanges() ? DirectoryReader.Open(writer, applyAllDeletes: true) : null;
        var lookup = pending is null ? searcher : new IndexSearcher(pending);
        var readLegacyBands = HoldsLegacyBands(lookup.IndexReader);

        // The index lookups depend only on the index, not on the batch order: they run on every core, and the cheap
        // in-memory pass over the batch below stays sequential.
        var indexed = articles.AsParallel().AsOrdered()
            .Select((item, i) => fingerprints[i] is { } fingerprint ? BestIndexed(lookup, item.Article.Id, fingerprint, readLegacyBands) : (null, 0))
            .ToArray();
        var founders = articles.AsParallel().AsOrdered()
            .Select((item, i) => indexed[i].Group is null ? FounderLabel(lookup, item.Article.Id, item.ContentHash) : null)
            .ToArray();

        var order = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Article.Published?.UtcTicks ?? long.MaxValue)
            .ThenBy(i => i);
        var assignments = new DuplicateAssignment[articles.Count];
        var batchBands = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var article = articles[i].Article;
            var fingerprint = fingerprints[i];
            string? group = null;
            if (fingerprint is not null)
            {
                var (indexGroup, indexSimilarity) = indexed[i];
                var (batchGroup, batchSimilarity) = BestInBatch(batchBands, assignments, fingerprint);
                group = batchSimilarity > indexSimilarity ? batchGroup : indexGroup;
                foreach (var band in fingerprint.BandKeys)
                {
                    if (!batchBands.TryGetValue(band, out var members))
                    {
                        batchBands[band] = members = [];
                    }

                    members.Add(i);
                }
            }

            // A group is missing only where the index had none, and those are the articles given a founder label.
            assignments[i] = new DuplicateAssignment(fingerprint, group ?? founders[i]!);
        }

        return articles.Select((item, i) => (item.Article.Id, assignments[i])).ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether a segment of <paramref name="reader"/> was written before band keys took their short form.</summary>
    private static bool HoldsLegacyBands(IndexReader reader) =>
        reader.Leaves.Any(leaf => leaf.AtomicReader.FieldInfos.FieldInfo(NewsFields.LegacyDuplicateBand) is not null);

    private static (string? Group, double Similarity) BestIndexed(IndexSearcher searcher, string id, BodyFingerprint fingerprint, bool readLegacyBands)
    {
        var bandTerms = fingerprint.BandKeys.Select(key => (Field: NewsFields.DuplicateBand, Key: key));
        if (readLegacyBands)
        {
            bandTerms = bandTerms.Concat(fingerprint.LegacyBandKeys().Select(key => (Field: NewsFields.LegacyDuplicateBand, Key: key)));
        }

        var sharedBands = new Dictionary<int, int>();
        foreach (var (field, key) in bandTerms)
        {
            foreach (var doc in SegmentTermFilter.LiveDocsWith(searcher.IndexReader, field, new BytesRef(key)))
            {
                sharedBands[doc] = sharedBands.GetValueOrDefault(doc) + 1;
            }
        }

        if (sharedBands.Count > 0 && searcher.FindDocId(id) is { } itself)
        {
            sharedBands.Remove(itself);
        }

        int? best = null;
        var bestSimilarity = 0.0;
        foreach (var candidate in sharedBands.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).Take(MaxCandidates))
        {
            var similarity = CopySimilarity(fingerprint, DuplicateFields.ReadFingerprint(searcher.IndexReader, candidate.Key));
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (candidate.Key, similarity);
            }
        }

        return best is { } found ? (searcher.Doc(found, GroupFieldOnly).Get(NewsFields.DuplicateGroup), bestSimilarity) : (null, 0);
    }

    private static (string? Group, double Similarity) BestInBatch(
        Dictionary<string, List<int>> batchBands, DuplicateAssignment[] assignments, BodyFingerprint fingerprint)
    {
        string? best = null;
        var bestSimilarity = 0.0;
        foreach (var other in fingerprint.BandKeys.SelectMany(band => batchBands.GetValueOrDefault(band) ?? []).Distinct())
        {
            var similarity = CopySimilarity(fingerprint, assignments[other].Fingerprint);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (assignments[other].Group, similarity);
            }
        }

        return (best, bestSimilarity);
    }

    /// <summary>The body similarity of two fingerprints when they pass both copy tests, else 0.</summary>
    public static double CopySimilarity(BodyFingerprint first, BodyFingerprint? second)
    {
        if (second is null)
        {
            return 0;
        }

        var similarity = first.Similarity(second);
        return similarity >= SimilarityThreshold && BodyFingerprint.LeadEndingSimilarity(first.Lead, second.Lead) >= LeadEndingThreshold
            ? similarity
            : 0;
    }

    // The article's id, unless other articles already carry it as their label (an earlier version of this article
    // founded their group and the new version no longer resembles them).
    private static string FounderLabel(IndexSearcher searcher, string id, string contentHash)
    {
        var labelled = SegmentTermFilter.LiveDocsWith(searcher.IndexReader, NewsFields.DuplicateGroup, new BytesRef(id)).ToList();
        if (labelled.Count == 0)
        {
            return id;
        }

        var itself = searcher.FindDocId(id);
        return labelled.Any(doc => doc != itself) ? $"{id}#{contentHash}" : id;
    }
}
