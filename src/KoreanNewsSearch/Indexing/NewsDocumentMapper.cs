using System.Globalization;
using System.Security.Cryptography;
using KoreanNewsSearch.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Indexing;

/// <summary>Turns a <see cref="NewsArticle"/> into a Lucene document and back.</summary>
internal static class NewsDocumentMapper
{
    /// <summary>
    /// The Lucene document of an article, serialised and hashed here: what ingest writes, without the duplicate-group
    /// fields (<see cref="Duplicates.DuplicateFields"/>).
    /// </summary>
    /// <param name="article">The article, with its id.</param>
    public static Document ToDocument(NewsArticle article)
    {
        var json = ArticleJson.SerializeToUtf8(article);
        return ToDocument(article, json, ContentHash(json));
    }

    /// <summary>The Lucene document of an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="json">The article as <see cref="ArticleJson.SerializeToUtf8"/> wrote it (stored as is).</param>
    /// <param name="contentHash">Its <see cref="ContentHash"/>.</param>
    public static Document ToDocument(NewsArticle article, byte[] json, string contentHash)
    {
        var doc = new Document
        {
            TermListField.CreateKeyword(NewsFields.Id, article.Id, Field.Store.YES),
            new StoredField(NewsFields.Stored, json),
            new StoredField(NewsFields.ContentHash, contentHash),
        };

        AddText(doc, NewsFields.Title, article.Title);
        AddText(doc, NewsFields.Subtitle, string.Join('\n', article.Subtitle));
        AddText(doc, NewsFields.Body, article.Body);

        doc.Add(TermListField.Create(NewsFields.TitleWords, [.. Suggesting.TitleWords.Terms(article.Title)]));

        AddKeyword(doc, NewsFields.Source, article.Source);
        AddKeyword(doc, NewsFields.Section, article.Section);
        foreach (var reporter in article.Reporters.Distinct(StringComparer.Ordinal))
        {
            AddKeyword(doc, NewsFields.Reporter, reporter);
        }

        if (article.Published is { } published)
        {
            var millis = published.ToUnixTimeMilliseconds();
            doc.Add(new NumericDocValuesField(NewsFields.PublishedSort, millis));
            doc.Add(new SortedSetDocValuesField(NewsFields.Month, new BytesRef(MonthOf(published))));
        }

        return doc;
    }

    /// <summary>The Korea-time month of a publish time, as used by the month facet.</summary>
    public static string MonthOf(DateTimeOffset published) =>
        published.ToOffset(NewsArticle.KoreaOffset).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The article stored in <paramref name="doc"/>: UTF-8 JSON bytes, or (in segments written before 2026-12-03)
    /// the same JSON as a string field.
    /// </summary>
    public static NewsArticle FromDocument(Document doc)
    {
        var stored = doc.GetField(NewsFields.Stored) ?? throw new InvalidOperationException("document has no stored article");
        return stored.GetBinaryValue() is { } utf8
            ? ArticleJson.Deserialize(utf8.Bytes.AsSpan(utf8.Offset, utf8.Length))
            : ArticleJson.Deserialize(stored.GetStringValue());
    }

    /// <summary>A hash of everything indexed about the article, to tell an unchanged re-ingest from an update.</summary>
    /// <param name="json">The article's UTF-8 JSON, the same bytes that are stored (and that the string field of older segments held).</param>
    public static string ContentHash(byte[] json) => Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16));

    private static void AddText(Document doc, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        foreach (var indexable in TextFieldLayout.CreateFields(field, text))
        {
            doc.Add(indexable);
        }
    }

    private static void AddKeyword(Document doc, string field, string? value)
    {
        if (KeywordNormalizer.Normalize(value) is not { } normalized)
        {
            return;
        }

        doc.Add(TermListField.CreateKeyword(field, normalized, Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(normalized)));
    }
}
