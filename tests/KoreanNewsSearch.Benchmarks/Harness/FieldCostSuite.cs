using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Duplicates;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene41;
using Lucene.Net.Codecs.Lucene45;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Benchmarks.Harness;

/// <summary>
/// What each part of our index costs on disk: the compacted benchmark index by kind of file (searchable part vs stored
/// articles, against the peer's whole index and the raw text), and a copy written with one postings and one doc-values
/// file set per field, so that every field's terms and postings can be weighed.
/// </summary>
internal static partial class FieldCostSuite
{
    private const string PostingsSuffix = "PerFieldPostingsFormat.suffix";
    private const string DocValuesSuffix = "PerFieldDocValuesFormat.suffix";

    public static void Run(BenchContext ctx)
    {
        IndexSuite.EnsureOurIndex(ctx);
        var ours = IndexSuite.OurIndex(ctx, 1);
        var textBytes = OurEngine.TextBytes(ctx.Corpus);
        var byKind = FilesByKind(ours);
        var stored = byKind.GetValueOrDefault("stored fields");
        var searchable = byKind.Values.Sum() - stored;
        long? peerBytes = null;
        if (ctx.Peer is not null && ctx.PeerAnalyzers.Contains("cjk"))
        {
            IndexSuite.EnsurePeerIndex(ctx, "cjk");
            peerBytes = DirectorySize.Of(IndexSuite.PeerIndex(ctx, "cjk", 1));
        }

        var kinds = new MarkdownTable("Kind of file", "MB", "Share of index");
        foreach (var (kind, bytes) in byKind.OrderByDescending(k => k.Value))
        {
            kinds.Row(kind, Fmt.Mb(bytes), Fmt.N(100.0 * bytes / byKind.Values.Sum(), 1) + " %");
        }

        var targets = new MarkdownTable("Measure", "Ours", "Compared with", "Ratio", "Target")
            .Row("searchable part (all but stored fields)", Fmt.Mb(searchable) + " MB", peerBytes is { } p ? $"Lucene-CJK whole index {Fmt.Mb(p)} MB" : "peer not run", Fmt.Ratio(searchable, peerBytes), "≤ 1.00")
            .Row("stored articles (.fdt + .fdx)", Fmt.Mb(stored) + " MB", $"raw title + body text {Fmt.Mb(textBytes)} MB", Fmt.Ratio(stored, textBytes), "≤ 0.35");

        ctx.Log.WriteLine("field costs: writing a copy of the index with one file set per field");
        var perField = PerFieldCosts(ctx);
        var fields = new MarkdownTable("Field", "Terms + postings MB", "Doc values MB", "Stored raw MB", "Indexed as");
        foreach (var f in perField.OrderByDescending(f => f.PostingsBytes + f.DocValuesBytes + f.StoredRawBytes))
        {
            fields.Row($"`{f.Field}`", Fmt.N(f.PostingsBytes / 1e6, 2), Fmt.N(f.DocValuesBytes / 1e6, 2), Fmt.N(f.StoredRawBytes / 1e6, 2), f.Kind);
        }

        ctx.AddSection(
            $"## Index size: what each part costs ({Fmt.N(ctx.Corpus.Count)} articles, compacted index `ours-1`)\n\n" + targets +
            "\nBy kind of file (Lucene 4.6 formats, stored fields compressed with zstd and a dictionary: `NewsCodec`):\n\n" + kinds +
            "\nBy field, from a copy of the same documents written with a postings and a doc-values file set of its own for each " +
            "field (one flush, no merge, so totals differ slightly from the compacted index). Stored values are shown before " +
            "compression: the codec compresses them together (zstd with a dictionary, 4 KB blocks); norms (one byte a document for each text field " +
            $"with norms) are in the norms row of the table above.\n\n" + fields);
    }

    /// <summary>Bytes of the index's files grouped by what they hold.</summary>
    private static Dictionary<string, long> FilesByKind(string path) =>
        new DirectoryInfo(path).EnumerateFiles()
            .GroupBy(f => KindOf(f.Name))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Length), StringComparer.Ordinal);

    private static string KindOf(string file) => Path.GetExtension(file) switch
    {
        ".fdt" or ".fdx" => "stored fields",
        ".tim" or ".tip" => "terms dictionary",
        ".doc" => "postings: documents and freqs",
        ".pos" or ".pay" => "postings: positions",
        ".nvd" or ".nvm" => "norms",
        ".dvd" or ".dvm" => "doc values",
        ".tvd" or ".tvx" => "term vectors",
        _ => "segment metadata",
    };

    private static List<FieldCost> PerFieldCosts(BenchContext ctx)
    {
        var path = ctx.PathOf("field-costs");
        DirectorySize.Recreate(path);
        var storedRaw = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var directory = FSDirectory.Open(new DirectoryInfo(path)))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, TextFieldLayout.CreateIndexAnalyzer())
            {
                Codec = new FilePerFieldCodec(),
                RAMBufferSizeMB = 2000,
                MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
                UseCompoundFile = false,
            };
            using var writer = new IndexWriter(directory, config);
            foreach (var input in ctx.Corpus)
            {
                var article = input.WithComputedId();
                var document = NewsDocumentMapper.ToDocument(article);
                // Each article its own group: the fields cost the same whichever group holds them.
                DuplicateFields.AddTo(document, new DuplicateAssignment(BodyFingerprint.Of(article.Body), article.Id));
                foreach (var field in document.Fields.Where(f => f.IndexableFieldType.IsStored))
                {
                    storedRaw[field.Name] = storedRaw.GetValueOrDefault(field.Name) + Encoding.UTF8.GetByteCount(field.GetStringValue() ?? "");
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        var files = new DirectoryInfo(path).EnumerateFiles().ToList();
        using var reader = DirectoryReader.Open(FSDirectory.Open(new DirectoryInfo(path)));
        var costs = new List<FieldCost>();
        foreach (var info in reader.Leaves.SelectMany(l => l.AtomicReader.FieldInfos).DistinctBy(i => i.Name))
        {
            var postings = info.GetAttribute(PostingsSuffix) is { } p ? SizeOf(files, "Lucene41_" + p) : 0;
            var docValues = info.GetAttribute(DocValuesSuffix) is { } d ? SizeOf(files, "Lucene45_" + d) : 0;
            var kind = string.Join(", ", new[]
            {
                info.IsIndexed ? $"{info.IndexOptions}{(info.HasNorms ? " + norms" : "")}" : null,
                info.HasDocValues ? $"{info.DocValuesType} doc values" : null,
                storedRaw.ContainsKey(info.Name) ? "stored" : null,
            }.OfType<string>());
            costs.Add(new FieldCost(info.Name, postings, docValues, storedRaw.GetValueOrDefault(info.Name), kind));
        }

        return costs;
    }

    /// <summary>Bytes of the files of one per-field format instance, e.g. <c>_0_Lucene41_3.tim</c>.</summary>
    private static long SizeOf(List<FileInfo> files, string formatAndSuffix) =>
        files.Where(f => SegmentFormatFile().Match(f.Name) is { Success: true } m && m.Groups[1].Value == formatAndSuffix).Sum(f => f.Length);

    [GeneratedRegex(@"^_[a-z0-9]+_(Lucene4[15]_\d+)\.[a-z]+$")]
    private static partial Regex SegmentFormatFile();

    private sealed record FieldCost(string Field, long PostingsBytes, long DocValuesBytes, long StoredRawBytes, string Kind);

    /// <summary>
    /// The default codec with a separate postings and doc-values format instance for each field: the per-field
    /// formats then write each field to files of its own. It keeps the default codec's name, so the index reads back
    /// with the stock codec (the per-field suffixes are recorded in the field infos).
    /// </summary>
    [CodecName("Lucene46")]
    private sealed class FilePerFieldCodec : Lucene46Codec
    {
        private readonly ConcurrentDictionary<string, PostingsFormat> _postings = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, DocValuesFormat> _docValues = new(StringComparer.Ordinal);

        public override PostingsFormat GetPostingsFormatForField(string field) => _postings.GetOrAdd(field, _ => new Lucene41PostingsFormat());

        public override DocValuesFormat GetDocValuesFormatForField(string field) => _docValues.GetOrAdd(field, _ => new Lucene45DocValuesFormat());
    }
}
