using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
        var json = ArticleJson.Serialize(article);
        return ToDocument(article, json, ContentHash(json));
    }

    /// <summary>The Lucene document of an article.</summary>
    /// <param name="article">The article.</param>
    /// <param name="json">The article as <see cref="ArticleJson.Serialize"/> wrote it (stored as is).</param>
    /// <param name="contentHash">Its <see cref="ContentHash"/>.</param>
    public static Document ToDocument(NewsArticle article, string json, string contentHash)
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

    public static NewsArticle FromDocument(Document doc) =>
        ArticleJson.Deserialize(doc.Get(NewsFields.Stored) ?? throw new InvalidOperationException("document has no stored article"));

    /// <summary>A hash of everything indexed about the article, to tell an unchanged re-ingest from an update.</summary>
    /// <param name="json">The article's JSON, the same text that is stored.</param>
    public static string ContentHash(string json)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(json));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

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
