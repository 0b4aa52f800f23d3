using System.Diagnostics;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Benchmarks.Harness;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Benchmarks.Commands;

/// <summary>
/// Recall of the analysis chain over the Chosun corpus: for each query string, the articles the engine returns
/// (title, subtitle or body, through <see cref="TextFieldLayout.BuildQuery(string, string)"/>) against the articles
/// whose text contains the string (<see cref="MatchSemantics"/>, a plain string scan). Target: 0 mismatches.
/// Stock CJKAnalyzer with a phrase of its tokens is measured against the same scan as the baseline.
/// </summary>
internal sealed class AnalysisRecallCommand : IBenchmarkCommand
{
    public string Name => "analysis-recall";

    public string Description => "Analysis recall: engine hits vs a substring scan for 100 query strings (--per-type 25, --no-baseline)";

    public int Run(BenchmarkOptions options)
    {
        var perType = options.Extra.TryGetValue("per-type", out var p) ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 25;
        var queries = AnalysisQueryStrings.Load(AnalysisQueryStrings.DefaultPath(options), perType);
        var clock = Stopwatch.StartNew();
        var articles = ChosunCorpus.Load(options.CorpusPath, options.Limit);
        Console.Error.WriteLine($"loaded {articles.Count} articles in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var canonical = articles.Select(a => new[]
        {
            MatchSemantics.Canonicalize(a.Title),
            MatchSemantics.Canonicalize(string.Join('\n', a.Subtitle)),
            MatchSemantics.Canonicalize(a.Body),
        }).ToList();
        Console.Error.WriteLine($"canonicalised in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        using var index = NewsIndex.CreateInMemory();
        index.Upsert(articles);
        index.Commit();
        Console.Error.WriteLine($"indexed (ours) in {clock.Elapsed.TotalSeconds:F1} s");

        using var baseline = options.Extra.ContainsKey("no-baseline") ? null : CjkBaseline.Build(articles);

        using var lease = index.AcquireSearcher();
        var searcher = lease.Searcher;
        var idOf = IdsByDoc(searcher.IndexReader);
        var rows = new List<string>();
        int mismatchedQueries = 0, missingTotal = 0, extraTotal = 0, baselineMismatched = 0;
        Console.WriteLine("| type | query | scan | ours | missing | extra | CJK | CJK missing | CJK extra |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (type, query) in queries)
        {
            var variants = MatchSemantics.CanonicalVariants(query);
            var expected = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < articles.Count; i++)
            {
                if (canonical[i].Any(text => variants.Any(v => v.Matches(text))))
                {
                    expected.Add(articles[i].Id);
                }
            }

            var found = Search(searcher, idOf, query);
            var missing = expected.Except(found).ToList();
            var extra = found.Except(expected).ToList();
            mismatchedQueries += missing.Count + extra.Count > 0 ? 1 : 0;
            missingTotal += missing.Count;
            extraTotal += extra.Count;
            var cjk = baseline?.Search(query);
            var cjkMissing = cjk is null ? 0 : expected.Except(cjk).Count();
            var cjkExtra = cjk is null ? 0 : cjk.Except(expected).Count();
            baselineMismatched += cjkMissing + cjkExtra > 0 ? 1 : 0;
            Console.WriteLine($"| {type} | {query} | {expected.Count} | {found.Count} | {missing.Count} | {extra.Count} | {cjk?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {cjkMissing} | {cjkExtra} |");
            foreach (var id in missing.Take(2).Concat(extra.Take(2)))
            {
                rows.Add($"  {query}: {(missing.Contains(id) ? "missing" : "extra")} {id} {articles.First(a => a.Id == id).Title}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"queries: {queries.Count}, articles: {articles.Count}");
        Console.WriteLine($"ours: {mismatchedQueries} queries with a mismatch; {missingTotal} missing and {extraTotal} extra article hits in total");
        if (baseline is not null)
        {
            Console.WriteLine($"stock CJKAnalyzer: {baselineMismatched} queries with a mismatch");
        }

        foreach (var row in rows)
        {
            Console.WriteLine(row);
        }

        return 0;
    }

    private static HashSet<string> Search(IndexSearcher searcher, string[] idOf, string query)
    {
        var any = new BooleanQuery();
        foreach (var field in NewsFields.DefaultTextFields)
        {
            if (TextFieldLayout.BuildQuery(field, query) is { } perField)
            {
                any.Add(perField, Occur.SHOULD);
            }
        }

        return Collect(searcher, any, idOf);
    }

    private static HashSet<string> Collect(IndexSearcher searcher, Query query, string[] idOf) =>
        query is BooleanQuery { Clauses.Count: 0 }
            ? []
            : searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => idOf[d.Doc]).ToHashSet(StringComparer.Ordinal);

    private static string[] IdsByDoc(IndexReader reader)
    {
        var ids = new string[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            ids[doc] = reader.Document(doc).Get(NewsFields.Id) ?? "";
        }

        return ids;
    }

    /// <summary>Stock CJKAnalyzer (English stop set, StandardTokenizer) with a phrase of its tokens: the starting point.</summary>
    private sealed class CjkBaseline : IDisposable
    {
        private readonly RAMDirectory _directory = new();
        private readonly CJKAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
        private DirectoryReader? _reader;
        private string[] _ids = [];

        public static CjkBaseline Build(IReadOnlyList<NewsArticle> articles)
        {
            var clock = Stopwatch.StartNew();
            var baseline = new CjkBaseline();
            using (var writer = new IndexWriter(baseline._directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, baseline._analyzer) { RAMBufferSizeMB = 64 }))
            {
                foreach (var article in articles)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField(NewsFields.Id, article.Id, Field.Store.YES),
                        new TextField(NewsFields.Title, article.Title, Field.Store.NO),
                        new TextField(NewsFields.Subtitle, string.Join('\n', article.Subtitle), Field.Store.NO),
                        new TextField(NewsFields.Body, article.Body, Field.Store.NO),
                    });
                }
            }

            baseline._reader = DirectoryReader.Open(baseline._directory);
            baseline._ids = IdsByDoc(baseline._reader);
            Console.Error.WriteLine($"indexed (stock CJK) in {clock.Elapsed.TotalSeconds:F1} s");
            return baseline;
        }

        public HashSet<string> Search(string query)
        {
            var any = new BooleanQuery();
            foreach (var field in NewsFields.DefaultTextFields)
            {
                var phrase = new PhraseQuery();
                using var stream = _analyzer.GetTokenStream(field, query);
                var term = stream.AddAttribute<ICharTermAttribute>();
                var increment = stream.AddAttribute<IPositionIncrementAttribute>();
                stream.Reset();
                var position = -1;
                while (stream.IncrementToken())
                {
                    position += increment.PositionIncrement;
                    phrase.Add(new Term(field, term.ToString()), position);
                }

                stream.End();
                if (phrase.GetTerms().Length > 0)
                {
                    any.Add(phrase, Occur.SHOULD);
                }
            }

            return Collect(new IndexSearcher(_reader ?? throw new InvalidOperationException("baseline not built")), any, _ids);
        }

        public void Dispose()
        {
            _reader?.Dispose();
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }
}
