namespace KoreanNewsSearch.Ingestion;

// PLACEHOLDER: replaced by the ingestion work.
internal static class JsonLinesArticleReader
{
    public static IEnumerable<ArticleReadResult> ReadFile(string path) => throw new NotImplementedException();
}
