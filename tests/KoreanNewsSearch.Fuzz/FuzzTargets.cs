using System.Text;
using KoreanNewsSearch.Analysis;
using KoreanNewsSearch.Ingestion;
using KoreanNewsSearch.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanNewsSearch.Fuzz;

/// <summary>
/// One fuzz target per input parser. Each takes the fuzzer's bytes, runs the product code on them, and lets only the
/// product's documented rejections pass: any other exception is a crash for the fuzzer to keep.
/// </summary>
internal static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["html"] = Html,
        ["text"] = TextDump,
        ["jsonl"] = JsonLines,
        ["query"] = Query,
        ["analyzer"] = Analyzer,
    };

    // Created on first use, not in a static initialiser: instrumented product code must not run before the fuzzer's
    // shared memory is set up by Fuzzer.OutOfProcess.Run.
    private static Lucene.Net.Analysis.Analyzer? _indexAnalyzer;

    /// <summary>An article page: bytes in any encoding, as read from disk.</summary>
    private static void Html(byte[] bytes)
    {
        try
        {
            Consume(HtmlArticleParser.Parse(bytes, "fuzz.html"));
        }
        catch (ArticleFormatException)
        {
            // a page with no article in it: reported to the user with the file name
        }
    }

    /// <summary>A plain-text page dump, decoded as ingest decodes it.</summary>
    private static void TextDump(byte[] bytes)
    {
        try
        {
            Consume(TextDumpParser.Parse(TextDecoding.Decode(bytes, "fuzz.txt"), "fuzz.txt"));
        }
        catch (ArticleFormatException)
        {
        }
    }

    /// <summary>A JSON Lines export: every line becomes an article or an error naming the line, never an exception.</summary>
    private static void JsonLines(byte[] bytes)
    {
        foreach (var result in JsonLinesArticleReader.ReadLines(new MemoryStream(bytes), "fuzz.jsonl"))
        {
            if (result.Article is { } article)
            {
                Consume(article);
            }
        }
    }

    /// <summary>Query text (UTF-16 from the bytes, lone surrogates included): parsed and built into a Lucene query.</summary>
    private static void Query(byte[] bytes)
    {
        var text = Utf16(bytes);
        try
        {
            var node = NewsQueryParser.Parse(text);
            _ = NewsQueryBuilder.Build(node, new SearchRequest { Query = text });
        }
        catch (QuerySyntaxException error) when (error.Column is null || (error.Column >= 1 && error.Column <= text.Length))
        {
        }
    }

    /// <summary>Any UTF-16 through the index analyzer (bigram and unigram fields) and the snippet builder.</summary>
    private static void Analyzer(byte[] bytes)
    {
        var text = Utf16(bytes);
        foreach (var field in new[] { "body", TextFieldLayout.UnigramField("body") })
        {
            using var stream = (_indexAnalyzer ??= TextFieldLayout.CreateIndexAnalyzer()).GetTokenStream(field, text);
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var lastStart = 0;
            while (stream.IncrementToken())
            {
                if (offsets.StartOffset < lastStart || offsets.EndOffset < offsets.StartOffset || offsets.EndOffset > text.Length)
                {
                    throw new InvalidOperationException($"token offsets {offsets.StartOffset}..{offsets.EndOffset} out of order or outside 0..{text.Length}");
                }

                lastStart = offsets.StartOffset;
            }

            stream.End();
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(3);
        _ = new SnippetBuilder(words).Snippet(text);
    }

    // Two bytes a UTF-16 code unit: lone surrogates and every other code unit are reachable.
    private static string Utf16(byte[] bytes) => Encoding.Unicode.GetString(bytes, 0, bytes.Length & ~1);

    private static void Consume(NewsArticle article) => _ = article.WithComputedId().Id.Length + article.Body.Length;
}
